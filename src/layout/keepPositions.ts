/**
 * Keeping positions, for an edit that changes no structure (a rename that changes a box's size, a field edit):
 * nodes that existed before keep their previous positions (relative to their parent); a group that grew pushes
 * only the siblings after it along the flow; a new node takes the offset the fresh layout gives it from a
 * neighbour (its predecessor, else its successor), moved to the nearest free spot if that place is taken. Edges
 * whose ends did not move keep their routes; the others are routed again. Pass `previous` only for the same
 * direction. Structural edits are laid out afresh instead (stability.ts).
 */
import type { GraphNode, StateGraph } from '../asl/graph.ts';
import { own } from '../asl/own.ts';
import { ROOT_SCOPE, arrangeGroups, indexGraph } from './compose.ts';
import { LAYER_GAP } from './elk.ts';
import { boxesOverlap, maxOf, minOf } from './geometry.ts';
import { BoxGrid } from './grid.ts';
import { MinHeap } from './heap.ts';
import { rerouteEdges } from './reroute.ts';
import { followFlow } from './flow.ts';
import { componentsOf } from './quality.ts';
import { EMPTY_GROUP, GROUP_PADDING } from './sizes.ts';
import type { Box, Direction, LayoutResult, Point, Size } from './types.ts';

const GAP = 24;
const STEP = 16;
const RADIUS = 40;

/** Candidate offsets near a wanted place, nearest first; moving along the flow is cheaper than against it. */
function searchOffsets(down: boolean): Point[] {
  const out: { p: Point; cost: number }[] = [];
  for (let i = -RADIUS; i <= RADIUS; i++) {
    for (let j = -RADIUS; j <= RADIUS; j++) {
      const along = i * STEP;
      const across = j * STEP;
      out.push({ p: down ? { x: across, y: along } : { x: along, y: across }, cost: (i < 0 ? 2 * -i : i) + Math.abs(j) });
    }
  }
  return out.sort((a, b) => a.cost - b.cost).map((o) => o.p);
}

const OFFSETS = { DOWN: searchOffsets(true), RIGHT: searchOffsets(false) };
/** The same, never against the flow: a state moved to follow its predecessors does not slip back above them. */
const FORWARD = {
  DOWN: OFFSETS.DOWN.filter((o) => o.y >= 0),
  RIGHT: OFFSETS.RIGHT.filter((o) => o.x >= 0),
};

export interface KeepOptions {
  /**
   * A structural edit: after placing the new states, every state that now comes before its predecessor along the
   * flow (an edge that closes no loop going up) moves forward just past it, to the nearest free place (flow.ts).
   */
  followFlow?: boolean;
  /** Give up (undefined, see keepFollowingFlow) when more edges than this would be routed again. */
  rerouteLimit?: number;
}

export function keepPositions(graph: StateGraph, fresh: LayoutResult, previous: LayoutResult, direction: Direction, opts: KeepOptions = {}): LayoutResult {
  const { children, edgesByScope } = indexGraph(graph);
  const down = direction === 'DOWN';
  const out: Record<string, Box> = {};
  const along = (b: Box) => (down ? b.y : b.x);
  const extent = (b: Box) => (down ? b.height : b.width);
  const across = (b: Box) => (down ? b.x : b.y);
  const crossExtent = (b: Box) => (down ? b.width : b.height);
  const moveAcross = (b: Box, d: number): Box => (down ? { ...b, x: b.x + d } : { ...b, y: b.y + d });

  const findFree = (want: Box, placed: BoxGrid<string>, forward = false): Box => {
    for (const o of (forward ? FORWARD : OFFSETS)[direction]) {
      const b = { ...want, x: want.x + o.x, y: want.y + o.y };
      if (!placed.overlaps(b, GAP)) return b;
    }
    let end = 0;
    for (const b of placed.all()) end = Math.max(end, along(b) + extent(b));
    end += LAYER_GAP;
    return down ? { ...want, y: end } : { ...want, x: end };
  };

  /**
   * A kept box at its previous place; a Parallel or Map whose content got wider (a branch added or removed, an
   * inner state resized) grows or shrinks across the flow about its axis, as a fresh layout centres it on the
   * column of its neighbours, so the edges in and out of it stay straight.
   */
  const keptBox = (m: GraphNode, p: Box, s: Size): Box => {
    const d = Math.round((down ? s.width - p.width : s.height - p.height) / 2);
    if (!m.isGroup || d === 0 || !contentChanged(m.id)) return { x: p.x, y: p.y, ...s };
    regrown.add(m.id);
    return down ? { x: p.x - d, y: p.y, ...s } : { x: p.x, y: p.y - d, ...s };
  };
  /** Containers re-centred by keptBox (their content changed, not only their measure). */
  const regrown = new Set<string>();
  /** Whether a node inside the container was added or removed (ids inside it start with its id and a slash). */
  const contentChanged = (id: string): boolean => {
    const now = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      for (const c of children.get(stack.pop() as string) ?? []) {
        now.add(c.id);
        stack.push(c.id);
      }
    }
    let before = 0;
    for (const k of Object.keys(previous.nodes)) {
      if (!k.startsWith(`${id}/`)) continue;
      before++;
      if (!now.has(k)) return true;
    }
    return before !== now.size;
  };

  const placeScope = (scopeId: string): Size => {
    const members = children.get(scopeId) ?? [];
    const size = new Map<string, Size>();
    for (const m of members) {
      const f = fresh.nodes[m.id];
      size.set(m.id, m.isGroup ? placeStateGroup(m) : { width: f?.width ?? 0, height: f?.height ?? 0 });
    }
    const placed = new Map<string, Box>();
    for (const m of members) {
      const p = previous.nodes[m.id];
      if (p) placed.set(m.id, keptBox(m, p, size.get(m.id) as Size));
    }
    // A kept node that grew along the flow pushes the siblings that were after it.
    const byFlow = [...placed.keys()].sort((a, b) => along(previous.nodes[a] as Box) - along(previous.nodes[b] as Box));
    for (const id of byFlow) {
      const before = previous.nodes[id] as Box;
      const grow = extent(placed.get(id) as Box) - extent(before);
      if (grow <= 0) continue;
      for (const [other, b] of placed) {
        if (other !== id && along(b) >= along(before) + extent(before) - 0.5) placed.set(other, down ? { ...b, y: b.y + grow } : { ...b, x: b.x + grow });
      }
    }
    // A container that got wider across the flow pushes the kept siblings beside it apart, each side by what it
    // needs; the states in its own column stay on its axis.
    for (const id of byFlow) {
      const was = previous.nodes[id] as Box;
      const now = placed.get(id) as Box;
      if (!regrown.has(id) || crossExtent(now) <= crossExtent(was) + 0.5) continue;
      let right = 0;
      let left = 0;
      for (const [other, b] of placed) {
        if (other === id || !boxesOverlap(b, now, GAP)) continue;
        if (across(b) >= across(was) + crossExtent(was) - 0.5) right = Math.max(right, across(now) + crossExtent(now) + GAP - across(b));
        else if (across(b) + crossExtent(b) <= across(was) + 0.5) left = Math.max(left, across(b) + crossExtent(b) + GAP - across(now));
      }
      if (right === 0 && left === 0) continue;
      for (const [other, b] of placed) {
        if (other === id) continue;
        if (right > 0 && across(b) >= across(was) + crossExtent(was) - 0.5) placed.set(other, moveAcross(b, right));
        else if (left > 0 && across(b) + crossExtent(b) <= across(was) + 0.5) placed.set(other, moveAcross(b, -left));
      }
    }
    // Any overlap left among kept nodes: the later one moves to the nearest free place.
    const grid = new BoxGrid<string>();
    for (const [id, b] of placed) grid.set(id, b);
    for (const id of byFlow) {
      const b = placed.get(id) as Box;
      if (!grid.overlaps(b, 0, (o) => o === id)) continue;
      grid.delete(id);
      const moved = findFree(b, grid);
      placed.set(id, moved);
      grid.set(id, moved);
    }
    placeNewMembers(scopeId, members, size, placed, grid);
    flow?.follow(scopeId, members, placed, grid);
    const boxes = [...placed.values()];
    if (scopeId !== ROOT_SCOPE && boxes.length > 0) {
      const dx = Math.max(0, GROUP_PADDING.left - minOf(boxes, (b) => b.x));
      const dy = Math.max(0, GROUP_PADDING.top - minOf(boxes, (b) => b.y));
      for (const [id, b] of placed) placed.set(id, { ...b, x: b.x + dx, y: b.y + dy });
    }
    for (const [id, b] of placed) out[id] = b;
    const right = maxOf(placed.values(), (b) => b.x + b.width, 0);
    const bottom = maxOf(placed.values(), (b) => b.y + b.height, 0);
    return { width: right, height: bottom };
  };

  /**
   * New members, one at a time: first (in member order) the first one with a placed neighbour, its anchor (a
   * placed predecessor, else a placed successor); when none has one, the first one goes after everything placed.
   */
  const placeNewMembers = (scopeId: string, members: GraphNode[], size: Map<string, Size>, placed: Map<string, Box>, grid: BoxGrid<string>) => {
    const pending = members.filter((m) => !placed.has(m.id));
    if (pending.length === 0) return;
    const order = new Map(pending.map((m, i) => [m.id, i]));
    const preds = new Map<string, string[]>();
    const succs = new Map<string, string[]>();
    const push = (map: Map<string, string[]>, k: string, v: string) => (map.get(k) ?? map.set(k, []).get(k)!).push(v);
    for (const e of edgesByScope.get(scopeId) ?? []) {
      if (e.source === e.target) continue;
      push(preds, e.target, e.source);
      push(succs, e.source, e.target);
    }
    const anchorOf = (id: string) => preds.get(id)?.find((a) => placed.has(a)) ?? succs.get(id)?.find((a) => placed.has(a));
    const ready = new MinHeap();
    const wake = (id: string) => {
      for (const n of [...(succs.get(id) ?? []), ...(preds.get(id) ?? [])]) {
        const i = order.get(n);
        if (i !== undefined && !placed.has(n)) ready.push(i, i);
      }
    };
    for (const m of pending) if (anchorOf(m.id)) ready.push(order.get(m.id) as number, order.get(m.id) as number);
    let first = 0;
    for (let left = pending.length; left > 0; left--) {
      let pick: number | undefined;
      while (ready.size > 0 && pick === undefined) {
        const i = (ready.pop() as { key: number }).key;
        if (!placed.has((pending[i] as GraphNode).id)) pick = i;
      }
      while (pick === undefined && placed.has((pending[first] as GraphNode).id)) first++;
      const node = pending[pick ?? first] as GraphNode;
      const anchor = anchorOf(node.id);
      const s = size.get(node.id) as Size;
      const f = fresh.nodes[node.id] ?? { x: 0, y: 0 };
      let want: Box;
      if (anchor) {
        const a = placed.get(anchor) as Box;
        const fa = fresh.nodes[anchor] ?? { x: 0, y: 0 };
        want = { x: a.x + f.x - fa.x, y: a.y + f.y - fa.y, ...s };
      } else {
        const boxes = [...placed.values()];
        const end = boxes.length ? maxOf(boxes, (b) => along(b) + extent(b)) + LAYER_GAP : down ? GROUP_PADDING.top : GROUP_PADDING.left;
        const start = boxes.length ? minOf(boxes, (b) => (down ? b.x : b.y)) : down ? GROUP_PADDING.left : GROUP_PADDING.top;
        want = down ? { x: start, y: end, ...s } : { x: end, y: start, ...s };
      }
      // Following the flow, a new state takes its place and what comes after it moves on; else the nearest free place.
      const box = flow?.open(scopeId, node.id, want, placed, grid) ? want : findFree(want, grid);
      placed.set(node.id, box);
      grid.set(node.id, box);
      wake(node.id);
    }
  };

  const placeStateGroup = (state: GraphNode): Size => {
    const groups = children.get(state.id) ?? [];
    const inner = groups.map((g) => {
      const content = placeScope(g.id);
      return {
        width: Math.max(EMPTY_GROUP.width + GROUP_PADDING.left, content.width) + GROUP_PADDING.right,
        height: Math.max(EMPTY_GROUP.height + GROUP_PADDING.top, content.height) + GROUP_PADDING.bottom,
      };
    });
    const arranged = arrangeGroups(inner, down);
    groups.forEach((g, i) => {
      out[g.id] = arranged.rects[i] as Box;
    });
    return arranged.size;
  };

  const flow = opts.followFlow
    ? followFlow({ direction, edgesByScope, loops: componentsOf(graph), isNew: (id) => !own(previous.edges, id), gap: GAP, findFree: (want, grid) => findFree(want, grid, true) })
    : undefined;
  const total = placeScope(ROOT_SCOPE);
  if (opts.rerouteLimit !== undefined && toReroute(graph, out, previous) > opts.rerouteLimit) return undefined as unknown as LayoutResult;
  const edges = rerouteEdges(graph, out, previous, direction);
  return { nodes: out, edges, width: total.width, height: total.height };
}

/** How many edges are new or have ends that moved apart (rerouteEdges routes those again, the costly part). */
function toReroute(graph: StateGraph, out: Record<string, Box>, previous: LayoutResult): number {
  let n = 0;
  for (const e of graph.edges) {
    const s = out[e.source];
    const t = out[e.target];
    const s0 = previous.nodes[e.source];
    const t0 = previous.nodes[e.target];
    if (!previous.edges[e.id] || !s || !t || !s0 || !t0) n++;
    else if (Math.abs(s.x - s0.x - (t.x - t0.x)) > 0.5 || Math.abs(s.y - s0.y - (t.y - t0.y)) > 0.5) n++;
  }
  return n;
}

/**
 * keepPositions following the flow (a structural edit), or undefined when that would route more than `limit`
 * edges again (routing around fixed boxes costs far more than a fresh layered layout of a big machine).
 */
export function keepFollowingFlow(graph: StateGraph, fresh: LayoutResult, previous: LayoutResult, direction: Direction, limit: number): LayoutResult | undefined {
  return keepPositions(graph, fresh, previous, direction, { followFlow: true, rerouteLimit: limit }) as LayoutResult | undefined;
}
