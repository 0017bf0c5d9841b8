/**
 * "Save as test": a test case from a finished run. The input is the run's input; the mocks are what every Task
 * call returned or threw, per invocation, read from the inspection records (`invocation`, `result`, `error`), so a
 * run with any kind of mock (JavaScript code included) replays exactly; the expectation is the run's end: status,
 * then the output (exact) or the error and cause.
 */
import type { JsonValue } from '../asl/types.ts';
import type { ExecutionSnapshot, StateInspection } from '../simulator/execution.ts';
import { CASE_STATUSES, type CaseStatus, type Expectation, type InvocationMocks, type TestCase } from './model.ts';

type CallRecord = Pick<StateInspection, 'stateName' | 'type' | 'invocation' | 'result' | 'error' | 'cause'>;

/** The mocks that replay these Task calls: state name → invocation → Return or Throw. */
export function mocksFromCalls(records: Iterable<CallRecord>): Record<string, InvocationMocks> {
  const mocks: Record<string, InvocationMocks> = {};
  for (const r of records) {
    if (r.type !== 'Task' || r.invocation === undefined) continue;
    const calls = (mocks[r.stateName] ??= {});
    // A result that reached the state's pipeline was returned, even when a later stage (ResultSelector) failed.
    calls[String(r.invocation)] =
      r.result !== undefined || r.error === undefined ? { Return: r.result === undefined ? null : r.result } : { Throw: { Error: r.error, Cause: r.cause ?? '' } };
  }
  return mocks;
}

export interface RunEnd {
  status: string;
  output?: JsonValue;
  error?: string;
  cause?: string;
}

/** The expectation a run's end makes: SUCCEEDED with its exact output, or the status with error and cause. */
export function expectationOf(end: RunEnd): Expectation {
  const status: CaseStatus = CASE_STATUSES.includes(end.status as CaseStatus) ? (end.status as CaseStatus) : 'FAILED';
  if (status === 'SUCCEEDED') return { status, output: end.output === undefined ? null : end.output };
  const e: Expectation = { status };
  if (end.error !== undefined) e.error = end.error;
  if (end.cause !== undefined) e.cause = end.cause;
  return e;
}

/** A test case that replays a finished run (any Task call the run made is mocked with what it gave). */
export function caseFromRun(name: string, input: JsonValue, records: Iterable<CallRecord>, end: RunEnd): TestCase {
  return { name, input, mocks: mocksFromCalls(records), expect: expectationOf(end) };
}

/** `caseFromRun` over a simulator snapshot. */
export function caseFromSnapshot(name: string, s: ExecutionSnapshot): TestCase {
  return caseFromRun(name, s.executionInput, s.inspections.view(s.inspectionCount), s);
}
