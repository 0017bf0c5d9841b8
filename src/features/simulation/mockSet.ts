/**
 * The mocks of a workflow's Task states, one per state name: JavaScript Lambda code (run in the sandbox worker),
 * a fixed result, a thrown error, or a sequence per invocation (the last entry repeats). Converts to and from the
 * Step Functions Local MockConfigFile (https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html).
 * Pure: no React, no store.
 */
import type { JsonValue } from '../../asl/types.ts';
import { dict, own } from '../../asl/own.ts';
import { SEED_MOCK_CODE, SEED_MOCK_RESULTS } from '../../asl/seed.ts';
import { invocationRange, parseMockConfig, type InvocationRange, type MockConfigFile, type MockedInvocation } from '../../simulator/mockConfig.ts';

export type MockStep = { kind: 'result'; result: JsonValue } | { kind: 'error'; error: string; cause: string };
/** How long each call of a mock takes on the simulation's clock (a simulator extension; 0 when absent). */
export interface MockTiming {
  durationMs?: number;
}
export type MockSpec = (MockStep | { kind: 'code'; code: string } | { kind: 'sequence'; steps: MockStep[] }) & MockTiming;
export type MockKind = MockSpec['kind'];

/** The longest mock duration accepted: a year, Step Functions' longest execution. */
export const MAX_MOCK_DURATION_MS = 366 * 24 * 3600 * 1000;

/** The mock with `durationMs` (a positive finite number) or without it. */
export function withDuration(mock: MockSpec, durationMs: number | undefined): MockSpec {
  const { durationMs: _old, ...rest } = mock;
  return durationMs !== undefined && Number.isFinite(durationMs) && durationMs > 0 ? ({ ...rest, durationMs } as MockSpec) : (rest as MockSpec);
}
export type MockSet = Record<string, MockSpec>;

export interface TaskInfo {
  name: string;
  lambda: boolean;
}

export const DEFAULT_CODE = `export async function handler(event, context) {
  console.log('Received', JSON.stringify(event));
  return { ok: true };
}
`;

/** The mock a Task state has until the user picks one: the seed's handler code, or an empty result. */
export function defaultMock(stateName: string): MockSpec {
  const code = own(SEED_MOCK_CODE, stateName);
  return code === undefined ? { kind: 'result', result: {} } : { kind: 'code', code };
}

/** A starter mock's call takes this long, so a new workflow's timeline shows real-looking durations. */
export const STARTER_DURATION_MS = 120;

/**
 * The mock a new Task gets when it is added (palette, quick add, drop): a fixed sample result named after it, so a
 * run shows something recognisable before the user writes a handler.
 */
export function starterMock(stateName: string): MockSpec {
  return { kind: 'result', result: { ok: true, state: stateName, message: `Sample result of ${stateName}` }, durationMs: STARTER_DURATION_MS };
}

/** A fresh mock of a kind (when the user switches kinds); the seed's states get the seed's results. */
export function blankMock(kind: MockKind, stateName: string): MockSpec {
  switch (kind) {
    case 'code':
      return { kind, code: own(SEED_MOCK_CODE, stateName) ?? DEFAULT_CODE };
    case 'result':
      return { kind, result: (own(SEED_MOCK_RESULTS, stateName) as JsonValue | undefined) ?? {} };
    case 'error':
      return { kind, error: 'Error', cause: 'Mocked failure' };
    case 'sequence':
      return { kind, steps: [{ kind: 'error', error: 'Error', cause: 'Mocked failure' }, { kind: 'result', result: {} }] };
  }
}

export function mockFor(set: MockSet, stateName: string): MockSpec {
  return own(set, stateName) ?? defaultMock(stateName);
}

/** A sequence step as MockConfigFile writes it (`{Return}` / `{Throw: {Error, Cause}}`), and back. */
export function stepToInvocation(step: MockStep, lambda: boolean): MockedInvocation {
  if (step.kind === 'error') return { Throw: { Error: step.error, Cause: step.cause } };
  return { Return: lambda ? { StatusCode: 200, Payload: step.result } : step.result };
}

export function invocationToStep(inv: MockedInvocation, lambda: boolean): MockStep {
  if (inv.Throw) return { kind: 'error', error: inv.Throw.Error ?? 'Error', cause: inv.Throw.Cause ?? '' };
  const r = inv.Return === undefined ? null : inv.Return;
  const unwrap = lambda && typeof r === 'object' && r !== null && !Array.isArray(r) && 'Payload' in r;
  return { kind: 'result', result: unwrap ? ((r as Record<string, JsonValue>).Payload ?? null) : r };
}

export interface ExportResult {
  file: MockConfigFile;
  /** One line per code mock: exported as its last result, or left out as not representable. */
  notes: string[];
}

/**
 * The mock set as a MockConfigFile with one test case. Consecutive equal sequence entries become a range
 * ("0-1"). JavaScript mocks are exported as their last result in `lastResults` (from the latest run), otherwise
 * left out: a MockConfigFile can only hold fixed responses.
 */
export function toMockConfig(
  set: MockSet,
  tasks: TaskInfo[],
  stateMachine: string,
  testCase: string,
  lastResults: Record<string, JsonValue> = {},
): ExportResult {
  const mapping: Record<string, string> = dict();
  const responses: Record<string, Record<string, MockedInvocation>> = dict();
  const notes: string[] = [];
  for (const t of tasks) {
    const mock = mockFor(set, t.name);
    let steps: MockStep[];
    if (mock.kind === 'code') {
      const last = own(lastResults, t.name);
      if (last === undefined) {
        notes.push(`${t.name}: JavaScript mock not representable in a MockConfigFile (run it once to export its last result)`);
        continue;
      }
      notes.push(`${t.name}: JavaScript mock exported as its last result`);
      steps = [{ kind: 'result', result: last }];
    } else steps = mock.kind === 'sequence' ? mock.steps : [mock];
    const responseName = `${t.name}Mock`;
    mapping[t.name] = responseName;
    responses[responseName] = compress(steps, t.lambda, mock.durationMs);
  }
  return { file: { StateMachines: { [stateMachine]: { TestCases: { [testCase]: mapping } } }, MockedResponses: responses }, notes };
}

function compress(steps: MockStep[], lambda: boolean, durationMs?: number): Record<string, MockedInvocation> {
  const out: Record<string, MockedInvocation> = dict();
  let start = 0;
  for (let i = 1; i <= steps.length; i++) {
    if (i < steps.length && JSON.stringify(steps[i]) === JSON.stringify(steps[start])) continue;
    const key = i - 1 === start ? String(start) : `${start}-${i - 1}`;
    const inv = stepToInvocation(steps[start] as MockStep, lambda);
    out[key] = durationMs ? { ...inv, DurationSeconds: durationMs / 1000 } : inv;
    start = i;
  }
  return out;
}

/** The longest sequence the mock editor holds (an import that needs more is refused, saying so). */
export const MAX_SEQUENCE_STEPS = 1000;

/**
 * A MockConfigFile's test case as a mock set (the first state machine and test case unless named). The file is
 * checked first (parseMockConfig); anything wrong throws an Error whose message says what.
 */
export function fromMockConfig(input: unknown, tasks: TaskInfo[], stateMachine?: string, testCase?: string): MockSet {
  const checked = parseMockConfig(input);
  if (!checked.ok) throw new Error(checked.message);
  const file = checked.file;
  const sms = file.StateMachines ?? {};
  const smName = stateMachine ?? Object.keys(sms)[0];
  const sm = smName === undefined ? undefined : own(sms, smName);
  if (!sm) throw new Error('The MockConfigFile names no state machine');
  const cases = sm.TestCases ?? {};
  const tcName = testCase ?? Object.keys(cases)[0];
  const tc = tcName === undefined ? undefined : own(cases, tcName);
  if (!tc) throw new Error(`The MockConfigFile has no test case for state machine '${smName}'`);
  const lambdaOf = new Map(tasks.map((t) => [t.name, t.lambda]));
  const set: MockSet = dict();
  for (const [state, responseName] of Object.entries(tc)) {
    const responses = own(file.MockedResponses, responseName);
    if (!responses) throw new Error(`MockedResponses has no '${responseName}' (state '${state}')`);
    const steps = expand(responseName, responses, lambdaOf.get(state) ?? false);
    const spec: MockSpec = steps.length === 1 ? (steps[0] as MockStep) : { kind: 'sequence', steps };
    set[state] = withDuration(spec, commonDuration(responses));
  }
  return set;
}

/** The `DurationSeconds` every invocation of a response shares, in ms (the editor holds one per mock). */
function commonDuration(responses: Record<string, MockedInvocation>): number | undefined {
  const all = Object.values(responses).map((inv) => inv.DurationSeconds);
  const first = all[0];
  return typeof first === 'number' && all.every((d) => d === first) ? first * 1000 : undefined;
}

/**
 * Checked ranges → the editor's sequence, in invocation order, without allocating per invocation: the last range
 * is one entry (a sequence's last entry repeats), a gap becomes the failure Step Functions Local reports for an
 * invocation with no mock, and a sequence longer than MAX_SEQUENCE_STEPS is refused.
 */
function expand(name: string, responses: Record<string, MockedInvocation>, lambda: boolean): MockStep[] {
  const ranges = Object.entries(responses)
    .map(([key, inv]) => ({ range: invocationRange(key), inv }))
    .filter((r): r is { range: InvocationRange; inv: MockedInvocation } => typeof r.range !== 'string')
    .sort((a, b) => a.range.from - b.range.from);
  if (ranges.length === 0) throw new Error(`'${name}' has no invocations`);
  const steps: MockStep[] = [];
  const push = (step: MockStep, count: number) => {
    if (steps.length + count > MAX_SEQUENCE_STEPS) {
      throw new Error(`'${name}' describes more than ${MAX_SEQUENCE_STEPS} invocations before its last entry: the mock editor holds at most ${MAX_SEQUENCE_STEPS}`);
    }
    for (let i = 0; i < count; i++) steps.push(step);
  };
  let next = 0;
  ranges.forEach(({ range, inv }, i) => {
    if (range.from > next) push({ kind: 'error', error: 'States.Runtime', cause: `'${name}' has no entry for this invocation` }, range.from - next);
    push(invocationToStep(inv, lambda), i === ranges.length - 1 ? 1 : range.to - range.from + 1);
    next = range.to + 1;
  });
  return steps;
}

/** The entry of a mock for invocation n (a sequence's last entry repeats). */
export function stepFor(mock: Exclude<MockSpec, { kind: 'code' }>, invocation: number): MockStep {
  if (mock.kind !== 'sequence') return mock;
  return mock.steps[Math.min(invocation, mock.steps.length - 1)] ?? { kind: 'result', result: null };
}
