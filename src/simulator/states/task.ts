/**
 * Task (https://states-language.net/spec.html#task-state): the injected invoker runs the resource.
 * JSONPath: InputPath → Parameters → invoke → ResultSelector → ResultPath → OutputPath; JSONata: Arguments →
 * invoke → Output (default `$states.result`). Events: LambdaFunction* for bare function ARNs, Task* otherwise.
 * TimeoutSeconds/HeartbeatSeconds (or their Paths) are checked against the virtual duration a mock declares:
 * longer than TimeoutSeconds → States.Timeout, longer than HeartbeatSeconds → States.HeartbeatTimeout (a mock
 * never heartbeats). A result over the payload limit fails with States.DataLimitExceeded (recordings: catchable).
 */
import type { JsonValue, TaskState } from '../../asl/types.ts';
import { ERRORS, StatesError } from '../errors.ts';
import { exceedsPayload, lazyText, serviceResource, taskEventKind } from '../events.ts';
import type { MaybePromise, StateInspection, TaskOutcome, Thread, Vars } from '../execution.ts';
import { jsonata, runPipeline, type StateIO } from '../pipeline.ts';
import { readPath } from '../paths.ts';
import type { JsonataBindings } from '../jsonata.ts';
import type { CompiledState } from '../compile.ts';
import { TaskFailure } from '../taskFailure.ts';
import type { StepContext } from '../runtime.ts';
import type { StateHandler } from './result.ts';

const TRUNC = { truncated: false };

function numberField(v: unknown, path: string | undefined, input: JsonValue, context: JsonValue, vars: Vars): number | null {
  if (typeof v === 'number') return v;
  if (typeof path === 'string') {
    const n = readPath(path, { input, context, variables: vars });
    if (typeof n !== 'number' || n <= 0) throw new StatesError(ERRORS.Runtime, `The value of '${path}' must be a positive integer`);
    return n;
  }
  return null;
}

/**
 * A JSONata state's TimeoutSeconds or HeartbeatSeconds: a number as written, or a `{% … %}` expression evaluated on
 * the state's bindings, which must give a positive integer ("The JSONata expression value must be a positive
 * integer": the Step Functions Timeout API docs). AWS does not document the error name for a bad value; the other
 * JSONata evaluation failures are States.QueryEvaluationError, so this is too.
 */
async function jsonataSeconds(v: unknown, b: JsonataBindings, field: string): Promise<number | null> {
  if (v === undefined) return null;
  const n = typeof v === 'string' ? await jsonata(v, b, field) : (v as JsonValue);
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
    throw new StatesError(ERRORS.QueryEvaluationError, `The ${field} value ${JSON.stringify(n) ?? 'undefined'} is not a positive integer`);
  }
  return n;
}

interface Service {
  resourceType: string;
  resource: string;
}

interface Call {
  ctx: StepContext;
  lambda: boolean;
  svc: Service | null;
  timeout: number | null;
  heartbeat: number | null;
}

/** What a Task state's events name, worked out once per compiled state. */
interface Kind {
  lambda: boolean;
  svc: Service | null;
  /** `taskStartedEventDetails` (the same for every call: events are never mutated). */
  started: Readonly<Service> | null;
}

const kinds = new WeakMap<CompiledState, Kind>();

function kindOf(st: CompiledState): Kind {
  let k = kinds.get(st);
  if (!k) {
    const lambda = taskEventKind(st.resource) === 'lambda';
    const svc = lambda ? null : serviceResource(st.resource);
    k = { lambda, svc, started: svc ? Object.freeze({ resourceType: svc.resourceType, resource: svc.resource }) : null };
    kinds.set(st, k);
  }
  return k;
}

/** Invokes the task, records its events, advances the clock; resolves to the result or throws a StatesError. */
function invoke(
  ctx: StepContext,
  t: Thread,
  st: CompiledState,
  insp: StateInspection,
  params: JsonValue,
  context: JsonValue,
  timeout: number | null,
  heartbeat: number | null,
): JsonValue | Promise<JsonValue> {
  const kind = kindOf(st);
  const lambda = kind.lambda;
  const svc = kind.svc;
  const call: Call = { ctx, lambda, svc, timeout, heartbeat };
  const paramsText = lazyText(params);
  if (lambda || !svc) {
    const d: Record<string, unknown> = { input: paramsText, inputDetails: TRUNC, resource: st.resource };
    if (call.timeout !== null) d.timeoutInSeconds = call.timeout;
    ctx.emitWith('LambdaFunctionScheduled', 'lambdaFunctionScheduledEventDetails', d);
    ctx.emit('LambdaFunctionStarted');
  } else {
    const d: Record<string, unknown> = { resourceType: svc.resourceType, resource: svc.resource, region: 'us-east-1', parameters: paramsText };
    if (call.timeout !== null) d.timeoutInSeconds = call.timeout;
    if (call.heartbeat !== null) d.heartbeatInSeconds = call.heartbeat;
    ctx.emitWith('TaskScheduled', 'taskScheduledEventDetails', d);
    ctx.emitWith('TaskStarted', 'taskStartedEventDetails', kind.started);
  }
  let outcome: TaskOutcome | Promise<TaskOutcome>;
  const invocation = ctx.nextInvocation(st.name);
  insp.invocation = invocation;
  try {
    outcome = ctx.options.invoker({
      stateName: st.name,
      path: t.path ? `${t.path}/${st.name}` : st.name,
      resource: st.resource,
      input: params,
      context,
      invocation,
      retryCount: t.retryCount,
      timeoutSeconds: call.timeout,
      heartbeatSeconds: call.heartbeat,
    });
  } catch (e) {
    outcome = invokerError(e);
  }
  if (outcome instanceof Promise) {
    return outcome.then(
      (o) => settleCall(call, o),
      (e: unknown) => settleCall(call, invokerError(e)),
    );
  }
  return settleCall(call, outcome);
}

function failCall(c: Call, error: string, cause: string, timedOut = false): never {
  if (c.lambda) {
    c.ctx.emit(timedOut ? 'LambdaFunctionTimedOut' : 'LambdaFunctionFailed', {
      [timedOut ? 'lambdaFunctionTimedOutEventDetails' : 'lambdaFunctionFailedEventDetails']: { error, cause },
    });
  } else {
    c.ctx.emit(timedOut ? 'TaskTimedOut' : 'TaskFailed', {
      [timedOut ? 'taskTimedOutEventDetails' : 'taskFailedEventDetails']: { ...c.svc, error, cause },
    });
  }
  throw new TaskFailure(error, cause);
}

function settleCall(c: Call, o: TaskOutcome): JsonValue {
  const { ctx, timeout, heartbeat } = c;
  const duration = Math.max(0, o.durationMs ?? 0);
  if (timeout !== null && duration > timeout * 1000) {
    ctx.now += timeout * 1000;
    return failCall(c, ERRORS.Timeout, `The task did not finish within ${timeout} seconds`, true);
  }
  const quiet = Math.min(duration, Math.max(0, o.quietMs ?? duration));
  if (heartbeat !== null && quiet > heartbeat * 1000) {
    // The heartbeat timer ran from the last heartbeat (or the start).
    ctx.now += duration - quiet + heartbeat * 1000;
    return failCall(c, ERRORS.HeartbeatTimeout, `No heartbeat within ${heartbeat} seconds`, true);
  }
  ctx.now += duration;
  if ('error' in o) return failCall(c, o.error, o.cause ?? '');
  if (exceedsPayload(o.output, ctx.options.limits.maxPayloadBytes)) {
    return failCall(c, ERRORS.DataLimitExceeded, 'The state/task returned a result with a size exceeding the maximum number of bytes service limit.');
  }
  if (c.lambda || !c.svc) {
    ctx.emitWith('LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails', { output: lazyText(o.output), outputDetails: TRUNC });
  } else {
    ctx.emitWith('TaskSucceeded', 'taskSucceededEventDetails', {
      resourceType: c.svc.resourceType,
      resource: c.svc.resource,
      output: lazyText(o.output),
      outputDetails: TRUNC,
    });
  }
  return o.output;
}

function invokerError(e: unknown): TaskOutcome {
  if (e instanceof StatesError) return { error: e.error, cause: e.causeText };
  return { error: ERRORS.TaskFailed, cause: e instanceof Error ? e.message : String(e) };
}

/** The limits (JSONPath: read from the effective input), then the call; the result is the task's output. */
function task(args: JsonValue, io: StateIO): MaybePromise<StateIO> {
  const { ctx, t, st, insp, context } = io;
  const def = st.def as TaskState;
  if (st.lang === 'JSONata') {
    const b = io.bindings();
    return (async () => {
      const timeout = await jsonataSeconds(def.TimeoutSeconds, b, 'TimeoutSeconds');
      const heartbeat = await jsonataSeconds(def.HeartbeatSeconds, b, 'HeartbeatSeconds');
      return io.done(await invoke(ctx, t, st, insp, args, context, timeout, heartbeat), st.next);
    })();
  }
  const eff = io.effective;
  const timeout = numberField(def.TimeoutSeconds, def.TimeoutSecondsPath, eff, context, t.vars);
  const heartbeat = numberField(def.HeartbeatSeconds, def.HeartbeatSecondsPath, eff, context, t.vars);
  const result = invoke(ctx, t, st, insp, args, context, timeout, heartbeat);
  return result instanceof Promise ? result.then((r) => io.done(r, st.next)) : io.done(result, st.next);
}

export const runTask: StateHandler = (ctx, t, st, insp) => runPipeline(ctx, t, st, insp, task);
