/**
 * The children of a Parallel/Map on the virtual clock (see composite.ts), in a heap whose top is the child that
 * runs next — the one with the smallest clock, ties to the lowest index.
 * With children that take no virtual time this runs child 0 to its end before child 1 starts, as AWS's recorded
 * histories of such machines show.
 */
import type { JsonValue } from '../asl/types.ts';
import type { CompiledSub } from './compile.ts';
import type { Child, ChildHeap, Composite, ResultList, Thread, Vars } from './execution.ts';

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

/** Whether `a` runs before `b`: the smaller clock, ties to the lower index. */
function before(a: Child, b: Child): boolean {
  return a.at < b.at || (a.at === b.at && a.index < b.index);
}

function node(top: Child, a: ChildHeap | null, b: ChildHeap | null): ChildHeap {
  const ra = a ? a.rank : 0;
  const rb = b ? b.rank : 0;
  const size = 1 + (a ? a.size : 0) + (b ? b.size : 0);
  // Leftist: the right spine is the shorter one.
  return ra >= rb ? { top, left: a, right: b, rank: rb + 1, size } : { top, left: b, right: a, rank: ra + 1, size };
}

export function merge(a: ChildHeap | null, b: ChildHeap | null): ChildHeap | null {
  if (a === null) return b;
  if (b === null) return a;
  if (before(b.top, a.top)) return node(b.top, b.left, merge(b.right, a));
  return node(a.top, a.left, merge(a.right, b));
}

export function insert(h: ChildHeap | null, c: Child): ChildHeap {
  return merge(h, node(c, null, null)) as ChildHeap;
}

/** The heap without its top. */
export function pop(h: ChildHeap): ChildHeap | null {
  return merge(h.left, h.right);
}

/** The smallest clock (Infinity when there are no children). */
export function earliest(h: ChildHeap | null): number {
  return h ? h.top.at : Infinity;
}

/** The children in index order. */
export function childList(h: ChildHeap | null): Child[] {
  const out: Child[] = [];
  const visit = (n: ChildHeap | null): void => {
    if (!n) return;
    out.push(n.top);
    visit(n.left);
    visit(n.right);
  };
  visit(h);
  return out.sort((x, y) => x.index - y.index);
}

/** A Composite with the child on top of `children` next. Explicit fields: one object shape. */
export function composite(b: CompositeBase, results: ResultList | null, failures: number, nextIndex: number, children: ChildHeap): Composite {
  const next = children.top;
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
    child: next.thread,
    at: next.at,
  };
}

/**
 * The one thread constructor: a thread at the start of `sub` (the machine, a Parallel branch or a Map
 * iteration), entered at `enteredAt`. Explicit fields in one order: every thread has one object shape.
 */
export function startThread(
  sub: CompiledSub,
  path: string,
  input: JsonValue,
  vars: Vars,
  enteredAt: number,
  mapItem: Thread['mapItem'] = null,
  lastEventId = 0,
): Thread {
  return { sub, path, state: sub.startAt, input, vars, retries: null, retryCount: 0, enteredAt, enteredEventId: 0, lastEventId, composite: null, mapItem };
}

/**
 * `t` moved on: a thread with the same sub-machine, path and Map item, the rest given (explicit fields in
 * startThread's order keep one object shape: no spread). Every thread after the first is made here.
 */
export function makeThread(
  t: Thread,
  state: string,
  input: JsonValue,
  vars: Vars,
  retries: readonly number[] | null,
  retryCount: number,
  enteredAt: number,
  enteredEventId: number,
  lastEventId: number,
  composite: Thread['composite'],
): Thread {
  return { sub: t.sub, path: t.path, state, input, vars, retries, retryCount, enteredAt, enteredEventId, lastEventId, composite, mapItem: t.mapItem };
}

/**
 * The thread of child `index` (branch or iteration) of the Parallel/Map state `stateName` that `parent` runs: it
 * starts `sub` on `input` at `now`, sees the parent's variables, and its path is `parent/stateName/index`; its first
 * event points at `lastEventId`.
 */
export function childThread(
  parent: Thread,
  stateName: string,
  sub: CompiledSub,
  index: number,
  input: JsonValue,
  now: number,
  mapItem: Thread['mapItem'] = null,
  lastEventId = 0,
): Thread {
  const base = parent.path ? `${parent.path}/${stateName}` : stateName;
  return startThread(sub, `${base}/${index}`, input, parent.vars, now, mapItem, lastEventId);
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
