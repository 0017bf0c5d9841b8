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
import { finishMap, iterationThread } from './states/map.ts';
import { branchThread, finishParallel } from './states/parallel.ts';
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

function join(ctx: StepContext, t: Thread, c: Composite, a: Advance): MaybePromise<Advance> {
  if (a.kind === 'running') return { kind: 'running', thread: { ...t, composite: { ...c, child: a.thread } } };
  const st = stateOf(t);
  const parent: Thread = { ...t, composite: null };
  const failWith = (error: string, cause: string): MaybePromise<Advance> => {
    const finalEvent = c.kind === 'parallel' ? 'ParallelStateFailed' : 'MapStateFailed';
    return handleError(ctx, parent, st, newInspection(ctx, parent, st), new StatesError(error, cause), finalEvent);
  };
  let value: JsonValue;
  let failures = c.failures;
  if (c.kind === 'parallel') {
    if (a.kind === 'failed') return failWith(a.error, a.cause);
    value = a.output;
  } else {
    const details = { index: c.index, name: st.name };
    if (a.kind === 'failed') {
      ctx.emit('MapIterationFailed', { mapIterationFailedEventDetails: details });
      failures++;
      if (c.toleratedCount === null && c.toleratedPercentage === null) return failWith(a.error, a.cause);
      const overCount = c.toleratedCount !== null && failures > c.toleratedCount;
      const overPct = c.toleratedPercentage !== null && (failures / c.total) * 100 > c.toleratedPercentage;
      const bothSet = c.toleratedCount !== null && c.toleratedPercentage !== null;
      if (bothSet ? overCount && overPct : overCount || overPct) {
        return failWith(ERRORS.ExceedToleratedFailureThreshold, 'The specified tolerated failure threshold was exceeded');
      }
      value = { Error: a.error, Cause: a.cause };
    } else {
      ctx.emit('MapIterationSucceeded', { mapIterationSucceededEventDetails: details });
      value = a.output;
    }
  }
  const results: ResultList = { value, next: c.results };
  const index = c.index + 1;
  if (index < c.total) {
    const next: MaybePromise<Thread> =
      c.kind === 'parallel' ? branchThread(ctx, t, st, index, c.effectiveInput) : iterationThread(ctx, t, st, c, index);
    const wrap = (child: Thread): Advance => ({
      kind: 'running',
      thread: { ...t, composite: { ...c, index, results, failures, child } },
    });
    try {
      return next instanceof Promise ? next.then(wrap, (e: unknown) => failWith(...errorPair(e, parent))) : wrap(next);
    } catch (e) {
      return failWith(...errorPair(e, parent));
    }
  }
  return finish(ctx, parent, c.kind, resultsToArray(results, index));
}

function errorPair(e: unknown, t: Thread): [string, string] {
  const err = stateError(e, t, stateOf(t));
  return [err.error, err.causeText];
}

/** Completes a Parallel/Map state whose children all ended (also used when there are none). */
export function finish(ctx: StepContext, t: Thread, kind: Composite['kind'], results: JsonValue[]): MaybePromise<Advance> {
  const st = stateOf(t);
  const insp = newInspection(ctx, t, st);
  ctx.emit(kind === 'parallel' ? 'ParallelStateSucceeded' : 'MapStateSucceeded');
  let r: MaybePromise<StateResult>;
  try {
    r = kind === 'parallel' ? finishParallel(ctx, t, st, insp, results) : finishMap(ctx, t, st, insp, results);
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
