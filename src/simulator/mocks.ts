/**
 * Task mocks, as injected invokers:
 * (a) per-state handler functions (`handlerInvoker`): a handler returns the function's result; for
 *     `arn:aws:states:::lambda:invoke` it is wrapped in the API response AWS returns (Payload, StatusCode, …);
 *     a thrown error becomes the task's error (a StatesError keeps its name and cause; any other Error is
 *     reported like a Lambda function error: error = its name, cause = `{"errorMessage","errorType"}`).
 * (b) the Step Functions Local MockConfigFile (`mockConfigInvoker`,
 *     https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html): StateMachines →
 *     TestCases → state name → response name; MockedResponses → response name → invocation key ("0", "1-2") →
 *     `{Return}` or `{Throw: {Error, Cause}}`. For lambda:invoke a Return is the whole API response, as in Step
 *     Functions Local. A simulator extension: `"DurationSeconds"` next to Return/Throw is the virtual time the call
 *     takes (for TimeoutSeconds/HeartbeatSeconds). An invocation with no mock fails with States.Runtime and says why.
 */
import { memoize } from '../asl/memo.ts';
import type { JsonValue } from '../asl/types.ts';
import { dict, own } from '../asl/own.ts';
import { ERRORS, StatesError } from './errors.ts';
import type { MaybePromise, TaskInvoker, TaskOutcome, TaskRequest } from './execution.ts';
import { lookupInvocation, type MockConfigFile } from './mockConfig.ts';

export type { MockConfigFile, MockedInvocation } from './mockConfig.ts';

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';

const LAMBDA_INVOKE_RESOURCE = /^arn:[^:]+:states:::lambda:invoke(\.waitForTaskToken)?$/;
/** Whether a Task resource is lambda:invoke (its mocked results are wrapped in Payload); memoised per resource. */
export const isLambdaInvoke: (resource: string) => boolean = memoize((resource) => LAMBDA_INVOKE_RESOURCE.test(resource));

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** The constant parts of a lambda:invoke response, shared (values in the simulator are never mutated). */
const HTTP_METADATA: JsonValue = deepFreeze({
  AllHttpHeaders: { 'X-Amz-Executed-Version': ['$LATEST'], 'Content-Type': ['application/json'] },
  HttpHeaders: { 'X-Amz-Executed-Version': '$LATEST', 'Content-Type': 'application/json' },
  HttpStatusCode: 200,
});
const RESPONSE_METADATA: JsonValue = deepFreeze({ RequestId: '00000000-0000-4000-8000-000000000000' });

/** The lambda:invoke API response around a function result, shaped like AWS's (recorded histories). */
export function lambdaInvokeResponse(payload: JsonValue): JsonValue {
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload,
    SdkHttpMetadata: HTTP_METADATA,
    SdkResponseMetadata: RESPONSE_METADATA,
    StatusCode: 200,
  };
}

export function mockConfigInvoker(config: MockConfigFile, stateMachine: string, testCase: string): TaskInvoker {
  const sm = own(config.StateMachines, stateMachine);
  if (!sm) throw new Error(`The mock config has no state machine '${stateMachine}'`);
  const tc = own(sm.TestCases, testCase);
  if (!tc) throw new Error(`The mock config has no test case '${testCase}' for state machine '${stateMachine}'`);
  return (req: TaskRequest): TaskOutcome => {
    const responseName = own(tc, req.stateName);
    const missing = (why: string): TaskOutcome => ({
      error: ERRORS.Runtime,
      cause: `No mock for Task state '${req.stateName}' (invocation ${req.invocation}) in test case '${testCase}': ${why}`,
    });
    if (responseName === undefined) return missing('the test case maps no response to this state');
    const responses = own(config.MockedResponses, responseName);
    if (!responses) return missing(`MockedResponses has no '${responseName}'`);
    const inv = lookupInvocation(responses, req.invocation);
    if (!inv) return missing(`'${responseName}' has no entry for invocation ${req.invocation}`);
    const durationMs = typeof inv.DurationSeconds === 'number' ? inv.DurationSeconds * 1000 : undefined;
    if (inv.Throw) {
      const o: TaskOutcome = { error: inv.Throw.Error ?? 'Error', cause: inv.Throw.Cause ?? '' };
      return durationMs === undefined ? o : { ...o, durationMs };
    }
    const o: TaskOutcome = { output: inv.Return === undefined ? null : inv.Return };
    return durationMs === undefined ? o : { ...o, durationMs };
  };
}

export type MockHandler = (input: JsonValue, request: TaskRequest) => MaybePromise<JsonValue>;

function errorOutcome(e: unknown): TaskOutcome {
  if (e instanceof StatesError) return { error: e.error, cause: e.causeText };
  const err = e instanceof Error ? e : new Error(String(e));
  return { error: err.name, cause: JSON.stringify({ errorMessage: err.message, errorType: err.name }) };
}

function handlerOutcome(v: JsonValue, lambda: boolean): TaskOutcome {
  return { output: lambda ? lambdaInvokeResponse(v) : v };
}

const CALLBACK_SUFFIX = '.waitForTaskToken';

/**
 * Handlers by state name. For lambda:invoke the handler receives the `Payload` parameter and returns the
 * function's result; for lambda:invoke.waitForTaskToken it returns the callback's output (SendTaskSuccess), as is. `fallback` handles states without a handler (default: a clear States.Runtime failure).
 */
export function handlerInvoker(handlers: Record<string, MockHandler>, fallback?: TaskInvoker): TaskInvoker {
  return (req: TaskRequest): MaybePromise<TaskOutcome> => {
    const h = own(handlers, req.stateName);
    if (!h) {
      if (fallback) return fallback(req);
      return { error: ERRORS.Runtime, cause: `No mock handler for Task state '${req.stateName}'` };
    }
    const lambda = isLambdaInvoke(req.resource);
    const payload = lambda && req.input && typeof req.input === 'object' && !Array.isArray(req.input) ? (req.input.Payload ?? null) : req.input;
    // A callback task's result is what SendTaskSuccess sends back, not the Lambda response: the mock answers as the callback.
    const wrap = lambda && !req.resource.endsWith(CALLBACK_SUFFIX);
    try {
      const r = h(payload, req);
      return r instanceof Promise ? r.then((v) => handlerOutcome(v, wrap), errorOutcome) : handlerOutcome(r, wrap);
    } catch (e) {
      return errorOutcome(e);
    }
  };
}

/** Handlers that return fixed results by state name (the seed workflow's mock results). */
export function resultsInvoker(results: Record<string, unknown>): TaskInvoker {
  const handlers: Record<string, MockHandler> = dict();
  for (const [name, value] of Object.entries(results)) handlers[name] = () => value as JsonValue;
  return handlerInvoker(handlers);
}
