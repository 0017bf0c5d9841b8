/**
 * Keeps React Flow node and edge objects stable across recomputation: a freshly computed object that equals the
 * previous one with the same id is replaced by that previous object. React Flow reuses its internal node (and
 * skips re-rendering the node component) when it gets the same object back, so a selection change or an edit
 * re-renders only the nodes it touched instead of all of them.
 */
import type { StateFlowNode, TransitionFlowEdge } from './nodeData.ts';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => Object.is(ra[k], rb[k]) || (typeof ra[k] === 'object' && sameValue(ra[k], rb[k])));
  }
  return false;
}

/** Structurally equal (every field, nested objects and arrays included): generic, so new fields are covered. */
export const sameNode = (a: StateFlowNode, b: StateFlowNode): boolean => sameValue(a, b);
export const sameEdge = (a: TransitionFlowEdge, b: TransitionFlowEdge): boolean => sameValue(a, b);

/**
 * Returns `next` with every object equal to its cached predecessor swapped for that predecessor, and updates the
 * cache. When nothing changed at all, returns the previous array itself.
 */
export function reuseUnchanged<T extends { id: string }>(cache: { byId: Map<string, T>; list: T[] }, next: T[], same: (a: T, b: T) => boolean): T[] {
  let changed = next.length !== cache.list.length;
  const out = next.map((n, i) => {
    const old = cache.byId.get(n.id);
    const keep = old !== undefined && same(old, n) ? old : n;
    if (keep !== cache.list[i]) changed = true;
    return keep;
  });
  if (!changed) return cache.list;
  cache.byId = new Map(out.map((n) => [n.id, n]));
  cache.list = out;
  return out;
}

export function flowCache<T>(): { byId: Map<string, T>; list: T[] } {
  return { byId: new Map(), list: [] };
}
