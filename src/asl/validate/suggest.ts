/** "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a likely typo. */

let prevRow = new Float64Array(64);
let curRow = new Float64Array(64);

/** Levenshtein distance where a case-only difference costs half; stops early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Float64Array(b.length * 2 + 1);
    curRow = new Float64Array(b.length * 2 + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  const al = a.toLowerCase();
  const bl = b.toLowerCase();
  const folded = al.length === a.length && bl.length === b.length;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const la = folded ? al.charCodeAt(i - 1) : ca;
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : folded && la === bl.charCodeAt(j - 1) ? 0.5 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/** The closest candidate within a third of the name's length (at least 2 edits), or undefined. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name, c, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Suggestions against one fixed candidate list, cached by name. After `budget` distinct look-ups it stops
 * suggesting, so that a machine with hundreds of broken references still validates quickly.
 */
export class Suggester {
  private readonly cache = new Map<string, string | undefined>();

  constructor(
    private readonly candidates: readonly string[],
    private budget = 20,
  ) {}

  suggest(name: string): string | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    if (this.budget <= 0) return undefined;
    this.budget--;
    const s = closest(name, this.candidates);
    this.cache.set(name, s);
    return s;
  }

  /** " Did you mean 'X'?" or "". */
  hint(name: string): string {
    const s = this.suggest(name);
    return s === undefined ? '' : ` Did you mean '${s}'?`;
  }
}
