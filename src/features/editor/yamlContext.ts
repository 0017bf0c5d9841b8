/**
 * The cursor's place in block-style YAML, read from indentation alone (the text is often invalid mid-typing, and
 * re-parsing on every completion request is what we avoid): the chain of keys and sequence indexes above the
 * cursor line. Flow collections (`{…}`, `[…]`) spanning lines are not followed.
 */
import type { JsonPathSegments } from '../../asl/types.ts';
import type { CursorContext } from './cursorContext.ts';

interface LineInfo {
  indent: number;
  /** The column of a leading `- `, if any. */
  dash: number | undefined;
  /** Where the line's content (its key) starts. */
  keyCol: number;
  key: string | undefined;
  /** The column just after `key:`. */
  colon: number | undefined;
  blank: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#'"\-[{][^:#]*?|-[^\s:#][^:#]*?)\s*:(?=\s|$)/;

function unquote(k: string): string {
  if (k.startsWith('"')) {
    try {
      return JSON.parse(k) as string;
    } catch {
      return k.slice(1, -1);
    }
  }
  return k.startsWith("'") ? k.slice(1, -1).replaceAll("''", "'") : k.trim();
}

function lineInfo(line: string): LineInfo {
  const lead = /^( *)(-(?: +|$))?/.exec(line)!;
  const indent = lead[1]!.length;
  const keyCol = lead[0].length;
  const rest = line.slice(keyCol);
  const m = KEY.exec(rest);
  return {
    indent,
    dash: lead[2] ? indent : undefined,
    keyCol,
    key: m ? unquote(m[1]!) : undefined,
    colon: m ? keyCol + m[0].length : undefined,
    blank: !lead[2] && (rest.trim() === '' || rest.trimStart().startsWith('#')),
  };
}

/** The keys and indexes leading to the mapping whose keys stand at `col` (`dash`: it is a sequence item there). */
function parentPath(above: readonly string[], keyCol: number, dash: number | undefined): JsonPathSegments {
  const path: JsonPathSegments = [];
  let i = above.length - 1;
  let col = keyCol;
  let d = dash;
  for (;;) {
    if (d !== undefined) {
      let index = 0;
      for (; i >= 0; i--) {
        const l = lineInfo(above[i]!);
        if (l.blank || l.indent > d) continue;
        if (l.dash === d) index++;
        else break;
      }
      path.unshift(index);
      if (i < 0) return path;
      const p = lineInfo(above[i]!);
      if (p.key === undefined) return path;
      path.unshift(p.key);
      col = p.keyCol;
      d = p.dash;
      i--;
      continue;
    }
    let opener: LineInfo | undefined;
    for (; i >= 0; i--) {
      const l = lineInfo(above[i]!);
      if (l.blank) continue;
      if (l.keyCol === col && l.dash !== undefined) {
        d = l.dash;
        i--;
        break;
      }
      if (l.keyCol < col) {
        opener = l;
        break;
      }
    }
    if (d !== undefined) continue;
    if (!opener || opener.key === undefined) return path;
    path.unshift(opener.key);
    col = opener.keyCol;
    d = opener.dash;
    i--;
  }
}

export function yamlContextAt(text: string, offset: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).replace(/\r$/, '');
  const col = offset - lineStart;
  const above = lineStart === 0 ? [] : text.slice(0, lineStart - 1).split('\n');
  const info = lineInfo(line);
  if (info.blank && !info.dash) {
    info.keyCol = Math.min(col, info.indent);
    info.indent = info.keyCol;
  }
  const base = { colonFollows: false, commaNeeded: false };
  if (info.key !== undefined && info.colon !== undefined && col >= info.colon - 1 && col > info.keyCol) {
    const path = [...parentPath(above, info.keyCol, info.dash), info.key];
    const valueStart = info.colon + (/^ */.exec(line.slice(info.colon))![0].length);
    const value = line.slice(valueStart);
    const quoted = /^("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)/.exec(value);
    const token = quoted ? quoted[0] : value.replace(/\s+#.*$/, '').trimEnd();
    return { ...base, path, atKey: false, replaceStart: lineStart + valueStart, replaceEnd: lineStart + valueStart + token.length };
  }
  if (col < info.keyCol) return undefined;
  const keyText = /^[^:#]*/.exec(line.slice(info.keyCol))![0].trimEnd();
  const path = parentPath(above, info.keyCol, info.dash);
  return {
    ...base,
    path,
    atKey: true,
    replaceStart: lineStart + info.keyCol,
    replaceEnd: lineStart + info.keyCol + keyText.length,
    colonFollows: info.key !== undefined,
  };
}
