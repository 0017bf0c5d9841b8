/**
 * Text edit bookkeeping: applying edits, composing a sequence of edits (each on the text left by the previous
 * ones) into one set of non-overlapping edits on the original text, and trimming each edit to what really changes.
 */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/** Apply non-overlapping edits (offsets on the original `text`), in any order. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.offset < 0 || e.offset + e.length > out.length || e.offset + e.length > limit) {
      throw new Error(`Overlapping or out-of-range edit at ${e.offset}`);
    }
    out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
    limit = e.offset;
  }
  return out;
}

/** The one edit that turns `a` into `b`: everything between their common prefix and suffix. */
export function diffText(a: string, b: string): TextEdit | undefined {
  if (a === b) return undefined;
  const p = commonPrefixLength(a, b);
  const s = commonSuffixLength(a, b, Math.min(a.length, b.length) - p);
  return { offset: p, length: a.length - p - s, content: b.slice(p, b.length - s) };
}

/**
 * Compared a block at a time (string equality is a native memory compare: at 300 KB, about 30× faster than a loop
 * over char codes), then char by char inside the first block that differs.
 */
const BLOCK = 4096;

/** How many leading characters `a` and `b` share. */
export function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= max && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many trailing characters `a` and `b` share, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * Composes edits made one after another. `edits` are sorted, non-overlapping and on the original text; `current`
 * is the text they produce; `next` is an edit on `current`. Returns the edits on the original text that produce
 * `current` with `next` applied. Edits that touch or overlap are merged.
 */
export function composeEdit(edits: readonly TextEdit[], current: string, next: TextEdit): TextEdit[] {
  const nStart = next.offset;
  const nEnd = next.offset + next.length;
  const out: TextEdit[] = [];
  let delta = 0;
  let merged: { origStart: number; origEnd: number; curStart: number; curEnd: number } | undefined;
  let placed = false;
  const place = () => {
    if (placed) return;
    placed = true;
    if (!merged) {
      out.push({ offset: nStart - delta, length: next.length, content: next.content });
    } else {
      const content = current.slice(merged.curStart, nStart) + next.content + current.slice(nEnd, merged.curEnd);
      out.push({ offset: merged.origStart, length: merged.origEnd - merged.origStart, content });
    }
  };
  for (const e of edits) {
    const cs = e.offset + delta;
    const ce = cs + e.content.length;
    if (ce < nStart) {
      out.push(e);
      delta += e.content.length - e.length;
      continue;
    }
    if (cs > nEnd) {
      place();
      out.push(e);
      continue;
    }
    // Overlapping or touching: merge into one edit.
    if (!merged) {
      const curStart = Math.min(cs, nStart);
      merged = { origStart: curStart === cs ? e.offset : nStart - delta, origEnd: 0, curStart, curEnd: 0 };
    }
    merged.curEnd = Math.max(ce, nEnd);
    merged.origEnd = e.offset + e.length + Math.max(0, nEnd - ce);
    delta += e.content.length - e.length;
  }
  place();
  return out;
}

/** Shrink each edit to the part that differs from the text it replaces. */
export function trimEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const d = diffText(text.slice(e.offset, e.offset + e.length), e.content);
    if (d) out.push({ offset: e.offset + d.offset, length: d.length, content: d.content });
  }
  return out;
}

/**
 * The edits that undo `edits` (offsets on `text`) on the text they produce: always byte-exact, even where
 * recomputing edits from the old definition could not restore an idiosyncratic layout of deleted content.
 */
export function invertTextEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let delta = 0;
  return sorted.map((e) => {
    const inverse = { offset: e.offset + delta, length: e.content.length, content: text.slice(e.offset, e.offset + e.length) };
    delta += e.content.length - e.length;
    return inverse;
  });
}
