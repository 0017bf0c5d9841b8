/**
 * "Turn into a test": a recorded execution (an imported history) as a test case of the open workflow. The input is
 * the execution's input; the mocks are what every Task call returned or threw on AWS, per invocation (retries and
 * thrown errors included), ordered as the simulator will ask for them (src/simulator/recordedMocks.ts); the
 * expectation is how the execution ended (status, output or error and cause) and the top-level states it entered.
 * The workflow is replayed once with those mocks: when it does not end as the recording did (the workflow changed
 * since, or the recording holds calls this workflow does not make), the case is still made and a warning says so.
 * No React, no store.
 */
import type { HistoryEvent } from '../../asl/history.ts';
import type { JsonValue, StateMachineDefinition } from '../../asl/types.ts';
import { deepEqual } from '../../asl/values.ts';
import { recordedRun, type RecordedExpectation } from '../../aws/recordedRun.ts';
import type { MockConfigFile, MockedInvocation } from '../../simulator/mockConfig.ts';
import { recordedMocks, type ReplayedRun } from '../../simulator/recordedMocks.ts';
import type { Expectation, TestCase } from '../../suites/model.ts';

export interface HistoryCase {
  name: string;
  input: JsonValue;
  /** By Task state name: invocation key → Return or Throw (the MockedResponses of the case's test case). */
  mocks: Record<string, Record<string, MockedInvocation>>;
  expected: RecordedExpectation;
  /** The same mocks as a MockConfigFile (state machine `SM`, test case `T`, as conformance cases use). */
  mockConfig: MockConfigFile;
  /** How the simulator ended, replaying the mocks on this workflow. */
  replay: ReplayedRun;
  warnings: string[];
}

export type HistoryCaseResult = { ok: true; case: HistoryCase } | { ok: false; message: string };

function differences(expected: RecordedExpectation, actual: ReplayedRun): string | undefined {
  if (expected.status !== actual.status) return `ends ${actual.status}${actual.error ? ` (${actual.error})` : ''}, the recording ${expected.status}`;
  if (expected.status === 'SUCCEEDED' && !deepEqual(expected.output, actual.output)) return 'gives another output than the recording';
  if (expected.status === 'FAILED' && expected.error !== actual.error) return `fails with ${actual.error ?? 'no error'}, the recording with ${expected.error ?? 'no error'}`;
  if (JSON.stringify(expected.path) !== JSON.stringify(actual.path)) return 'takes another path than the recording';
  return undefined;
}

export async function caseFromHistory(definition: StateMachineDefinition, events: readonly HistoryEvent[], name: string): Promise<HistoryCaseResult> {
  const rec = recordedRun(definition, events);
  if (!rec.ok) return rec;
  const { input, invocations, expected } = rec.run;
  const replayed = await recordedMocks(definition, input, invocations);
  const warnings = [...rec.run.warnings];
  if (replayed.missing.length > 0) warnings.push(`This workflow makes ${replayed.missing.length} task call${replayed.missing.length === 1 ? '' : 's'} the recording has no result for (${replayed.missing.slice(0, 3).join(', ')}): they fail with States.Runtime`);
  if (replayed.unused > 0) warnings.push(`${replayed.unused} recorded result${replayed.unused === 1 ? ' is' : 's are'} not asked for by this workflow; kept as later invocations`);
  const diff = differences(expected, replayed.actual);
  if (diff) warnings.push(`Replayed on this workflow, the run ${diff}: the test fails until the workflow matches the recording`);
  const mocks: HistoryCase['mocks'] = {};
  for (const [state, responses] of Object.entries(replayed.mocks.MockedResponses ?? {})) mocks[state] = responses;
  return { ok: true, case: { name, input, mocks, expected, mockConfig: replayed.mocks, replay: replayed.actual, warnings } };
}

/** The case as a test-case file that `asl-studio test` runs (fixtures/conformance/README.md). */
export function caseFileText(c: HistoryCase, definition: StateMachineDefinition, source: string): string {
  const expected: Record<string, unknown> = { ...c.expected };
  return `${JSON.stringify({ name: c.name, source, definition, input: c.input, mocks: c.mockConfig, expected }, null, 2)}\n`;
}

/** The case as a test of the workflow's suite (src/suites/model.ts): the same input, mocks and expectation. */
export function toSuiteCase(c: HistoryCase): TestCase {
  const { status, output, error, cause, path } = c.expected;
  const expect: Expectation = status === 'SUCCEEDED' ? { status, output: output === undefined ? null : output, path } : { status, path };
  if (status === 'FAILED' && error !== undefined) expect.error = error;
  if (status === 'FAILED' && cause !== undefined) expect.cause = cause;
  return { name: c.name, input: c.input, mocks: c.mocks, expect };
}
