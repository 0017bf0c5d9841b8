/**
 * Checking a Step Functions Local MockConfigFile from outside (an imported file, pasted text, the CLI) before use
 * (https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html): the shape, and invocation
 * keys ("0", "1-2") as bounded integer ranges. Ranges are kept as ranges and looked up lazily: a key such as
 * "4294967294" is one range, never an array of that length (a sparse expansion froze the page for 66 s).
 *
 * Hand-written rather than a schema library (zod, valibot): a few dozen lines, no bundle cost, and messages that
 * name the offending key.
 */
import type { JsonValue } from '../asl/types.ts';
import { own } from '../asl/own.ts';
import { DEFAULT_MAX_TRANSITIONS } from './limits.ts';
import { isRecord } from '../asl/values.ts';

export interface MockedInvocation {
  Return?: JsonValue;
  Throw?: { Error?: string; Cause?: string };
  DurationSeconds?: number;
}

export interface MockConfigFile {
  StateMachines?: Record<string, { TestCases?: Record<string, Record<string, string>> }>;
  MockedResponses?: Record<string, Record<string, MockedInvocation>>;
}

/**
 * The highest invocation index a key may name. A simulated execution makes at most DEFAULT_MAX_TRANSITIONS state
 * transitions (a real one at most 25,000 history events), so no Task is invoked more often than that.
 */
export const MAX_INVOCATION = DEFAULT_MAX_TRANSITIONS;
/** The longest virtual duration of one mocked call: the longest a Standard execution may run (one year). */
export const MAX_DURATION_SECONDS = 365 * 24 * 3600;

export interface InvocationRange {
  from: number;
  to: number;
}

const KEY = /^(\d{1,15})(?:-(\d{1,15}))?$/;

/** An invocation key as a range, or why it is not one. */
export function invocationRange(key: string): InvocationRange | string {
  const m = KEY.exec(key);
  if (!m) return `Invalid invocation key '${key.slice(0, 40)}' (expected "N" or "N-M")`;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to > MAX_INVOCATION) return `invocation key '${key}' goes past invocation ${MAX_INVOCATION}`;
  if (from > to) return `invocation key '${key}' runs backwards`;
  return { from, to };
}

/** The entry for invocation n (0-based): an exact key first, then the range that holds n. */
export function lookupInvocation(responses: Record<string, MockedInvocation>, n: number): MockedInvocation | undefined {
  const direct = own(responses, String(n));
  if (direct) return direct;
  for (const [key, value] of Object.entries(responses)) {
    const r = invocationRange(key);
    if (typeof r !== 'string' && n >= r.from && n <= r.to) return value;
  }
  return undefined;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function invocationProblem(v: unknown, at: string): string | undefined {
  if (!isRecord(v)) return `${at} is not an object`;
  if (!('Return' in v) && !('Throw' in v)) return `${at} has neither "Return" nor "Throw"`;
  if ('Throw' in v) {
    const t = v.Throw;
    if (!isRecord(t)) return `${at}.Throw is not an object`;
    for (const f of ['Error', 'Cause'] as const) if (t[f] !== undefined && typeof t[f] !== 'string') return `${at}.Throw.${f} is not a string`;
  }
  const d = v.DurationSeconds;
  if (d !== undefined && !(typeof d === 'number' && Number.isFinite(d) && d >= 0 && d <= MAX_DURATION_SECONDS)) {
    return `${at}.DurationSeconds is not a number of seconds from 0 to ${MAX_DURATION_SECONDS}`;
  }
  return undefined;
}

function responsesProblem(name: string, v: unknown): string | undefined {
  const at = `MockedResponses.${short(name)}`;
  if (!isRecord(v)) return `${at} is not an object`;
  const ranges: (InvocationRange & { key: string })[] = [];
  for (const [key, inv] of Object.entries(v)) {
    const r = invocationRange(key);
    if (typeof r === 'string') return `${at}: ${r}`;
    ranges.push({ ...r, key });
    const p = invocationProblem(inv, `${at}["${key}"]`);
    if (p) return p;
  }
  ranges.sort((a, b) => a.from - b.from);
  for (let i = 1; i < ranges.length; i++) {
    const [a, b] = [ranges[i - 1]!, ranges[i]!];
    if (b.from <= a.to) return `${at}: invocation keys '${a.key}' and '${b.key}' overlap`;
  }
  return undefined;
}

/** The file checked, or what is wrong with it (the first problem, naming where it is). */
export function parseMockConfig(value: unknown): { ok: true; file: MockConfigFile } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (!isRecord(value)) return fail('a MockConfigFile is a JSON object');
  const { StateMachines: sms, MockedResponses: responses } = value;
  if (sms !== undefined) {
    if (!isRecord(sms)) return fail('StateMachines is not an object');
    for (const [sm, def] of Object.entries(sms)) {
      if (!isRecord(def)) return fail(`StateMachines.${short(sm)} is not an object`);
      if (def.TestCases === undefined) continue;
      if (!isRecord(def.TestCases)) return fail(`StateMachines.${short(sm)}.TestCases is not an object`);
      for (const [tc, mapping] of Object.entries(def.TestCases)) {
        if (!isRecord(mapping)) return fail(`test case ${short(tc)} is not an object`);
        for (const [state, name] of Object.entries(mapping)) {
          if (typeof name !== 'string') return fail(`test case ${short(tc)} maps state ${short(state)} to something other than a response name`);
        }
      }
    }
  }
  if (responses !== undefined) {
    if (!isRecord(responses)) return fail('MockedResponses is not an object');
    for (const [name, v] of Object.entries(responses)) {
      const p = responsesProblem(name, v);
      if (p) return fail(p);
    }
  }
  return { ok: true, file: value as MockConfigFile };
}
