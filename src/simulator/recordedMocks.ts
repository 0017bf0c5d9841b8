/**
 * Recorded task results (one per call, each tagged with the thread path of its state, see src/aws/recordedRun.ts)
 * as a MockConfigFile test case that makes this simulator replay the recording. A MockConfigFile counts calls per
 * state name ("0" is the first call of that name anywhere), and the simulator orders concurrent Map iterations and
 * Parallel branches by its virtual clock, not as AWS happened to: so the workflow is run once with an invoker that
 * answers each call from the recording by its thread path, and the answers are listed in the order asked.
 * Consecutive equal answers share a range key ("1-3").
 *
 * A call the recording has no answer for fails with States.Runtime (in the run and in the mocks, so the test
 * reproduces what was seen); recorded answers never asked for are appended after the asked ones, so nothing is
 * lost. Both are reported.
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { dict } from '../asl/own.ts';
import { deepEqual } from '../asl/values.ts';
import { startExecution } from './engine.ts';
import { ERRORS } from './errors.ts';
import type { ExecutionSnapshot, TaskOutcome } from './execution.ts';
import type { MockConfigFile, MockedInvocation } from './mockConfig.ts';
import { run } from './run.ts';
import { enteredPath } from './testCases.ts';

export interface RecordedCall {
  stateName: string;
  path: string;
  outcome: MockedInvocation;
}

export interface RecordedMocksOptions {
  stateMachine?: string;
  testCase?: string;
  /** Put before each state name to name its MockedResponses entry (keeps several cases in one file apart). */
  responsePrefix?: string;
}

export interface ReplayedRun {
  status: string;
  output?: JsonValue;
  error?: string;
  cause?: string;
  path: string[];
}

export interface RecordedMocks {
  mocks: MockConfigFile;
  /** How the simulator ended with these answers. */
  actual: ReplayedRun;
  /** Calls the recording had no answer for (thread paths). */
  missing: string[];
  /** Recorded answers the simulator never asked for. */
  unused: number;
}

function outcomeOf(inv: MockedInvocation): TaskOutcome {
  if (inv.Throw) return { error: inv.Throw.Error ?? 'Error', cause: inv.Throw.Cause ?? '' };
  return { output: inv.Return === undefined ? null : inv.Return };
}

/** Answers as invocation keys, consecutive equal answers as one range. */
export function compressInvocations(answers: readonly MockedInvocation[]): Record<string, MockedInvocation> {
  const out = dict<MockedInvocation>();
  for (let i = 0; i < answers.length; ) {
    let j = i;
    while (j + 1 < answers.length && deepEqual(answers[j + 1], answers[i])) j++;
    out[j === i ? String(i) : `${i}-${j}`] = answers[i]!;
    i = j + 1;
  }
  return out;
}

/** The MockConfigFile test case that replays `calls` (see the module comment), and how the replay ended. */
export async function recordedMocks(definition: StateMachineDefinition, input: JsonValue, calls: readonly RecordedCall[], options: RecordedMocksOptions = {}): Promise<RecordedMocks> {
  const { stateMachine = 'SM', testCase = 'T', responsePrefix = '' } = options;
  const queues = new Map<string, MockedInvocation[]>();
  for (const c of calls) {
    const q = queues.get(c.path);
    if (q) q.push(c.outcome);
    else queues.set(c.path, [c.outcome]);
  }
  const asked = new Map<string, MockedInvocation[]>();
  const missing: string[] = [];
  const answer = (stateName: string, inv: MockedInvocation) => {
    const list = asked.get(stateName);
    if (list) list.push(inv);
    else asked.set(stateName, [inv]);
  };
  let end: ExecutionSnapshot;
  try {
    end = await run(
      startExecution(definition, {
        input,
        // The seed test cases run with (src/suites/runner.ts): jittered retries wait as they will there.
        seed: 1,
        invoker: (req) => {
          const inv = queues.get(req.path)?.shift();
          if (inv) {
            answer(req.stateName, inv);
            return outcomeOf(inv);
          }
          missing.push(req.path);
          const stand: MockedInvocation = { Throw: { Error: ERRORS.Runtime, Cause: `No recorded result for '${req.path}' (call ${req.invocation})` } };
          answer(req.stateName, stand);
          return outcomeOf(stand);
        },
      }),
    );
  } catch (e) {
    return { mocks: {}, actual: { status: 'ERROR', error: 'Error', cause: e instanceof Error ? e.message : String(e), path: [] }, missing, unused: calls.length };
  }
  let unused = 0;
  for (const c of calls) {
    const q = queues.get(c.path);
    if (q && q.length > 0) {
      unused += q.length;
      for (const inv of q.splice(0)) answer(c.stateName, inv);
    }
  }
  const testCaseMap = dict<string>();
  const responses = dict<Record<string, MockedInvocation>>();
  for (const [stateName, answers] of asked) {
    const responseName = `${responsePrefix}${stateName}`;
    testCaseMap[stateName] = responseName;
    responses[responseName] = compressInvocations(answers);
  }
  const actual: ReplayedRun = { status: end.status, path: enteredPath(end) };
  if (end.status === 'SUCCEEDED') actual.output = end.output as JsonValue;
  else {
    if (end.error !== undefined) actual.error = end.error;
    if (end.cause !== undefined) actual.cause = end.cause;
  }
  return { mocks: { StateMachines: { [stateMachine]: { TestCases: { [testCase]: testCaseMap } } }, MockedResponses: responses }, actual, missing, unused };
}
