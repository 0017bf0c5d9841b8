/**
 * Keeps edge routes consistent with moved nodes: an edge whose two ends moved by the same offset (or not at all)
 * keeps its old route, shifted, as long as it still passes no sibling box; any other edge is routed again
 * around its siblings (route.ts), its label placed clear of states and other labels (labels.ts).
 */
import type { StateGraph } from '../asl/graph.ts';
import { dict } from '../asl/own.ts';
import { absolutePositions, translateEdge } from './compose.ts';
import { flip, flipBox, polylineCrossesBox } from './geometry.ts';
import { BoxGrid } from './grid.ts';
import { placeLabels } from './labels.ts';
import { fromPort, outPort } from './ports.ts';
import { labelAnchor, routeEdge } from './route.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point } from './types.ts';

/** The room along the flow between two boxes below which a transition may enter its target from a side. */
const FLOW_ROOM = 24;

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

/** With `direction`, a Catch edge routed again leaves from its source's side (right when drawn down, bottom when right). */
export function rerouteEdges(graph: StateGraph, nodes: Record<string, Box>, base: LayoutResult, direction?: Direction): Record<string, EdgeLayout> {
  const boxes = absBoxes(graph, nodes);
  const before = oldAbsolute(graph, base.nodes);
  // Per scope: every box, and the boxes that are new or moved (only those can block a route that did not move).
  const grids = new Map<string, BoxGrid<string>>();
  const changed = new Map<string, BoxGrid<string>>();
  const add = (map: Map<string, BoxGrid<string>>, key: string, id: string, b: Box) => (map.get(key) ?? map.set(key, new BoxGrid<string>()).get(key)!).set(id, b);
  for (const n of graph.nodes) {
    const b = boxes.get(n.id);
    if (!b) continue;
    const key = n.parentId ?? '';
    add(grids, key, n.id, b);
    const p = before.get(n.id);
    const o = base.nodes[n.id];
    if (!p || !o || Math.abs(p.x - b.x) > 0.5 || Math.abs(p.y - b.y) > 0.5 || o.width !== b.width || o.height !== b.height) add(changed, key, n.id, b);
  }
  const empty = new BoxGrid<string>();
  const edges = dict<EdgeLayout>();
  const rerouted = new Set<string>();
  for (const e of graph.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    const scope = graph.byId.get(e.source)?.parentId ?? '';
    const grid = grids.get(scope) ?? empty;
    const isEnd = (id: string) => id === e.source || id === e.target;
    const old = base.edges[e.id];
    const s0 = before.get(e.source);
    const t0 = before.get(e.target);
    if (old && s0 && t0) {
      const dx = s.x - s0.x;
      const dy = s.y - s0.y;
      const sameSizes = base.nodes[e.source]?.width === s.width && base.nodes[e.target]?.width === t.width && base.nodes[e.source]?.height === s.height && base.nodes[e.target]?.height === t.height;
      if (sameSizes && Math.abs(t.x - t0.x - dx) < 0.5 && Math.abs(t.y - t0.y - dy) < 0.5) {
        const moved = translateEdge(old, dx, dy);
        const still = Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5;
        const near = (still ? (changed.get(scope) ?? empty) : grid).query(bounds(moved.points), 1);
        if (![...near].some(([id, b]) => !isEnd(id) && polylineCrossesBox(moved.points, b))) {
          edges[e.id] = moved;
          continue;
        }
      }
    }
    const others = [...grid.entries()].filter(([id]) => !isEnd(id)).map(([, b]) => b);
    const side = e.kind === 'catch' && direction && e.source !== e.target ? [direction === 'DOWN' ? 1 : 2] : undefined;
    // A transition to a state further along the flow leaves from the end of its source and enters the start of
    // its target, as a fresh layout draws it (not from a side, which zig-zags past a neighbour).
    const ahead = !side && direction && e.source !== e.target && (direction === 'DOWN' ? t.y >= s.y + s.height + FLOW_ROOM : t.x >= s.x + s.width + FLOW_ROOM);
    let points = ahead ? routeEdge(s, t, others, [direction === 'DOWN' ? 2 : 1], [direction === 'DOWN' ? 0 : 3]) : routeEdge(s, e.source === e.target ? s : t, others, side);
    // From the handle the canvas draws it from (a Choice's rules and Default), so its label goes beside that line.
    const port = direction && e.source !== e.target ? outPort(graph.byId.get(e.source), e) : undefined;
    if (port !== undefined) {
      const f = direction === 'RIGHT' ? flip : (p: Point) => p;
      const down = (b: Box) => (direction === 'RIGHT' ? flipBox(b) : b);
      // Turning at once towards a target another edge of the source goes to too would merge the two at once.
      const alone = !graph.edges.some((o) => o !== e && o.source === e.source && o.target === e.target);
      const moved = fromPort(points.map(f), down(s), port, ahead && alone ? down(t) : undefined)
        .map((r) => r.map(f))
        .find((r) => !others.some((b) => polylineCrossesBox(r, b)));
      if (moved) points = moved;
    }
    const anchor = e.label ? labelAnchor(points) : undefined;
    edges[e.id] = anchor ? { points, labelPos: anchor } : { points };
    if (anchor) rerouted.add(e.id);
  }
  placeLabels(graph, edges, rerouted, boxes);
  return edges;
}
