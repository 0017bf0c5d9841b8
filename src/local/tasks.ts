/**
 * What a Task state does on the local endpoint. In order:
 * 1. A MockConfigFile test case (`--mock-config FILE` or SFN_MOCK_CONFIG, chosen by starting
 *    `stateMachineArn#TestCaseName`) that maps the state answers with its mocked response, as Step Functions Local
 *    does (https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html).
 * 2. A `.waitForTaskToken` task waits for SendTaskSuccess/SendTaskFailure with the token from `$$.Task.Token`,
 *    until its TimeoutSeconds or HeartbeatSeconds (static, …Path or JSONata) end it, scaled like Waits.
 * 3. With `--lambda-endpoint`, a Lambda task calls that endpoint (lambda.ts); a `lambda:invoke.waitForTaskToken`
 *    one calls it and then waits for the token.
 * 4. Anything else fails with States.TaskFailed, naming the state: the endpoint calls no AWS service.
 */
import type { StateMachineDefinition } from '../asl/types.ts';
import { own } from '../asl/own.ts';
import type { TaskInvoker, TaskOutcome, TaskRequest, MaybePromise } from '../simulator/execution.ts';
import { mockConfigInvoker, type MockConfigFile } from '../simulator/mocks.ts';
import type { Callbacks } from './callbacks.ts';
import { isLambdaResource, type LambdaCall } from './lambda.ts';

export interface TaskSetup {
  definition: StateMachineDefinition;
  stateMachineName: string;
  testCase: string | undefined;
  mockConfig: MockConfigFile | undefined;
  callbacks: Callbacks;
  lambda?: LambdaCall | undefined;
  /** Wall-clock time per second of a callback's TimeoutSeconds/HeartbeatSeconds (the server's wait scale; 0 = 1). */
  timerScale?: number;
}

const CALLBACK = '.waitForTaskToken';

/** Why a test case cannot be used (StartExecution answers it), or null. */
export function testCaseProblem(config: MockConfigFile | undefined, machine: string, testCase: string): string | null {
  if (!config) return `test case '${testCase}' was asked for, but the server has no mock config (start it with --mock-config FILE or SFN_MOCK_CONFIG)`;
  const sm = own(config.StateMachines ?? {}, machine);
  if (!sm) return `the mock config has no state machine '${machine}'`;
  if (!own(sm.TestCases ?? {}, testCase)) return `the mock config has no test case '${testCase}' for state machine '${machine}'`;
  return null;
}

function positive(v: number | null | undefined): number | null {
  return typeof v === 'number' && v > 0 ? v : null;
}

function tokenOf(req: TaskRequest): string | undefined {
  const ctx = req.context as { Task?: { Token?: unknown } } | null;
  const t = ctx && typeof ctx === 'object' ? ctx.Task?.Token : undefined;
  return typeof t === 'string' ? t : undefined;
}

export function taskInvoker(setup: TaskSetup, signal: AbortSignal): TaskInvoker {
  const testCase = setup.testCase;
  const mapping = testCase && setup.mockConfig ? own(own(setup.mockConfig.StateMachines ?? {}, setup.stateMachineName)?.TestCases ?? {}, testCase) : undefined;
  const mocked = mapping && setup.mockConfig && testCase ? mockConfigInvoker(setup.mockConfig, setup.stateMachineName, testCase) : null;
  return (req: TaskRequest): MaybePromise<TaskOutcome> => {
    if (mocked && mapping && own(mapping, req.stateName) !== undefined) return mocked(req);
    const token = req.resource.endsWith(CALLBACK) ? tokenOf(req) : undefined;
    const lambda = setup.lambda && isLambdaResource(req.resource) ? setup.lambda : undefined;
    if (token !== undefined) {
      // The limits as the simulator resolved them (TimeoutSecondsPath, HeartbeatSecondsPath and JSONata included).
      const limits = { timeout: positive(req.timeoutSeconds), heartbeat: positive(req.heartbeatSeconds) };
      const wait = () => setup.callbacks.wait(token, limits, signal, setup.timerScale ?? 1);
      if (!lambda) return wait();
      // Start waiting before the function runs: it may answer the token before its own call returns.
      const answer = wait();
      return lambda(req).then((called) => ('error' in called ? (setup.callbacks.cancel(token), called) : answer));
    }
    if (lambda) return lambda(req);
    const how = testCase ? `test case '${testCase}' maps no response to it` : 'no mock config test case was chosen (start the execution with stateMachineArn#TestCaseName)';
    const lambdaHint = isLambdaResource(req.resource) && !setup.lambda ? ', and no --lambda-endpoint was given' : '';
    return {
      error: 'States.TaskFailed',
      cause: `asl-studio local calls no AWS service: Task state '${req.stateName}' (${req.resource}) has no mocked response: ${how}${lambdaHint}`,
    };
  };
}
