/**
 * An expectation against what a run did: the problems in words, and a line diff of the expected and actual output
 * (canonical JSON, keys sorted, through the `diff` library) that the Tests panel and the CLI show.
 */
import { diffLines } from 'diff';
import type { JsonValue } from '../asl/types.ts';
import { deepEqual, isRecord } from '../asl/values.ts';
import type { Expectation } from './model.ts';

export interface Actual {
  status: string;
  output?: JsonValue;
  error?: string;
  cause?: string;
  /** Top-level states entered, in order (first attempts). */
  path: string[];
  /** State ids entered at least once, at any depth. */
  visited: string[];
}

export interface DiffLine {
  /** '-' only in the expected output, '+' only in the actual one, ' ' in both. */
  op: '-' | '+' | ' ';
  text: string;
}

/** Whether every key and array item of `expected` is in `actual` with a matching value (extra keys allowed). */
export function isSubset(expected: JsonValue | undefined, actual: JsonValue | undefined): boolean {
  if (isRecord(expected)) {
    if (!isRecord(actual)) return false;
    return Object.keys(expected).every((k) => Object.prototype.hasOwnProperty.call(actual, k) && isSubset(expected[k], actual[k]));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((x, i) => isSubset(x, actual[i]));
  }
  return deepEqual(expected as JsonValue, actual as JsonValue);
}

/** `actual` cut down to the keys `expected` names, so a subset diff shows only what the expectation is about. */
export function projectOnto(actual: JsonValue | undefined, expected: JsonValue | undefined): JsonValue | undefined {
  if (isRecord(expected) && isRecord(actual)) {
    const out: Record<string, JsonValue> = {};
    for (const k of Object.keys(expected)) if (Object.prototype.hasOwnProperty.call(actual, k)) out[k] = projectOnto(actual[k], expected[k]) as JsonValue;
    return out;
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
    return actual.map((x, i) => projectOnto(x, expected[i]) as JsonValue);
  }
  return actual;
}

function canonical(v: JsonValue | undefined): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical(v[k]);
    return out;
  }
  return v;
}

const show = (v: JsonValue | undefined): string => (v === undefined ? '(none)' : `${JSON.stringify(canonical(v), null, 2)}\n`);

/** A line diff of two JSON values (keys sorted, two-space indentation). */
export function jsonDiff(expected: JsonValue | undefined, actual: JsonValue | undefined): DiffLine[] {
  const out: DiffLine[] = [];
  for (const part of diffLines(show(expected), show(actual))) {
    const op = part.added ? '+' : part.removed ? '-' : ' ';
    for (const text of part.value.replace(/\n$/, '').split('\n')) out.push({ op, text });
  }
  return out;
}

const short = (v: unknown, max = 200) => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** What does not match, in words (empty: the case passes), and the output diff when the output differs. */
export function compareExpectation(exp: Expectation, act: Actual): { problems: string[]; diff: DiffLine[] } {
  const problems: string[] = [];
  let diff: DiffLine[] = [];
  if (exp.status !== act.status) {
    problems.push(`status: expected ${exp.status}, got ${act.status}${act.error ? ` (${act.error}: ${act.cause ?? ''})` : ''}`);
    return { problems, diff };
  }
  if (exp.status === 'SUCCEEDED' && exp.output !== undefined) {
    const subset = exp.outputMatch === 'subset';
    const ok = subset ? isSubset(exp.output, act.output) : deepEqual(exp.output, act.output as JsonValue);
    if (!ok) {
      problems.push(subset ? 'output: does not contain the expected values' : 'output: differs from the expected output');
      diff = jsonDiff(exp.output, subset ? projectOnto(act.output, exp.output) : act.output);
    }
  }
  if (exp.status !== 'SUCCEEDED') {
    if (exp.error !== undefined && exp.error !== act.error) problems.push(`error: expected ${exp.error}, got ${act.error ?? '(none)'}`);
    if (exp.cause !== undefined && exp.cause !== act.cause) problems.push(`cause: expected ${short(exp.cause)}, got ${short(act.cause)}`);
  }
  if (exp.path && JSON.stringify(exp.path) !== JSON.stringify(act.path)) {
    problems.push(`path: expected ${short(exp.path)}, got ${short(act.path)}`);
  }
  if (exp.visits) {
    const seen = new Set(act.visited);
    const missed = exp.visits.filter((id) => !seen.has(id));
    if (missed.length > 0) problems.push(`visits: never entered ${missed.map((m) => `'${m}'`).join(', ')}`);
  }
  return { problems, diff };
}
