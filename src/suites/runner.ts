/**
 * Runs a test case on the simulator: the case's mocks become a MockConfigFile test case (src/simulator/mocks.ts), the
 * run is seeded (JitterStrategy, UUIDs and random numbers repeat), and the end is compared with the expectation.
 * Never throws: a definition the simulator refuses is a failed case with the reason.
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { startExecution } from '../simulator/engine.ts';
import type { ExecutionSnapshot, StateInspection } from '../simulator/execution.ts';
import { mockConfigInvoker, type MockConfigFile } from '../simulator/mocks.ts';
import { run } from '../simulator/run.ts';
import { compareExpectation, type Actual, type DiffLine } from './compare.ts';
import { visitedStates } from './coverage.ts';
import type { TestCase } from './model.ts';

/** The state machine and test case names a case's mocks go under in a MockConfigFile. */
export const MOCK_MACHINE = 'SM';

export interface CaseResult {
  name: string;
  passed: boolean;
  problems: string[];
  /** Expected vs actual output (empty when the output matches or is not checked). */
  diff: DiffLine[];
  actual: Actual;
}

export interface CaseRun {
  result: CaseResult;
  /** The end of the run (null when the simulator could not start it). */
  snapshot: ExecutionSnapshot | null;
}

export interface RunCaseOptions {
  seed?: number;
  signal?: AbortSignal;
}

/** A one-case MockConfigFile for the case's mocks (state machine `SM`, test case = the case name). */
export function caseMockConfig(c: Pick<TestCase, 'name' | 'mocks'>): MockConfigFile {
  const mapping: Record<string, string> = {};
  for (const state of Object.keys(c.mocks)) mapping[state] = state;
  return { StateMachines: { [MOCK_MACHINE]: { TestCases: { [c.name]: mapping } } }, MockedResponses: c.mocks };
}

/** Top-level states entered, in order (first attempts only), as the conformance format's `path`. */
export function topLevelPath(records: Iterable<StateInspection>): string[] {
  const out: string[] = [];
  for (const rec of records) if (rec.retryCount === 0 && rec.path === rec.stateName) out.push(rec.stateName);
  return out;
}

export function inspectionsOf(s: ExecutionSnapshot): StateInspection[] {
  return [...s.inspections.view(s.inspectionCount)];
}

/** What a finished run did, in the terms of an expectation. */
export function actualOf(definition: unknown, end: ExecutionSnapshot): Actual {
  const records = inspectionsOf(end);
  const actual: Actual = { status: end.status, path: topLevelPath(records), visited: visitedStates(definition, records) };
  if (end.status === 'SUCCEEDED') actual.output = end.output;
  else {
    if (end.error !== undefined) actual.error = end.error;
    if (end.cause !== undefined) actual.cause = end.cause;
  }
  return actual;
}

export async function runTestCase(definition: StateMachineDefinition, c: TestCase, options: RunCaseOptions = {}): Promise<CaseRun> {
  let end: ExecutionSnapshot;
  try {
    const invoker = mockConfigInvoker(caseMockConfig(c), MOCK_MACHINE, c.name);
    const start = startExecution(definition, { input: c.input as JsonValue, invoker, seed: options.seed ?? 1 });
    end = await run(start, { signal: options.signal });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const actual: Actual = { status: 'ERROR', path: [], visited: [] };
    return { result: { name: c.name, passed: false, problems: [`the simulator could not run it: ${message}`], diff: [], actual }, snapshot: null };
  }
  const actual = actualOf(definition, end);
  const { problems, diff } = compareExpectation(c.expect, actual);
  return { result: { name: c.name, passed: problems.length === 0, problems, diff, actual }, snapshot: end };
}
