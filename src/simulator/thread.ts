/**
 * Advances one thread (the machine, a Parallel branch or a Map iteration) by one state: emits the entered event,
 * runs the state's handler (exhaustive switch over the state types), then applies the outcome — exit event and
 * transition, Retry/Catch, or the end of the thread. A thread inside a Parallel/Map is advanced through its
 * parent, which joins the child's end into its results (composite.ts; step.ts chooses between the two).
 */
import type { JsonValue } from '../asl/types.ts';
import { exhaustive } from '../asl/types.ts';
import type { CompiledState } from './compile.ts';
import { ERRORS, StatesError, toStatesError } from './errors.ts';
import { TaskFailure } from './taskFailure.ts';
import { enter } from './enter.ts';
import { makeThread } from './children.ts';
import { exceedsPayload, exitedDetails } from './events.ts';
import type { MaybePromise, StateInspection, Thread, Vars } from './execution.ts';
import { caughtOutput, merge } from './pipeline.ts';
import { decideRetry, findCatcher, nextAttempts } from './retryCatch.ts';
import type { StepContext } from './runtime.ts';
import { keepShape } from './shapes.ts';
import { runChoice } from './states/choice.ts';
import { runFail } from './states/fail.ts';
import { runMap } from './states/map.ts';
import { runParallel } from './states/parallel.ts';
import { runPass } from './states/pass.ts';
import type { StateHandler, StateResult } from './states/result.ts';
import { runSucceed } from './states/succeed.ts';
import { runTask } from './states/task.ts';
import { runWait } from './states/wait.ts';

export type Advance =
  | { kind: 'running'; thread: Thread }
  | { kind: 'succeeded'; output: JsonValue }
  | { kind: 'failed'; error: string; cause: string };

function handlerFor(type: CompiledState['type']): StateHandler {
  switch (type) {
    case 'Task':
      return runTask;
    case 'Choice':
      return runChoice;
    case 'Pass':
      return runPass;
    case 'Wait':
      return runWait;
    case 'Succeed':
      return runSucceed;
    case 'Fail':
      return runFail;
    case 'Parallel':
      return runParallel;
    case 'Map':
      return runMap;
    default:
      return exhaustive(type, 'state type');
  }
}

export function stateOf(t: Thread): CompiledState {
  const st = t.sub.states.get(t.state);
  if (!st) throw new StatesError(ERRORS.Runtime, `No state named '${t.state}'`);
  return st;
}

export function statePath(t: Thread, name: string): string {
  return t.path ? `${t.path}/${name}` : name;
}

/**
 * A time field's first value (never used). V8 keeps a field that has only ever held non-integer numbers (times are
 * ms since 1970) as a number box of its own per object, made at every store; once it held something else, a store
 * keeps the clock's number as it is, shared (runtime.ts StepContext.now does the same).
 */
const NO_TIME = null as unknown as number;

/**
 * An inspection record (a class, not a literal: see EventRecord in runtime.ts). Every field is set here, the ones
 * the attempt does not reach to undefined (as absent to their readers, which test `!== undefined`): one shape for
 * every record, whichever stages its state has, kept alive by a placeholder (shapes.ts), instead of one shape per
 * order in which the pipeline, a Choice or a Task added fields (each shape freed, and the code reading it thrown
 * away, when a run's records are collected).
 */
class Inspection implements StateInspection {
  declare path: string;
  declare stateName: string;
  declare type: string;
  declare enteredAt: number;
  declare exitedAt: number;
  declare retryCount: number;
  declare input: JsonValue;
  declare afterInputPath: JsonValue | undefined;
  declare afterParameters: JsonValue | undefined;
  declare afterArguments: JsonValue | undefined;
  declare result: JsonValue | undefined;
  declare afterResultSelector: JsonValue | undefined;
  declare afterResultPath: JsonValue | undefined;
  declare output: JsonValue | undefined;
  declare variables: Vars | undefined;
  declare error: string | undefined;
  declare cause: string | undefined;
  declare choiceRule: number | undefined;
  declare retrier: number | undefined;
  declare catcher: number | undefined;
  declare invocation: number | undefined;
  constructor(path: string, stateName: string, type: string, enteredAt: number, retryCount: number, input: JsonValue) {
    this.path = path;
    this.stateName = stateName;
    this.type = type;
    this.enteredAt = NO_TIME;
    this.exitedAt = NO_TIME;
    this.enteredAt = enteredAt;
    this.exitedAt = enteredAt;
    this.retryCount = retryCount;
    this.input = input;
    this.afterInputPath = undefined;
    this.afterParameters = undefined;
    this.afterArguments = undefined;
    this.result = undefined;
    this.afterResultSelector = undefined;
    this.afterResultPath = undefined;
    this.output = undefined;
    this.variables = undefined;
    this.error = undefined;
    this.cause = undefined;
    this.choiceRule = undefined;
    this.retrier = undefined;
    this.catcher = undefined;
    this.invocation = undefined;
  }
}

keepShape(new Inspection('', '', '', 0, 0, null));

/**
 * The record of one attempt of `st`. Its path is the thread's path and the state's compiled `/Name`: V8 then keeps
 * the thread's path string (which the thread's events hold too) inside the path, not a copy of it (the map bench).
 */
export function newInspection(ctx: StepContext, t: Thread, st: CompiledState): StateInspection {
  return new Inspection(t.path ? t.path + st.pathSuffix : st.name, st.name, st.type, ctx.now, t.retryCount, t.input);
}

/** Advance a thread that runs no Parallel/Map child by one state (step.ts dispatches the others to composite.ts). */
export function advanceState(ctx: StepContext, t: Thread): MaybePromise<Advance> {
  const st = stateOf(t);
  ctx.prev = t.lastEventId;
  // A Parallel branch's first state was entered when the Parallel state started (enter.ts).
  if (t.retries === null && t.enteredEventId === 0) t = enter(ctx, t, st);
  ctx.transitions++;
  const insp = newInspection(ctx, t, st);
  let r: MaybePromise<StateResult>;
  try {
    r = handlerFor(st.type)(ctx, t, st, insp);
  } catch (e) {
    r = { kind: 'error', error: stateError(e, t, st) };
  }
  return r instanceof Promise ? settleLater(ctx, t, st, insp, r) : settle(ctx, t, st, insp, r);
}

/** `settle` once the handler's promise settles (its own function: no closure context on the synchronous path). */
export function settleLater(ctx: StepContext, t: Thread, st: CompiledState, insp: StateInspection, r: Promise<StateResult>): Promise<Advance> {
  return r.then(
    (x) => settle(ctx, t, st, insp, x),
    (e: unknown) => settle(ctx, t, st, insp, { kind: 'error', error: stateError(e, t, st) }),
  ) as Promise<Advance>;
}

/**
 * An error the interpreter raised while evaluating a state. AWS prefixes the cause of States.Runtime and
 * States.QueryEvaluationError with the state and its entered event (recordings, e.g. paths and map cases).
 */
export function stateError(e: unknown, t: Thread, st: CompiledState): StatesError {
  const err = toStatesError(e);
  if (err instanceof TaskFailure) return err;
  if (err.error !== ERRORS.Runtime && err.error !== ERRORS.QueryEvaluationError) return err;
  if (err.causeText.startsWith('An error occurred while executing the state')) return err;
  return new StatesError(err.error, `An error occurred while executing the state '${st.name}' (entered at the event id #${t.enteredEventId}). ${err.causeText}`);
}

/** Apply a handler's outcome to the thread. */
export function settle(ctx: StepContext, t: Thread, st: CompiledState, insp: StateInspection, r: StateResult): MaybePromise<Advance> {
  switch (r.kind) {
    case 'composite':
      return { kind: 'running', thread: { ...t, lastEventId: ctx.prev, composite: r.composite } };
    case 'fail':
      ctx.inspect(insp);
      return { kind: 'failed', error: r.error, cause: r.cause };
    case 'error':
      return handleError(ctx, t, st, insp, r.error);
    case 'ok':
      return exit(ctx, t, st, insp, r.output, r.next, r.assigned);
    default:
      return exhaustive(r, 'state result');
  }
}

function exit(
  ctx: StepContext,
  t: Thread,
  st: CompiledState,
  insp: StateInspection,
  output: JsonValue,
  next: string | null,
  assigned: Vars | null,
  record = true,
): MaybePromise<Advance> {
  if (exceedsPayload(output, ctx.options.limits.maxPayloadBytes)) {
    return handleError(ctx, t, st, insp, new StatesError(ERRORS.DataLimitExceeded, `The state/task '${st.name}' returned a result with a size exceeding the maximum number of bytes service limit.`));
  }
  ctx.emitWith(st.exitedEvent, 'stateExitedEventDetails', exitedDetails(st.name, ctx.payload(output), assigned));
  const vars = merge(t.vars, assigned);
  insp.output = output;
  if (ctx.options.inspect) insp.variables = vars;
  if (record) ctx.inspect(insp);
  if (next === null) return { kind: 'succeeded', output };
  if (!t.sub.states.has(next)) {
    return { kind: 'failed', error: ERRORS.Runtime, cause: `State '${st.name}' names a Next state '${next}' that does not exist` };
  }
  return {
    kind: 'running',
    thread: makeThread(t, next, output, vars, null, 0, ctx.now, 0, ctx.prev, null),
  };
}

/**
 * Retry, then Catch, then fail the thread. States.Runtime is never retried or caught. `finalEvent` is recorded
 * when the error is not retried (ParallelStateFailed, MapStateFailed).
 */
export function handleError(
  ctx: StepContext,
  t: Thread,
  st: CompiledState,
  insp: StateInspection,
  err: StatesError,
  finalEvent?: string,
): MaybePromise<Advance> {
  insp.error = err.error;
  insp.cause = err.causeText;
  ctx.inspect(insp);
  if (st.retriers.length > 0) {
    const d = decideRetry(st.retriers, t.retries, err.error, ctx.options.random);
    if (d.retry) {
      insp.retrier = d.index;
      ctx.now += d.delayMs;
      return {
        kind: 'running',
        thread: { ...t, retries: nextAttempts(t.retries, st.retriers.length, d.index), retryCount: t.retryCount + 1, lastEventId: ctx.prev, composite: null },
      };
    }
  }
  // Recorded histories: ParallelStateFailed / MapStateFailed only when the state is not retried.
  if (finalEvent) ctx.emit(finalEvent);
  const catcher = findCatcher(st.catchers, err.error);
  if (!catcher) return { kind: 'failed', error: err.error, cause: err.causeText };
  insp.catcher = st.catchers.indexOf(catcher);
  const errorOutput: JsonValue = { Error: err.error, Cause: err.causeText };
  const go = (x: { output: JsonValue; assigned: Vars | null }): MaybePromise<Advance> =>
    exit(ctx, { ...t, retries: null }, st, insp, x.output, catcher.Next, x.assigned, false);
  try {
    const r = caughtOutput(ctx, t, st, catcher, errorOutput);
    return r instanceof Promise ? r.then(go, (e: unknown) => fail(toStatesError(e))) : go(r);
  } catch (e) {
    return fail(toStatesError(e));
  }
}

function fail(e: StatesError): Advance {
  return { kind: 'failed', error: e.error, cause: e.causeText };
}
