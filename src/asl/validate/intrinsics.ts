/**
 * Syntax of intrinsic function calls in `.$` values (`States.Format('{} {}', $.a, $$.Execution.Id)`): the known
 * function names with their argument counts, string literals with `\'`/`\{`/`\}`/`\\` escapes (the only escapes AWS
 * allows: "' { } \ are reserved ... and must be escaped with a backslash"; any other, `\"` included, is refused),
 * numbers, booleans, null, paths and calls nested up to 10 deep. Results are cached by string.
 */
import { checkPath } from './jsonpath.ts';
import { memoize } from '../memo.ts';

/** Argument count bounds of each intrinsic function (max undefined: any number). */
export const INTRINSICS: Readonly<Record<string, { min: number; max?: number }>> = {
  'States.Array': { min: 0 },
  'States.ArrayPartition': { min: 2, max: 2 },
  'States.ArrayContains': { min: 2, max: 2 },
  'States.ArrayRange': { min: 3, max: 3 },
  'States.ArrayGetItem': { min: 2, max: 2 },
  'States.ArrayLength': { min: 1, max: 1 },
  'States.ArrayUnique': { min: 1, max: 1 },
  'States.Base64Encode': { min: 1, max: 1 },
  'States.Base64Decode': { min: 1, max: 1 },
  'States.Hash': { min: 2, max: 2 },
  'States.JsonMerge': { min: 3, max: 3 },
  'States.StringToJson': { min: 1, max: 1 },
  'States.JsonToString': { min: 1, max: 1 },
  'States.MathRandom': { min: 2, max: 3 },
  'States.MathAdd': { min: 2, max: 2 },
  'States.StringSplit': { min: 2, max: 2 },
  'States.UUID': { min: 0, max: 0 },
  'States.Format': { min: 1 },
};

export type IntrinsicProblem =
  | { kind: 'invalid'; detail: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'arity'; name: string; expected: string; actual: number };

const parsed = memoize((s: string) => parseAll(s));

export function isIntrinsicCall(s: string): boolean {
  return s.startsWith('States.');
}

/** The first problem of an intrinsic call, or null when it is well formed. */
export function checkIntrinsic(s: string): IntrinsicProblem | null {
  return parsed(s);
}

class Stop extends Error {
  constructor(readonly problem: IntrinsicProblem) {
    super('intrinsic');
  }
}

function parseAll(s: string): IntrinsicProblem | null {
  const p = { s, i: 0, depth: 0 };
  try {
    parseCall(p);
    skipWs(p);
    if (p.i < s.length) throw invalid(`unexpected '${s.slice(p.i, p.i + 10)}' after the call`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
}

interface Cursor {
  s: string;
  i: number;
  depth: number;
}

/** How deep calls may nest (States.Format(States.JsonToString(…)) is two). */
export const MAX_INTRINSIC_NESTING = 10;
const ESCAPABLE = "'{}\\";

const invalid = (detail: string) => new Stop({ kind: 'invalid', detail });

function skipWs(p: Cursor): void {
  while (p.i < p.s.length && /\s/.test(p.s[p.i]!)) p.i++;
}

function parseCall(p: Cursor): void {
  const m = /^States\.[A-Za-z0-9]+/.exec(p.s.slice(p.i));
  if (!m) throw invalid('expected a function name such as States.Format');
  const name = m[0];
  p.i += name.length;
  const spec = INTRINSICS[name];
  if (!spec) throw new Stop({ kind: 'unknown', name });
  p.depth++;
  if (p.depth > MAX_INTRINSIC_NESTING) throw invalid(`calls are nested more than ${MAX_INTRINSIC_NESTING} deep`);
  skipWs(p);
  if (p.s[p.i] !== '(') throw invalid(`expected '(' after ${name}`);
  p.i++;
  const args: string[] = [];
  skipWs(p);
  if (p.s[p.i] === ')') p.i++;
  else {
    for (;;) {
      args.push(parseArg(p));
      skipWs(p);
      const c = p.s[p.i];
      p.i++;
      if (c === ')') break;
      if (c !== ',') throw invalid(c === undefined ? `${name}( is not closed` : `expected ',' or ')' but found '${c}'`);
    }
  }
  if (args.length < spec.min || (spec.max !== undefined && args.length > spec.max)) {
    const expected = spec.max === undefined ? `at least ${spec.min}` : spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`;
    throw new Stop({ kind: 'arity', name, expected, actual: args.length });
  }
  p.depth--;
  if (name === 'States.Format' && args[0]?.startsWith("'")) {
    const holes = (args[0].replace(/\\./g, '').match(/\{\}/g) ?? []).length;
    if (holes !== args.length - 1) {
      throw invalid(`the template has ${holes} {} placeholder(s) but ${args.length - 1} value(s) follow`);
    }
  }
}

/** Parses one argument and returns its source text. */
function parseArg(p: Cursor): string {
  skipWs(p);
  const start = p.i;
  const c = p.s[p.i];
  if (c === "'") {
    p.i++;
    while (p.i < p.s.length && p.s[p.i] !== "'") {
      if (p.s[p.i] === '\\') {
        const next = p.s[p.i + 1];
        if (next !== undefined && !ESCAPABLE.includes(next)) throw invalid(`\\${next} is not an escape a string literal may hold (only \\' \\{ \\} \\\\)`);
        p.i += 2;
      } else p.i += 1;
    }
    if (p.i >= p.s.length) throw invalid('a string literal is not closed');
    p.i++;
  } else if (c === '$') {
    let depth = 0;
    let quote = '';
    while (p.i < p.s.length) {
      const d = p.s[p.i]!;
      if (quote) {
        if (d === '\\') p.i++;
        else if (d === quote) quote = '';
      } else if (d === "'" || d === '"') quote = d;
      else if (d === '[' || d === '(') depth++;
      else if ((d === ']' || d === ')') && depth > 0) depth--;
      else if ((d === ',' || d === ')') && depth === 0) break;
      p.i++;
    }
    const path = p.s.slice(start, p.i).trim();
    const info = checkPath(path);
    if (info.error) throw invalid(`argument ${path} is not a valid path: ${info.error}`);
  } else if (p.s.startsWith('States.', p.i)) {
    parseCall(p);
  } else {
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(p.s.slice(p.i));
    if (!m) throw invalid(c === undefined ? 'the call is not closed' : `unexpected '${c}' in the arguments`);
    p.i += m[0].length;
  }
  return p.s.slice(start, p.i);
}
