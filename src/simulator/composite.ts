/**
 * Runs the children of a Parallel or Map state one state per step, in order (branch order; item order), and
 * joins each child's end into the parent's results. The docs run children concurrently; running them in order
 * gives the same outputs (results are always in branch/item order) and a reproducible history.
 * - A failing branch fails the Parallel state with the branch's own error (recordings), after
 *   ParallelStateFailed; the state's Retry/Catch then apply.
 * - A failing iteration fails the Map state with the iteration's error, unless ToleratedFailureCount/Percentage
 *   allow it; past the threshold the error is States.ExceedToleratedFailureThreshold. A tolerated failure puts
 *   the error output `{Error, Cause}` in the results (docs silent for inline Maps).
 */
import type { JsonValue } from '../asl/types.ts';
import { ERRORS, StatesError } from './errors.ts';
import type { Composite, MaybePromise, ResultList, Thread } from './execution.ts';
import { andThen } from './pipeline.ts';
import type { StepContext } from './runtime.ts';
import { iterationThread } from './states/map.ts';
import { finishComposite } from './states/finishComposite.ts';
import { branchThread } from './states/parallel.ts';
import type { StateResult } from './states/result.ts';
import { advance, handleError, newInspection, settle, stateError, stateOf, type Advance } from './thread.ts';

export function resultsToArray(list: ResultList | null, count: number): JsonValue[] {
  const out: JsonValue[] = [];
  for (let n = list; n && out.length < count; n = n.next) out.push(n.value);
  return out.reverse();
}

export function advanceComposite(ctx: StepContext, t: Thread): MaybePromise<Advance> {
  const c = t.composite as Composite;
  return andThen(advance(ctx, c.child), (a) => join(ctx, t, c, a));
}

/** The thread `t` with its composite replaced (explicit fields keep one object shape: no spread). */
function withComposite(t: Thread, composite: Composite | null): Thread {
  return {
    sub: t.sub,
    path: t.path,
    state: t.state,
    input: t.input,
    vars: t.vars,
    retries: t.retries,
    retryCount: t.retryCount,
    enteredAt: t.enteredAt,
    enteredEventId: t.enteredEventId,
    composite,
    mapItem: t.mapItem,
  };
}

function nextComposite(c: Composite, index: number, results: ResultList | null, failures: number, child: Thread): Composite {
  return {
    kind: c.kind,
    index,
    total: c.total,
    results,
    items: c.items,
    effectiveInput: c.effectiveInput,
    failures,
    toleratedCount: c.toleratedCount,
    toleratedPercentage: c.toleratedPercentage,
    child,
  };
}

function running(thread: Thread): Advance {
  return { kind: 'running', thread };
}

/** The Parallel/Map state fails with the child's error (ParallelStateFailed / MapStateFailed), then Retry/Catch. */
function failWith(ctx: StepContext, t: Thread, c: Composite, error: string, cause: string): MaybePromise<Advance> {
  const st = stateOf(t);
  const parent = withComposite(t, null);
  const finalEvent = c.kind === 'parallel' ? 'ParallelStateFailed' : 'MapStateFailed';
  return handleError(ctx, parent, st, newInspection(ctx, parent, st), new StatesError(error, cause), finalEvent);
}

function failWithError(ctx: StepContext, t: Thread, c: Composite, e: unknown): MaybePromise<Advance> {
  const err = stateError(e, t, stateOf(t));
  return failWith(ctx, t, c, err.error, err.causeText);
}

function join(ctx: StepContext, t: Thread, c: Composite, a: Advance): MaybePromise<Advance> {
  if (a.kind === 'running') return running(withComposite(t, nextComposite(c, c.index, c.results, c.failures, a.thread)));
  const st = stateOf(t);
  let value: JsonValue;
  let failures = c.failures;
  if (c.kind === 'parallel') {
    if (a.kind === 'failed') return failWith(ctx, t, c, a.error, a.cause);
    value = a.output;
  } else {
    const details = { index: c.index, name: st.name };
    if (a.kind === 'failed') {
      ctx.emitWith('MapIterationFailed', 'mapIterationFailedEventDetails', details);
      failures++;
      if (c.toleratedCount === null && c.toleratedPercentage === null) return failWith(ctx, t, c, a.error, a.cause);
      const overCount = c.toleratedCount !== null && failures > c.toleratedCount;
      const overPct = c.toleratedPercentage !== null && (failures / c.total) * 100 > c.toleratedPercentage;
      const bothSet = c.toleratedCount !== null && c.toleratedPercentage !== null;
      if (bothSet ? overCount && overPct : overCount || overPct) {
        return failWith(ctx, t, c, ERRORS.ExceedToleratedFailureThreshold, 'The specified tolerated failure threshold was exceeded');
      }
      value = { Error: a.error, Cause: a.cause };
    } else {
      ctx.emitWith('MapIterationSucceeded', 'mapIterationSucceededEventDetails', details);
      value = a.output;
    }
  }
  const results: ResultList = { value, next: c.results };
  const index = c.index + 1;
  if (index < c.total) {
    const next: MaybePromise<Thread> =
      c.kind === 'parallel' ? branchThread(ctx, t, st, index, c.effectiveInput) : iterationThread(ctx, t, st, c, index);
    if (next instanceof Promise) {
      return next.then(
        (child) => running(withComposite(t, nextComposite(c, index, results, failures, child))),
        (e: unknown) => failWithError(ctx, t, c, e),
      );
    }
    return running(withComposite(t, nextComposite(c, index, results, failures, next)));
  }
  return finish(ctx, withComposite(t, null), c.kind, resultsToArray(results, index));
}

/** Completes a Parallel/Map state whose children all ended (also used when there are none). */
export function finish(ctx: StepContext, t: Thread, kind: Composite['kind'], results: JsonValue[]): MaybePromise<Advance> {
  const st = stateOf(t);
  const insp = newInspection(ctx, t, st);
  ctx.emit(kind === 'parallel' ? 'ParallelStateSucceeded' : 'MapStateSucceeded');
  let r: MaybePromise<StateResult>;
  try {
    r = finishComposite(ctx, t, st, insp, results);
  } catch (e) {
    r = { kind: 'error', error: stateError(e, t, st) };
  }
  if (r instanceof Promise) {
    return r.then(
      (x) => settle(ctx, t, st, insp, x),
      (e: unknown) => settle(ctx, t, st, insp, { kind: 'error', error: stateError(e, t, st) }),
    );
  }
  return settle(ctx, t, st, insp, r);
}
