/**
 * Keeps edge routes consistent with moved nodes: an edge whose two ends moved by the same offset (or not at all)
 * keeps its old route, shifted, as long as it still passes no sibling box; any other edge is routed again
 * around its siblings (route.ts).
 */
import type { StateGraph } from '../asl/graph.ts';
import { absolutePositions, translateEdge } from './compose.ts';
import { boxesOverlap, polylineCrossesBox } from './geometry.ts';
import { labelAnchor, routeEdge } from './route.ts';
import type { Box, EdgeLayout, LayoutResult, Point } from './types.ts';

function absBoxes(graph: StateGraph, nodes: Record<string, Box>): Map<string, Box> {
  const abs = absolutePositions(graph, nodes);
  const out = new Map<string, Box>();
  for (const [id, p] of abs) {
    const b = nodes[id];
    if (b) out.set(id, { ...p, width: b.width, height: b.height });
  }
  return out;
}

/** Absolute positions of the nodes of an older layout that still exist (with all their ancestors) in `graph`. */
function oldAbsolute(graph: StateGraph, old: Record<string, Box>): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const n of graph.nodes) {
    let x = 0;
    let y = 0;
    let ok = true;
    for (let cur: typeof n | undefined = n; cur; cur = cur.parentId ? graph.byId.get(cur.parentId) : undefined) {
      const b = old[cur.id];
      if (!b) {
        ok = false;
        break;
      }
      x += b.x;
      y += b.y;
    }
    if (ok) out.set(n.id, { x, y });
  }
  return out;
}

function bounds(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function rerouteEdges(graph: StateGraph, nodes: Record<string, Box>, base: LayoutResult): Record<string, EdgeLayout> {
  const boxes = absBoxes(graph, nodes);
  const before = oldAbsolute(graph, base.nodes);
  const siblings = new Map<string, Box[]>();
  const siblingIds = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const key = n.parentId ?? '';
    const b = boxes.get(n.id);
    if (!b) continue;
    if (!siblings.has(key)) {
      siblings.set(key, []);
      siblingIds.set(key, []);
    }
    siblings.get(key)?.push(b);
    siblingIds.get(key)?.push(n.id);
  }
  const edges: Record<string, EdgeLayout> = {};
  for (const e of graph.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    const scope = graph.byId.get(e.source)?.parentId ?? '';
    const ids = siblingIds.get(scope) ?? [];
    const others = (siblings.get(scope) ?? []).filter((_, i) => ids[i] !== e.source && ids[i] !== e.target);
    const old = base.edges[e.id];
    const s0 = before.get(e.source);
    const t0 = before.get(e.target);
    if (old && s0 && t0) {
      const dx = s.x - s0.x;
      const dy = s.y - s0.y;
      const sameSizes = base.nodes[e.source]?.width === s.width && base.nodes[e.target]?.width === t.width && base.nodes[e.source]?.height === s.height && base.nodes[e.target]?.height === t.height;
      if (sameSizes && Math.abs(t.x - t0.x - dx) < 0.5 && Math.abs(t.y - t0.y - dy) < 0.5) {
        const moved = translateEdge(old, dx, dy);
        const hull = bounds(moved.points);
        if (!others.some((b) => boxesOverlap(b, hull, 0, -1) && polylineCrossesBox(moved.points, b))) {
          edges[e.id] = moved;
          continue;
        }
      }
    }
    const points = routeEdge(s, e.source === e.target ? s : t, others);
    const anchor = e.label ? labelAnchor(points) : undefined;
    edges[e.id] = anchor ? { points, labelPos: anchor } : { points };
  }
  return edges;
}
