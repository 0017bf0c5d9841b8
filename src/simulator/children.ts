/**
 * The children of a Parallel/Map on the virtual clock (see composite.ts): building a Composite picks the child
 * that runs next — the one with the smallest clock, ties to the lowest index (children are kept in index order).
 * With children that take no virtual time this runs child 0 to its end before child 1 starts, as AWS's recorded
 * histories of such machines show.
 */
import type { JsonValue } from '../asl/types.ts';
import type { Child, Composite, ResultList, Thread } from './execution.ts';

/** Inline Map: "supports up to 40 concurrent iterations" (developer guide, Inline mode). */
export const INLINE_MAP_CONCURRENCY = 40;
/** Distributed Map: up to 10,000 parallel child workflow executions (developer guide, Distributed mode). */
export const DISTRIBUTED_MAP_CONCURRENCY = 10_000;

/** The fields a Composite keeps across steps. */
export interface CompositeBase {
  readonly kind: Composite['kind'];
  readonly total: number;
  readonly items: JsonValue[] | null;
  readonly effectiveInput: JsonValue;
  readonly toleratedCount: number | null;
  readonly toleratedPercentage: number | null;
  readonly maxConcurrency: number;
}

/** The smallest clock of `children` (Infinity when there are none). */
export function earliest(children: readonly Child[]): number {
  let at = Infinity;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as Child;
    if (c.at < at) at = c.at;
  }
  return at;
}

/** A Composite with its next child picked (`children` must not be empty). Explicit fields: one object shape. */
export function composite(
  b: CompositeBase,
  results: ResultList | null,
  failures: number,
  nextIndex: number,
  children: readonly Child[],
): Composite {
  let pick = 0;
  let at = Infinity;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as Child;
    if (c.at < at) {
      at = c.at;
      pick = i;
    }
  }
  const next = children[pick] as Child;
  return {
    kind: b.kind,
    index: next.index,
    total: b.total,
    results,
    items: b.items,
    effectiveInput: b.effectiveInput,
    failures,
    toleratedCount: b.toleratedCount,
    toleratedPercentage: b.toleratedPercentage,
    maxConcurrency: b.maxConcurrency,
    nextIndex,
    children,
    pick,
    child: next.thread,
    at,
  };
}

/** A child that has not run yet (or is ready again at `at`). */
export function child(index: number, thread: Thread, at: number): Child {
  return { index, thread, at, pending: null };
}

/** The clock of a child whose step left `thread` running at `now`: a nested composite's next step, else now. */
export function clockOf(thread: Thread, now: number): number {
  return thread.composite ? thread.composite.at : now;
}

/** The results in index order (each index 0..count-1 occurs once). */
export function resultsToArray(list: ResultList | null, count: number): JsonValue[] {
  const out: JsonValue[] = [];
  for (let i = 0; i < count; i++) out.push(null);
  for (let n = list; n; n = n.next) out[n.index] = n.value;
  return out;
}
