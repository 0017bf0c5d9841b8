/**
 * Layout stability: after an edit, nodes that existed before keep their previous positions (relative to their
 * parent); a group that grew pushes only the siblings after it along the flow; a new node takes the offset the
 * fresh layout gives it from a neighbour (its predecessor, else its successor), moved to the nearest free spot
 * if that place is taken. Edges whose ends did not move keep their routes; the others are routed again.
 * Pass `previous` only for the same direction.
 */
import type { GraphNode, StateGraph } from '../asl/graph.ts';
import { ROOT_SCOPE, arrangeGroups, indexGraph } from './compose.ts';
import { LAYER_GAP } from './elk.ts';
import { boxesOverlap } from './geometry.ts';
import { rerouteEdges } from './reroute.ts';
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

export function stabilize(graph: StateGraph, fresh: LayoutResult, previous: LayoutResult, direction: Direction): LayoutResult {
  const { children, edgesByScope } = indexGraph(graph);
  const down = direction === 'DOWN';
  const out: Record<string, Box> = {};
  const along = (b: Box) => (down ? b.y : b.x);
  const extent = (b: Box) => (down ? b.height : b.width);

  const findFree = (want: Box, placed: Box[]): Box => {
    const free = (b: Box) => !placed.some((o) => boxesOverlap(b, o, GAP));
    for (const o of OFFSETS[direction]) {
      const b = { ...want, x: want.x + o.x, y: want.y + o.y };
      if (free(b)) return b;
    }
    const end = Math.max(0, ...placed.map((b) => along(b) + extent(b))) + LAYER_GAP;
    return down ? { ...want, y: end } : { ...want, x: end };
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
      if (p) placed.set(m.id, { x: p.x, y: p.y, ...(size.get(m.id) as Size) });
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
    // Any overlap left among kept nodes: the later one moves to the nearest free place.
    for (const id of byFlow) {
      const b = placed.get(id) as Box;
      const others = byFlow.filter((o) => o !== id).map((o) => placed.get(o) as Box);
      if (others.some((o) => boxesOverlap(b, o))) placed.set(id, findFree(b, others));
    }
    placeNewMembers(scopeId, members, size, placed);
    const boxes = [...placed.values()];
    if (scopeId !== ROOT_SCOPE && boxes.length > 0) {
      const dx = Math.max(0, GROUP_PADDING.left - Math.min(...boxes.map((b) => b.x)));
      const dy = Math.max(0, GROUP_PADDING.top - Math.min(...boxes.map((b) => b.y)));
      for (const [id, b] of placed) placed.set(id, { ...b, x: b.x + dx, y: b.y + dy });
    }
    for (const [id, b] of placed) out[id] = b;
    const right = Math.max(0, ...[...placed.values()].map((b) => b.x + b.width));
    const bottom = Math.max(0, ...[...placed.values()].map((b) => b.y + b.height));
    return { width: right, height: bottom };
  };

  const placeNewMembers = (scopeId: string, members: GraphNode[], size: Map<string, Size>, placed: Map<string, Box>) => {
    const edges = edgesByScope.get(scopeId) ?? [];
    const pending = members.filter((m) => !placed.has(m.id));
    while (pending.length > 0) {
      let pick = 0;
      let anchor: string | undefined;
      for (let i = 0; i < pending.length && !anchor; i++) {
        const id = (pending[i] as GraphNode).id;
        anchor = edges.find((e) => e.target === id && e.source !== id && placed.has(e.source))?.source ?? edges.find((e) => e.source === id && e.target !== id && placed.has(e.target))?.target;
        if (anchor) pick = i;
      }
      const node = pending.splice(pick, 1)[0] as GraphNode;
      const s = size.get(node.id) as Size;
      const f = fresh.nodes[node.id] ?? { x: 0, y: 0 };
      let want: Box;
      if (anchor) {
        const a = placed.get(anchor) as Box;
        const fa = fresh.nodes[anchor] ?? { x: 0, y: 0 };
        want = { x: a.x + f.x - fa.x, y: a.y + f.y - fa.y, ...s };
      } else {
        const boxes = [...placed.values()];
        const end = boxes.length ? Math.max(...boxes.map((b) => along(b) + extent(b))) + LAYER_GAP : down ? GROUP_PADDING.top : GROUP_PADDING.left;
        const start = boxes.length ? Math.min(...boxes.map((b) => (down ? b.x : b.y))) : down ? GROUP_PADDING.left : GROUP_PADDING.top;
        want = down ? { x: start, y: end, ...s } : { x: end, y: start, ...s };
      }
      placed.set(node.id, findFree(want, [...placed.values()]));
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

  const total = placeScope(ROOT_SCOPE);
  const edges = rerouteEdges(graph, out, previous);
  return { nodes: out, edges, width: total.width, height: total.height };
}
