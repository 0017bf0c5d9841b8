/**
 * A fast, hand-written syntax check for the JSONPath expressions Step Functions accepts: `$` (input), `$$`
 * (context object) or `$name` (a variable) followed by `.name`, `..name`, `.*`, `[index]`, `['name']`, `[*]`,
 * slices, unions, filters `[?(…)]` and a trailing `.length()`-style function. Results are cached by string, so
 * re-validating on every keystroke costs a map lookup per path.
 */
import { memoize } from '../memo.ts';

export interface PathInfo {
  /** Undefined when the path is valid; else why it is not. */
  error?: string;
  root: '$' | '$$' | 'variable';
  /** True when the path selects one node by names and indexes only (a Reference Path). */
  reference: boolean;
}

const scanned = memoize((path: string) => scan(path));

export function checkPath(path: string): PathInfo {
  return scanned(path);
}

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

function fail(root: PathInfo['root'], error: string): PathInfo {
  return { error, root, reference: false };
}

/** Index of the `]` closing the `[` at `open`, skipping quoted strings and nested brackets/parentheses. */
export function closingBracket(s: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) return c === ']' ? i : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

const INDEX = /^\s*-?\d+\s*$/;
const SLICE = /^\s*-?\d*\s*:\s*-?\d*\s*(:\s*-?\d*\s*)?$/;
const UNION = /^\s*-?\d+\s*(,\s*-?\d+\s*)+$/;
const QUOTED = /^\s*('([^'\\]|\\.)*'|"([^"\\]|\\.)*")\s*$/;
const QUOTED_UNION = /^\s*('([^'\\]|\\.)*'|"([^"\\]|\\.)*")(\s*,\s*('([^'\\]|\\.)*'|"([^"\\]|\\.)*"))+\s*$/;

function scan(raw: string): PathInfo {
  // AWS's path parser trims surrounding whitespace: " $.a " is accepted as $.a.
  const s = raw.trim();
  if (s.length === 0) return fail('$', 'it is empty');
  if (s[0] !== '$') return fail('$', "it must start with '$'");
  let i = 1;
  let root: PathInfo['root'] = '$';
  if (s[1] === '$') {
    root = '$$';
    i = 2;
  } else if (isIdentStart(s[1])) {
    root = 'variable';
    while (i < s.length && /[A-Za-z0-9_]/.test(s[i]!)) i++;
  }
  let reference = root === '$';
  while (i < s.length) {
    const c = s[i]!;
    if (c === '.') {
      if (s[i + 1] === '.') {
        reference = false;
        i += 2;
      } else i++;
      if (i >= s.length) return fail(root, "it ends with '.'");
      const d = s[i]!;
      if (d === '[') continue;
      if (d === '*') {
        reference = false;
        i++;
        continue;
      }
      const start = i;
      while (i < s.length && s[i] !== '.' && s[i] !== '[') i++;
      const name = s.slice(start, i);
      if (name.endsWith('()')) {
        // A function such as length(), min(), keys(): only at the end.
        if (i < s.length) return fail(root, `nothing may follow ${name}`);
        if (!/^[A-Za-z]+\(\)$/.test(name)) return fail(root, `'${name}' is not a valid function call`);
        reference = false;
      } else if (/[\]()'"\s]/.test(name)) {
        return fail(root, `'${name}' is not a valid field name (use ['…'] for special characters)`);
      }
      continue;
    }
    if (c === '[') {
      const close = closingBracket(s, i);
      if (close < 0) return fail(root, `the '[' at position ${i + 1} is not closed`);
      const inner = s.slice(i + 1, close);
      if (INDEX.test(inner) || QUOTED.test(inner)) {
        // one node
      } else if (inner.trim() === '*' || SLICE.test(inner) || UNION.test(inner) || QUOTED_UNION.test(inner)) {
        reference = false;
      } else if (/^\s*\?\s*\(/.test(inner) && /\)\s*$/.test(inner)) {
        const body = inner.slice(inner.indexOf('(') + 1, inner.lastIndexOf(')'));
        if (!body.trim()) return fail(root, 'the filter [?()] is empty');
        reference = false;
      } else if (/^\s*\(/.test(inner) && /\)\s*$/.test(inner)) {
        reference = false;
      } else {
        return fail(root, inner.trim() ? `'[${inner}]' is not a valid index, name, slice or filter` : "'[]' is empty");
      }
      i = close + 1;
      continue;
    }
    return fail(root, `unexpected '${c}' at position ${i + 1}`);
  }
  return { root, reference };
}
