/**
 * Runs the children of a Parallel or Map state concurrently on the virtual clock, one child step per step, and
 * joins each child's end into the parent's results (always in branch/item order).
 * - Each child has its own clock (when it is ready for its next step). The child with the smallest clock runs
 *   next; ties go to the lowest index (children.ts). A Parallel starts every branch at its start time; a Map runs
 *   at most MaxConcurrency iterations at once (0/absent: 40 inline, 10,000 distributed), starting the next one
 *   when a slot is free, at that time. Children that take no virtual time therefore run one after another in
 *   order, exactly as AWS's recorded histories show them.
 * - A child step in which virtual time passes (a Wait, a Task whose mock takes time, a timed-out Task) is split:
 *   the events after the time passed are deferred (StepContext.deferFrom) and recorded when the scheduler
 *   reaches their time, with the step's outcome — so the shared history's timestamps never go back.
 * - A failing branch fails the Parallel state at once with the branch's own error (recordings), after
 *   ParallelStateFailed; the other branches stop. A failing iteration fails the Map state with the iteration's
 *   error, unless ToleratedFailureCount/Percentage allow it (past the threshold: States.ExceedToleratedFailure-
 *   Threshold); the iterations still running are recorded as MapIterationAborted. The state's Retry/Catch then
 *   apply. A tolerated failure puts the error output `{Error, Cause}` in the results (docs silent for inline Maps).
 */
import type { JsonValue } from '../asl/types.ts';
import { child, childList, clockOf, composite, earliest, insert, makeThread, pop, resultsToArray } from './children.ts';
import { ERRORS, StatesError } from './errors.ts';
import type { HistoryEvent } from './events.ts';
import type { Child, ChildHeap, Composite, MaybePromise, ResultList, Thread } from './execution.ts';
import type { StepContext } from './runtime.ts';
import { iterationThread } from './states/map.ts';
import { finishComposite } from './states/finishComposite.ts';
import { branchThread } from './states/parallel.ts';
import type { StateResult } from './states/result.ts';
import { handleError, newInspection, settle, settleLater, stateError, stateOf, type Advance } from './thread.ts';

export { resultsToArray };

/** One step of the running child of `t`; `step` advances that child (passed in: see step.ts). */
export function advanceComposite(ctx: StepContext, t: Thread, step: (ctx: StepContext, t: Thread) => MaybePromise<Advance>): MaybePromise<Advance> {
  const c = t.composite as Composite;
  const ch = c.children.top;
  const start = ch.at;
  ctx.now = start;
  if (ch.pending) {
    const p = ch.pending;
    ctx.prev = p.prev;
    for (const ev of p.events) ctx.replay(ev);
    ctx.now = p.end;
    const a = p.advance;
    // The child's thread goes on from its last recorded event (a composite thread keeps its own).
    const chained: Advance = a.kind === 'running' && !a.thread.composite ? { kind: 'running', thread: { ...a.thread, lastEventId: ctx.prev } } : a;
    return afterStep(ctx, t, c, ch, chained, start);
  }
  // Defer the events this child step records after time passed (see StepContext.deferFrom); nested
  // composites do the same for their own children, so the enclosing scope is restored after the step.
  const outerFrom = ctx.deferFrom;
  const outer = ctx.deferred;
  ctx.deferFrom = start;
  ctx.deferred = null;
  let a: MaybePromise<Advance>;
  try {
    a = step(ctx, ch.thread);
  } catch (e) {
    ctx.deferFrom = outerFrom;
    ctx.deferred = outer;
    throw e;
  }
  if (a instanceof Promise) return steppedLater(ctx, t, c, ch, a, start, outerFrom, outer);
  const deferred = ctx.deferred;
  ctx.deferFrom = outerFrom;
  ctx.deferred = outer;
  return stepped(ctx, t, c, ch, a, start, deferred);
}

/**
 * `stepped` once the child's step settles, the enclosing deferral scope restored. Its own function: closures in
 * advanceComposite would make V8 allocate their context at every child step, synchronous or not.
 */
function steppedLater(
  ctx: StepContext,
  t: Thread,
  c: Composite,
  ch: Child,
  a: Promise<Advance>,
  start: number,
  outerFrom: number,
  outer: HistoryEvent[] | null,
): Promise<Advance> {
  return a.then(
    (x) => {
      const deferred = ctx.deferred;
      ctx.deferFrom = outerFrom;
      ctx.deferred = outer;
      return stepped(ctx, t, c, ch, x, start, deferred);
    },
    (e: unknown) => {
      ctx.deferFrom = outerFrom;
      ctx.deferred = outer;
      throw e;
    },
  );
}

/** After a child's step: defer what happened after time passed, or apply its outcome now. */
function stepped(ctx: StepContext, t: Thread, c: Composite, ch: Child, a: Advance, start: number, deferred: HistoryEvent[] | null): MaybePromise<Advance> {
  if (deferred === null) return afterStep(ctx, t, c, ch, a, start);
  const pending = { events: deferred, advance: a, end: ctx.now, prev: ctx.prev };
  ctx.now = start;
  const at = Date.parse((deferred[0] as HistoryEvent).timestamp);
  return reschedule(ctx, t, c, c.results, c.failures, c.nextIndex, replaced(c, { index: ch.index, thread: ch.thread, at, pending }), t.lastEventId);
}

/** The children with the one on top (the one that ran) replaced by `next`. */
function replaced(c: Composite, next: Child): ChildHeap {
  return insert(pop(c.children), next);
}

/**
 * Applies a child's step outcome at `ctx.now` (the child's clock at the end of the step). `ctx.prev` is the child's
 * last event: recordings show MapIterationSucceeded/Failed, the next iteration's MapIterationStarted and
 * ParallelStateFailed/MapStateFailed all pointing at it; the parent goes on from the last MapIterationSucceeded
 * (Map) or the last branch event (Parallel).
 */
function afterStep(ctx: StepContext, t: Thread, c: Composite, ch: Child, a: Advance, start: number): MaybePromise<Advance> {
  if (a.kind === 'running') {
    const at = clockOf(a.thread, ctx.now);
    ctx.now = start;
    return reschedule(ctx, t, c, c.results, c.failures, c.nextIndex, replaced(c, child(ch.index, a.thread, at)), t.lastEventId);
  }
  const rest = pop(c.children);
  const st = stateOf(t);
  let value: JsonValue;
  let failures = c.failures;
  let last = ctx.prev;
  if (c.kind === 'parallel') {
    if (a.kind === 'failed') return failWith(ctx, t, c, a.error, a.cause);
    value = a.output;
  } else {
    const details = { index: ch.index, name: st.name };
    if (a.kind === 'failed') {
      last = ctx.emitAside('MapIterationFailed', 'mapIterationFailedEventDetails', details);
      failures++;
      if (c.toleratedCount === null && c.toleratedPercentage === null) return abortMap(ctx, t, c, rest, a.error, a.cause);
      const overCount = c.toleratedCount !== null && failures > c.toleratedCount;
      const overPct = c.toleratedPercentage !== null && (failures / c.total) * 100 > c.toleratedPercentage;
      const bothSet = c.toleratedCount !== null && c.toleratedPercentage !== null;
      if (bothSet ? overCount && overPct : overCount || overPct) {
        return abortMap(ctx, t, c, rest, ERRORS.ExceedToleratedFailureThreshold, 'The specified tolerated failure threshold was exceeded');
      }
      value = { Error: a.error, Cause: a.cause };
    } else {
      last = ctx.emitAside('MapIterationSucceeded', 'mapIterationSucceededEventDetails', details);
      value = a.output;
    }
  }
  const results: ResultList = { index: ch.index, value, next: c.results };
  if (rest === null && c.nextIndex >= c.total) {
    ctx.prev = last;
    return finish(ctx, withComposite(t, null, last), c.kind, resultsToArray(results, c.total));
  }
  return reschedule(ctx, t, c, results, failures, c.nextIndex, rest, last);
}

/**
 * Starts the next child when a concurrency slot is free and no running child is ready at or before now (a tie goes
 * to the lower index, which a running child has), then picks the child that runs next.
 */
function reschedule(
  ctx: StepContext,
  t: Thread,
  c: Composite,
  results: ResultList | null,
  failures: number,
  nextIndex: number,
  children: ChildHeap | null,
  last: number,
): MaybePromise<Advance> {
  if (nextIndex < c.total && (children ? children.size : 0) < c.maxConcurrency && earliest(children) > ctx.now) {
    const st = stateOf(t);
    const next: MaybePromise<Thread> =
      c.kind === 'parallel' ? branchThread(ctx, t, st, nextIndex, c.effectiveInput) : iterationThread(ctx, t, st, c, nextIndex);
    if (next instanceof Promise) return startedLater(ctx, t, c, results, failures, nextIndex, children, last, next);
    return reschedule(ctx, t, c, results, failures, nextIndex + 1, insert(children, child(nextIndex, next, ctx.now)), last);
  }
  return { kind: 'running', thread: withComposite(t, composite(c, results, failures, nextIndex, children as ChildHeap), last) };
}

/** `reschedule` once child `nextIndex`'s thread (a JSONata ItemSelector's) is ready (no closure context in reschedule). */
function startedLater(
  ctx: StepContext,
  t: Thread,
  c: Composite,
  results: ResultList | null,
  failures: number,
  nextIndex: number,
  children: ChildHeap | null,
  last: number,
  next: Promise<Thread>,
): Promise<Advance> {
  const at = ctx.now;
  return next.then(
    (thread) => reschedule(ctx, t, c, results, failures, nextIndex + 1, insert(children, child(nextIndex, thread, at)), last),
    (e: unknown) => failWithError(ctx, t, c, e),
  );
}

/** The thread `t` with its composite and last event replaced (explicit fields keep one object shape: no spread). */
function withComposite(t: Thread, c: Composite | null, lastEventId: number): Thread {
  return makeThread(t, t.state, t.input, t.vars, t.retries, t.retryCount, t.enteredAt, t.enteredEventId, lastEventId, c);
}

/** The Map state fails: the iterations still running are aborted (MapIterationAborted, in index order). */
function abortMap(ctx: StepContext, t: Thread, c: Composite, rest: ChildHeap | null, error: string, cause: string): MaybePromise<Advance> {
  const name = stateOf(t).name;
  const failed = ctx.prev;
  for (const r of childList(rest)) {
    ctx.prev = r.thread.lastEventId;
    ctx.emitAside('MapIterationAborted', 'mapIterationAbortedEventDetails', { index: r.index, name });
  }
  ctx.prev = failed;
  return failWith(ctx, t, c, error, cause);
}

/**
 * The Parallel/Map state fails with the child's error (ParallelStateFailed / MapStateFailed, after the failed child's
 * last event, `ctx.prev`), then Retry/Catch.
 */
function failWith(ctx: StepContext, t: Thread, c: Composite, error: string, cause: string): MaybePromise<Advance> {
  const st = stateOf(t);
  const parent = withComposite(t, null, ctx.prev);
  const finalEvent = c.kind === 'parallel' ? 'ParallelStateFailed' : 'MapStateFailed';
  return handleError(ctx, parent, st, newInspection(ctx, parent, st), new StatesError(error, cause), finalEvent);
}

function failWithError(ctx: StepContext, t: Thread, c: Composite, e: unknown): MaybePromise<Advance> {
  const err = stateError(e, t, stateOf(t));
  return failWith(ctx, t, c, err.error, err.causeText);
}

/** Completes a Parallel/Map state whose children all ended (also used when there are none). */
export function finish(ctx: StepContext, t: Thread, kind: Composite['kind'], results: JsonValue[]): MaybePromise<Advance> {
  const st = stateOf(t);
  const insp = newInspection(ctx, t, st);
  // Recordings: the exited event points where ParallelStateSucceeded/MapStateSucceeded does.
  ctx.emitAside(kind === 'parallel' ? 'ParallelStateSucceeded' : 'MapStateSucceeded');
  let r: MaybePromise<StateResult>;
  try {
    r = finishComposite(ctx, t, st, insp, results);
  } catch (e) {
    r = { kind: 'error', error: stateError(e, t, st) };
  }
  return r instanceof Promise ? settleLater(ctx, t, st, insp, r) : settle(ctx, t, st, insp, r);
}
