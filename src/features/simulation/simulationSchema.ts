/**
 * Checking a workflow's saved simulation set-up (its `simulation` extras: input text, presets, mocks) when it
 * comes from outside: a share link (refused with the first problem) or a stored library record (bad entries are
 * dropped, so one malformed mock never takes the Mocks tab down). Pure.
 *
 * Hand-written rather than a schema library: the shapes are four small unions, and this runs on the start-up path
 * (the initial bundle is within 10 KB of its 200 KB budget).
 */
import type { JsonValue } from '../../asl/types.ts';
import { dict } from '../../asl/own.ts';
import { MAX_MOCK_DURATION_MS, MAX_SEQUENCE_STEPS, type MockSet, type MockSpec, type MockStep } from './mockSet.ts';
import { isRecord } from '../../asl/values.ts';

/** Mock code, an input text or a preset larger than this is no hand-written mock (and would bloat every save). */
export const MAX_TEXT_CHARS = 1024 * 1024;
/** A JSON value nested deeper than this is refused (JSON.stringify and the editors recurse). */
const MAX_DEPTH = 200;

export interface SimulationSetup {
  inputText: string;
  presets: Record<string, string>;
  mocks: MockSet;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function isJson(v: unknown, depth = 0): v is JsonValue {
  if (depth > MAX_DEPTH) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJson(x, depth + 1));
  if (!isRecord(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => isJson(x, depth + 1));
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT_CHARS;

function stepProblem(v: unknown): string | undefined {
  if (!isRecord(v)) return 'is not an object';
  if (v.kind === 'result') return isJson(v.result) ? undefined : 'has a result that is not a JSON value';
  if (v.kind === 'error') return isText(v.error) && isText(v.cause) ? undefined : 'has an error or cause that is not text';
  return `has an unknown kind ${JSON.stringify(v.kind)?.slice(0, 40) ?? 'missing'}`;
}

/** What is wrong with one mock, or undefined. */
export function mockProblem(v: unknown): string | undefined {
  if (!isRecord(v)) return 'is not an object';
  const d = v.durationMs;
  if (d !== undefined && (typeof d !== 'number' || !Number.isFinite(d) || d < 0 || d > MAX_MOCK_DURATION_MS)) return 'has a duration that is not 0 ms to a year';
  if (v.kind === 'code') return isText(v.code) ? undefined : 'has code that is not text (or over 1 MB)';
  if (v.kind !== 'sequence') return stepProblem(v);
  if (!Array.isArray(v.steps) || v.steps.length === 0 || v.steps.length > MAX_SEQUENCE_STEPS) {
    return `has a sequence that is not a list of 1 to ${MAX_SEQUENCE_STEPS} entries`;
  }
  for (let i = 0; i < v.steps.length; i++) {
    const p = stepProblem(v.steps[i]);
    if (p) return `has a sequence entry ${i + 1} that ${p}`;
  }
  return undefined;
}

/** The mocks that are well-formed (copied into a prototype-free record), and a line per one that is not. */
export function checkMockSet(v: unknown): { mocks: MockSet; problems: string[] } {
  const mocks: MockSet = dict();
  const problems: string[] = [];
  if (v === undefined) return { mocks, problems };
  if (!isRecord(v)) return { mocks, problems: ['the mocks are not an object'] };
  for (const [state, spec] of Object.entries(v)) {
    const p = mockProblem(spec);
    if (p) problems.push(`the mock of “${short(state)}” ${p}`);
    else mocks[state] = spec as MockSpec | MockStep;
  }
  return { mocks, problems };
}

/** A saved set-up, field by field: what is usable, and what was not. */
export function checkSimulationSetup(v: unknown): { setup: SimulationSetup; problems: string[] } {
  const s = isRecord(v) ? v : {};
  const problems: string[] = v === undefined || isRecord(v) ? [] : ['the simulation set-up is not an object'];
  if (s.inputText !== undefined && !isText(s.inputText)) problems.push('the execution input is not text (or over 1 MB)');
  const presets = dict<string>();
  if (s.presets !== undefined && !isRecord(s.presets)) problems.push('the input presets are not an object');
  for (const [name, text] of Object.entries(isRecord(s.presets) ? s.presets : {})) {
    if (isText(text)) presets[name] = text;
    else problems.push(`the input preset “${short(name)}” is not text`);
  }
  const mocks = checkMockSet(s.mocks);
  return {
    setup: { inputText: isText(s.inputText) ? s.inputText : '{}', presets, mocks: mocks.mocks },
    problems: [...problems, ...mocks.problems],
  };
}
