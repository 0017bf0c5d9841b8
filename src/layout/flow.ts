/**
 * Incremental layout after a structural edit (used by keepPositions): the states keep their places, and only
 * those that now come before a predecessor along the flow move. Each scope's members are visited in flow order
 * (order.ts: a topological order of the edges that close no loop), and a member that does not start after the end of
 * one of its predecessors (or, across a new transition, closer than a layer gap and its label) moves forward a layer gap past the end of all of them (plus room for the edges' labels), to
 * the nearest free place that is not against the flow. Its successors are visited after it, so a chain pushed by
 * an inserted state moves along by as much as it must and no more; states that do not follow the edit stay.
 * This is what a layered layouter's interactive mode does (keep each node's layer and order from its previous
 * position, layer only what the new edges force), done on the boxes themselves so both layouters share it.
 */
import type { GraphEdge, GraphNode } from '../asl/graph.ts';
import type { BoxGrid } from './grid.ts';
import { LAYER_GAP, NODE_GAP } from './elk.ts';
import { flowOrder } from './order.ts';
import { edgeLabelSize } from './sizes.ts';
import type { Box, Direction } from './types.ts';

/** Closer than this after the end of a predecessor, a state counts as not following it. */
const MIN_GAP = 8;

export interface FollowContext {
  direction: Direction;
  edgesByScope: Map<string, GraphEdge[]>;
  /** Strongly connected component of every node: an edge inside one closes a loop and may go against the flow. */
  loops: Map<string, number>;
  /** Whether the edge is new (it gets the full room for its label; old ones keep what they had). */
  isNew: (edgeId: string) => boolean;
  /** The space kept between boxes. */
  gap: number;
  /** The nearest free place for `want` among the boxes of `grid`, never against the flow. */
  findFree: (want: Box, grid: BoxGrid<string>) => Box;
}

export interface Flow {
  /** Moves the states of a scope that come before a predecessor forward (see the file comment). */
  follow(scopeId: string, members: GraphNode[], placed: Map<string, Box>, grid: BoxGrid<string>): void;
  /**
   * Makes room at `want` (the place of a new state): every placed member from there on along the flow moves on
   * to a layer gap past the new box, except the new state's predecessors (and theirs). Returns whether `want` is
   * free then (else the caller looks for the nearest free place).
   */
  open(scopeId: string, id: string, want: Box, placed: Map<string, Box>, grid: BoxGrid<string>): boolean;
}

export function followFlow(ctx: FollowContext): Flow {
  const down = ctx.direction === 'DOWN';
  const along = (b: Box) => (down ? b.y : b.x);
  const extent = (b: Box) => (down ? b.height : b.width);
  const across = (b: Box) => (down ? b.x : b.y);
  const crossExtent = (b: Box) => (down ? b.width : b.height);
  const moveAlong = (b: Box, d: number): Box => (down ? { ...b, y: b.y + d } : { ...b, x: b.x + d });
  const predsCache = new Map<string, Map<string, { source: string; room: number; fresh: boolean; side: boolean }[]>>();
  const predsOf = (scopeId: string) => {
    let preds = predsCache.get(scopeId);
    if (preds) return preds;
    preds = new Map();
    for (const e of ctx.edgesByScope.get(scopeId) ?? []) {
      if (e.source === e.target || ctx.loops.get(e.source) === ctx.loops.get(e.target)) continue;
      const label = e.label ? edgeLabelSize(e.label) : undefined;
      const room = LAYER_GAP + (label ? (down ? label.height : label.width) + 8 : 0);
      const list = preds.get(e.target);
      const entry = { source: e.source, room, fresh: ctx.isNew(e.id), side: e.kind === 'catch' };
      if (list) list.push(entry);
      else preds.set(e.target, [entry]);
    }
    predsCache.set(scopeId, preds);
    return preds;
  };
  const ancestors = (scopeId: string, id: string): Set<string> => {
    const preds = predsOf(scopeId);
    const out = new Set<string>();
    const stack = [id];
    while (stack.length) {
      for (const p of preds.get(stack.pop() as string) ?? []) {
        if (!out.has(p.source)) {
          out.add(p.source);
          stack.push(p.source);
        }
      }
    }
    return out;
  };
  /** Shifts every member from `from` on along the flow by `by`, but those in `stay`; then frees any overlap left. */
  const shift = (from: number, by: number, stay: Set<string>, placed: Map<string, Box>, grid: BoxGrid<string>) => {
    const moved: string[] = [];
    for (const [id, b] of placed) {
      if (stay.has(id) || along(b) < from - 0.5) continue;
      const to = moveAlong(b, by);
      placed.set(id, to);
      grid.set(id, to);
      moved.push(id);
    }
    for (const id of moved) {
      const b = placed.get(id) as Box;
      if (!grid.overlaps(b, ctx.gap, (o) => o === id)) continue;
      grid.delete(id);
      const free = ctx.findFree(b, grid);
      placed.set(id, free);
      grid.set(id, free);
    }
  };
  return {
    follow(scopeId, members, placed, grid) {
      const preds = predsOf(scopeId);
      if (preds.size === 0) return;
      for (const m of flowOrder(members, ctx.edgesByScope.get(scopeId) ?? [])) {
        const b = placed.get(m.id);
        const ps = preds.get(m.id);
        if (!b || !ps) continue;
        // Only a state that does not start after the end of a predecessor moves (others keep the room they had),
        // or one without the room a new transition needs for its label.
        // A new Catch handler in the main column goes beside its source, as a fresh layout draws it.
        let need = -Infinity;
        let behind = false;
        let aside: number | undefined;
        for (const p of ps) {
          const a = placed.get(p.source);
          if (!a) continue;
          need = Math.max(need, along(a) + extent(a) + p.room);
          if (along(b) < along(a) + extent(a) + (p.fresh ? p.room : MIN_GAP)) behind = true;
          if (p.fresh && p.side && across(b) + crossExtent(b) / 2 <= across(a) + crossExtent(a) / 2 + 1) aside = Math.max(aside ?? -Infinity, across(a) + crossExtent(a) + NODE_GAP);
        }
        if (!behind && aside === undefined) continue;
        let want = behind ? (down ? { ...b, y: need } : { ...b, x: need }) : b;
        if (aside !== undefined) want = down ? { ...want, x: aside } : { ...want, y: aside };
        if (!grid.overlaps(want, ctx.gap, (o) => o === m.id)) {
          placed.set(m.id, want);
          grid.set(m.id, want);
        } else {
          // No room there: what comes from this state on moves along with it, as far as it must.
          if (aside !== undefined) {
            grid.delete(m.id);
            const free = ctx.findFree(want, grid);
            placed.set(m.id, free);
            grid.set(m.id, free);
          } else shift(along(b), need - along(b), ancestors(scopeId, m.id), placed, grid);
        }
      }
    },
    open(scopeId, id, want, placed, grid) {
      const hit = grid.query(want, ctx.gap);
      if (hit.size === 0) return true;
      const stay = ancestors(scopeId, id);
      let from = along(want);
      for (const [o, b] of hit) if (!stay.has(o)) from = Math.min(from, along(b));
      shift(from, along(want) + extent(want) + LAYER_GAP - from, stay, placed, grid);
      return !grid.overlaps(want, ctx.gap);
    },
  };
}
