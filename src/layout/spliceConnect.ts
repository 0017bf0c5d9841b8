/**
 * A transition of a big machine (over INCREMENTAL_MAX_NODES) connected or reconnected: every state keeps its place
 * and only the edges that changed are drawn again, in time linear in the drawing (no layout). The edit is one
 * state S whose transitions changed (a Next or Default pointed elsewhere, a Choice rule or Catch added or
 * retargeted, an End state given a Next), every other node and edge the same. A new edge is routed around the
 * boxes near its ends (route.ts) when they are close, else along a lane past the boxes beside the run (down the
 * right of everything between S and its target); its label goes where it covers no state and no label
 * (labels.ts). Returns undefined when the edit is anything else, or when the kept drawing would break a drawing
 * rule (an edge going against the flow without closing a loop, a Catch in the main column, a route that would
 * leave its Parallel branch or Map): the caller then lays the machine out as before (stability.ts).
 */
import type { GraphEdge, StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { absolutePositions } from './compose.ts';
import { boxesOverlap, polylineCrossesBox, tidyRoute, flip, flipBox } from './geometry.ts';
import { placeLabels } from './labels.ts';
import { componentsOf, labelBoxOf } from './quality.ts';
import { fromPort, outPort } from './ports.ts';
import { routeEdge } from './route.ts';
import { GROUP_PADDING, edgeLabelSize } from './sizes.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point } from './types.ts';

/** Ends closer than this (along and across) are routed around their neighbours; farther ones take a lane. */
const NEAR = 600;
/** Room kept between a lane and the boxes and routes it runs past. */
const LANE_GAP = 16;
const STEP = 8;


export function spliceConnect(graph: StateGraph, previous: LayoutResult, direction: Direction): LayoutResult | undefined {
  // The same nodes; the edges that changed all leave one state S.
  if (Object.keys(previous.nodes).length !== graph.nodes.length) return undefined;
  for (const n of graph.nodes) if (!own(previous.nodes, n.id)) return undefined;
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  const ids = new Set(graph.edges.map((e) => e.id));
  const gone = Object.keys(previous.edges).filter((id) => !ids.has(id));
  // Nothing joined differently (a transition set to where it went, a field edit): nothing moves.
  if (fresh.length === 0 && gone.length === 0) return previous;
  if (fresh.length === 0 || fresh.length > 4) return undefined;
  const S = (fresh[0] as GraphEdge).source;
  if (fresh.some((e) => e.source !== S || e.kind === 'end' || e.kind === 'start' || e.source === e.target)) return undefined;
  if (gone.some((id) => !id.startsWith(`${S}->`))) return undefined;
  const src = graph.byId.get(S);
  if (!src || src.kind !== 'state' || fresh.some((e) => graph.byId.get(e.target)?.parentId !== src.parentId)) return undefined;

  // Absolute boxes, drawn down (a drawing to the right is transposed in and out).
  const right = direction === 'RIGHT';
  const abs = absolutePositions(graph, previous.nodes);
  const boxes = new Map<string, Box>();
  for (const n of graph.nodes) {
    const p = abs.get(n.id) as Point;
    const b = own(previous.nodes, n.id) as Box;
    const box = { x: p.x, y: p.y, width: b.width, height: b.height };
    boxes.set(n.id, right ? flipBox(box) : box);
  }
  const boxOf = (id: string) => boxes.get(id) as Box;

  // The drawing rules that depend on the edges: no edge against the flow unless it closes a loop, a Catch to the side.
  const comp = componentsOf(graph);
  const mid = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    const s = mid(boxOf(e.source));
    const t = mid(boxOf(e.target));
    const loop = comp.get(e.source) === comp.get(e.target);
    if (t.y < s.y - 1 && !loop) return undefined;
    if (e.source === S && e.kind === 'catch' && !loop && t.x <= s.x + 1) return undefined;
  }

  // S's siblings (what a route in its scope must not cross) and the routes and labels drawn in that scope.
  const scope = src.parentId;
  const siblings: [string, Box][] = [];
  for (const n of graph.nodes) if (n.parentId === scope) siblings.push([n.id, boxOf(n.id)]);
  const inScope = (e: GraphEdge) => graph.byId.get(e.source)?.parentId === scope;
  const kept: EdgeLayout[] = [];
  for (const e of graph.edges) {
    const r = own(previous.edges, e.id);
    if (r && inScope(e)) kept.push(right ? { points: r.points.map(flip), ...(r.labelPos ? { labelPos: flip(r.labelPos) } : {}) } : r);
  }
  const keptLabels: Box[] = [];
  for (const e of graph.edges) {
    const r = own(previous.edges, e.id);
    if (e.label && r?.labelPos && inScope(e)) keptLabels.push(labelBoxOf(right ? flip(r.labelPos) : r.labelPos, right ? flipBox({ x: 0, y: 0, ...edgeLabelSize(e.label) }) : edgeLabelSize(e.label)));
  }
  // A route stays inside S's group.
  const group = scope ? boxOf(scope) : undefined;
  const inner = group ? { x: group.x + (right ? GROUP_PADDING.top : GROUP_PADDING.left) / 2, right: group.x + group.width - (right ? GROUP_PADDING.bottom : GROUP_PADDING.right) / 2 } : { x: -Infinity, right: Infinity };
  const clear = (points: Point[], ends: Set<string>) => {
    for (const p of points) if (p.x < inner.x || p.x > inner.right) return false;
    return siblings.every(([id, b]) => ends.has(id) || !polylineCrossesBox(points, b));
  };

  const routes = new Map<string, EdgeLayout>();
  for (const e of fresh) {
    const s = boxOf(e.source);
    const t = boxOf(e.target);
    const ends = new Set([e.source, e.target]);
    const points = nearRoute(e, s, t, siblings, ends, clear) ?? laneRoute(e, s, t, siblings, kept, keptLabels, ends, clear);
    if (!points) return undefined;
    routes.set(e.id, { points: onHandle(graph, e, points, s, ends, clear) });
  }

  // Back to the layout's orientation; labels placed clear of states and the other labels.
  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const r = routes.get(e.id);
    edges[e.id] = r ? { points: right ? r.points.map(flip) : r.points } : (own(previous.edges, e.id) as EdgeLayout);
  }
  const labelled = new Set(fresh.filter((e) => e.label).map((e) => e.id));
  if (labelled.size) {
    const real = new Map<string, Box>();
    for (const [id, b] of boxes) real.set(id, right ? flipBox(b) : b);
    placeLabels(graph, edges, labelled, real);
    if (!labelsClear(graph, edges, labelled, real)) return undefined;
  }
  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = own(previous.nodes, n.id) as Box;
  let far = 0;
  for (const id of routes.keys()) for (const p of edges[id]?.points ?? []) far = Math.max(far, right ? p.y : p.x);
  return right ? { nodes, edges, width: previous.width, height: Math.max(previous.height, far + LANE_GAP) } : { nodes, edges, width: Math.max(previous.width, far + LANE_GAP), height: previous.height };
}

/**
 * A new route moved to leave from the handle the canvas draws it from (a Choice's rule or Default, ports.ts), when
 * it stays clear there: its label, placed on the route, then stays beside the line drawn.
 */
export function onHandle(graph: StateGraph, e: GraphEdge, points: Point[], s: Box, ends: Set<string>, clear: (p: Point[], ends: Set<string>) => boolean): Point[] {
  const port = outPort(graph.byId.get(e.source), e);
  if (port === undefined) return points;
  return fromPort(points, s, port).find((r) => clear(r, ends)) ?? points;
}

/** A route around the boxes near two close ends, as reroute.ts draws it; undefined when the ends are far apart. */
export function nearRoute(e: GraphEdge, s: Box, t: Box, siblings: [string, Box][], ends: Set<string>, clear: (p: Point[], ends: Set<string>) => boolean): Point[] | undefined {
  const x0 = Math.min(s.x, t.x);
  const y0 = Math.min(s.y, t.y);
  const x1 = Math.max(s.x + s.width, t.x + t.width);
  const y1 = Math.max(s.y + s.height, t.y + t.height);
  if (x1 - x0 > NEAR || y1 - y0 > NEAR) return undefined;
  const window: Box = { x: x0 - 200, y: y0 - 200, width: x1 - x0 + 400, height: y1 - y0 + 400 };
  const near = siblings.filter(([id, b]) => !ends.has(id) && boxesOverlap(b, window)).map(([, b]) => b);
  const ahead = t.y >= s.y + s.height + 24;
  const points = e.kind === 'catch' ? routeEdge(s, t, near, [1]) : ahead ? routeEdge(s, t, near, [2], [0]) : routeEdge(s, t, near);
  return clear(points, ends) ? points : undefined;
}

/**
 * Down the right of everything beside the run from S to its target: out of S (its bottom, a Catch its right
 * side), across in the gap below it, along the lane, across in the gap above the target, into its top.
 */
export function laneRoute(e: Pick<GraphEdge, 'kind'>, s: Box, t: Box, siblings: [string, Box][], kept: EdgeLayout[], keptLabels: Box[], ends: Set<string>, clear: (p: Point[], ends: Set<string>) => boolean): Point[] | undefined {
  const catchEdge = e.kind === 'catch';
  const sx = s.x + s.width / 2;
  const tx = t.x + t.width / 2;
  const below = Array.from({ length: 6 }, (_, i) => s.y + s.height + 12 + i * STEP);
  // A Catch may also cross in a gap beside S, above its bottom (a copy placed left of its original, taller than the
  // states across from it, has the next layer's states below those in the way of the ways out below it).
  const beside = catchEdge ? Array.from({ length: Math.max(0, Math.floor((s.height / 2 - 24) / STEP)) }, (_, i) => s.y + s.height / 2 + 24 + i * STEP) : [];
  const outY = catchEdge ? [s.y + s.height / 2, ...below, ...beside] : below;
  const inY = Array.from({ length: 6 }, (_, i) => t.y - 12 - i * STEP);
  const lo = Math.min(...outY, ...inY);
  const hi = Math.max(...outY, ...inY);
  // The lane: past every box, route and label beside the run.
  let lane = Math.max(s.x + s.width, t.x + t.width);
  for (const [, b] of siblings) if (b.y <= hi && b.y + b.height >= lo) lane = Math.max(lane, b.x + b.width);
  for (const r of kept) {
    for (let i = 1; i < r.points.length; i++) {
      const p = r.points[i - 1] as Point;
      const q = r.points[i] as Point;
      if (Math.max(p.y, q.y) >= lo && Math.min(p.y, q.y) <= hi) lane = Math.max(lane, p.x, q.x);
    }
  }
  for (const b of keptLabels) if (b.y <= hi && b.y + b.height >= lo) lane = Math.max(lane, b.x + b.width);
  // Inside a narrow Parallel branch or Map the lane may run closer, in the group's padding (a retry loop drawn
  // into a branch as wide as its widest state found no room 16 px out and the machine was laid out again).
  for (const gap of [LANE_GAP, LANE_GAP / 2]) {
    for (const y1 of outY) {
      // A Catch leaves S's side: straight to the lane, or down just beside S when a neighbour stands there.
      const side = { x: s.x + s.width, y: s.y + s.height / 2 };
      const stub = Math.min(12, gap);
      const head = !catchEdge ? [{ x: sx, y: s.y + s.height }, { x: sx, y: y1 }] : y1 === side.y ? [side] : [side, { x: side.x + stub, y: side.y }, { x: side.x + stub, y: y1 }];
      for (const y2 of inY) {
        const points = tidyRoute([...head, { x: lane + gap, y: y1 }, { x: lane + gap, y: y2 }, { x: tx, y: y2 }, { x: tx, y: t.y }]);
        // `clear` passes the ends' boxes; the route may touch them only where it leaves and where it enters (a run
        // across the target, a Parallel or Map, went through the states inside it).
        if (clear(points, ends) && !polylineCrossesBox(points.slice(1), s) && !polylineCrossesBox(points.slice(0, -1), t)) return points;
      }
    }
  }
  return undefined;
}

/** Whether the labels of `ids` cover no state (but their own source's groups) and no other label. */
export function labelsClear(graph: StateGraph, edges: Record<string, EdgeLayout>, ids: Set<string>, boxes: Map<string, Box>): boolean {
  const mine: Box[] = [];
  for (const id of ids) {
    const e = graph.edges.find((x) => x.id === id);
    const at = edges[id]?.labelPos;
    if (!e?.label || !at) return false;
    mine.push(labelBoxOf(at, edgeLabelSize(e.label)));
  }
  for (const [i, b] of mine.entries()) for (const [j, c] of mine.entries()) if (i < j && boxesOverlap(b, c)) return false;
  const inside = new Set<string>();
  for (const id of ids) for (let n = graph.byId.get(graph.edges.find((x) => x.id === id)?.source ?? ''); n?.parentId; n = graph.byId.get(n.parentId)) inside.add(n.parentId);
  for (const [id, b] of boxes) if (!inside.has(id) && mine.some((m) => boxesOverlap(m, b))) return false;
  for (const e of graph.edges) {
    const at = edges[e.id]?.labelPos;
    if (!e.label || !at || ids.has(e.id)) continue;
    const lb = labelBoxOf(at, edgeLabelSize(e.label));
    if (mine.some((m) => boxesOverlap(m, lb))) return false;
  }
  return true;
}
