/**
 * A state added beside the flow of a big machine (over INCREMENTAL_MAX_NODES): a duplicate (no transition into
 * it, its transitions out copied), a Succeed or Fail dropped onto a state that becomes the target of a new Catch
 * or Choice rule, or dropped unwired, a state added onto a Choice (a new rule into it). Every state keeps its
 * place; the new state N goes in the nearest free spot beside its source (the state whose new transition enters
 * it) or beside the state it was added after in `States` (its original, for a duplicate): past that state's right
 * side, after its source along the flow and before the targets of its transitions out, clear of every box, route
 * and label of its scope (a sweep of the blocked spans across the flow, linear in the scope). Only N's edges are
 * routed (spliceConnect.ts: near ends around their neighbours, far ones along a lane), their labels placed clear.
 * Returns undefined for any other edit, or when no spot keeps the drawing rules (N would leave its Parallel
 * branch or Map, a route would cross a state): the caller then lays the machine out as before (stability.ts).
 */
import type { GraphEdge, GraphNode, StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { absolutePositions, composeLayout, translateEdge } from './compose.ts';
import { fastLayout } from './fast.ts';
import { LAYER_GAP, NODE_GAP } from './elk.ts';
import { polylineCrossesBox, flip, flipBox, flipEdge } from './geometry.ts';
import { placeLabels } from './labels.ts';
import { componentsOf, labelBoxOf } from './quality.ts';
import { GROUP_PADDING, edgeLabelSize } from './sizes.ts';
import { spliceAddOpen } from './spliceAddOpen.ts';
import { newLeafState } from './splice.ts';
import { labelsClear, laneRoute, nearRoute, onHandle } from './spliceConnect.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point, Size } from './types.ts';

/** Room kept between N and the boxes, routes and labels beside it. */
const CLEAR = 16;


/**
 * N beside the flow, else the drawing opened for it along the flow (spliceAddOpen.ts). A new Parallel or Map (a
 * duplicate, a paste, an add) is laid out on its own first (compose.ts, the fast layouter), then placed as one box.
 */
export async function spliceAdd(graph: StateGraph, previous: LayoutResult, direction: Direction, sizeOf: (n: GraphNode) => Size, pinned: Record<string, Point> = {}): Promise<LayoutResult | undefined> {
  const outer = graph.nodes.filter((n) => !own(previous.nodes, n.id) && (!n.parentId || own(previous.nodes, n.parentId)));
  const N = outer[0];
  if (outer.length !== 1 || !N) return undefined;
  if (!N.isGroup) return besideFlow(graph, previous, direction, sizeOf) ?? spliceAddOpen(graph, previous, direction, sizeOf, pinned);
  const inside = (n: GraphNode) => n.id.startsWith(`${N.id}/`);
  const own0 = graph.nodes.filter(inside);
  const sub: StateGraph = { nodes: [{ ...N, parentId: undefined } as GraphNode, ...own0], edges: graph.edges.filter((e) => graph.byId.get(e.source) && inside(graph.byId.get(e.source) as GraphNode)), byId: new Map() };
  for (const n of sub.nodes) sub.byId.set(n.id, n);
  const alone = await composeLayout(sub, fastLayout, { direction, sizes: sizeOf });
  const box = own(alone.nodes, N.id);
  if (!box) return undefined;
  // The stand-in: N a plain box of its laid-out size.
  const leaf = { ...N, isGroup: false } as GraphNode;
  const stand: StateGraph = { nodes: graph.nodes.filter((n) => !inside(n)).map((n) => (n.id === N.id ? leaf : n)), edges: graph.edges.filter((e) => !sub.byId.has(e.source) || e.source === N.id), byId: new Map() };
  for (const n of stand.nodes) stand.byId.set(n.id, n);
  const size = { width: box.width, height: box.height };
  const sized = (n: GraphNode) => (n.id === N.id ? size : sizeOf(n));
  const placed = besideFlow(stand, previous, direction, sized) ?? spliceAddOpen(stand, previous, direction, sized, pinned);
  if (!placed) return undefined;
  const at = absolutePositions(graph, { ...placed.nodes }).get(N.id) as Point;
  const nodes: Record<string, Box> = { ...placed.nodes };
  for (const n of own0) nodes[n.id] = own(alone.nodes, n.id) as Box;
  const edges: Record<string, EdgeLayout> = { ...placed.edges };
  for (const e of sub.edges) edges[e.id] = translateEdge(own(alone.edges, e.id) as EdgeLayout, at.x - box.x, at.y - box.y);
  return { ...placed, nodes, edges };
}

function besideFlow(graph: StateGraph, previous: LayoutResult, direction: Direction, sizeOf: (n: GraphNode) => Size): LayoutResult | undefined {
  // One new leaf state N, every other node kept, no edge gone; the new edges are N's: out of it, at most one in.
  const N = newLeafState(graph, previous);
  if (!N) return undefined;
  const ids = new Set(graph.edges.map((e) => e.id));
  for (const id of Object.keys(previous.edges)) if (!ids.has(id)) return undefined;
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  const into = fresh.filter((e) => e.target === N.id);
  const outs = fresh.filter((e) => e.source === N.id);
  if (into.length > 1 || outs.length > 4 || into.length + outs.length !== fresh.length || fresh.some((e) => e.source === e.target)) return undefined;
  const scope = N.parentId;
  const siblings = graph.nodes.filter((n) => n.parentId === scope && n.id !== N.id);
  const S = into[0] ? graph.byId.get(into[0].source) : undefined;
  if (into[0] && (!S || S.kind !== 'state' || S.parentId !== scope)) return undefined;
  // Beside its source, else beside the state it follows in `States` (a duplicate's original, a drop's target).
  const at = graph.nodes.indexOf(N);
  let anchor = S;
  for (let i = at - 1; !anchor && i >= 0; i--) if (graph.nodes[i]?.parentId === scope && graph.nodes[i]?.kind === 'state') anchor = graph.nodes[i];
  if (!anchor) return undefined;

  // Absolute boxes, drawn down (a drawing to the right is transposed in and out).
  const right = direction === 'RIGHT';
  const abs = absolutePositions(graph, previous.nodes);
  const boxes = new Map<string, Box>();
  for (const n of graph.nodes) {
    if (n.id === N.id) continue;
    const p = abs.get(n.id) as Point;
    const b = own(previous.nodes, n.id) as Box;
    const box = { x: p.x, y: p.y, width: b.width, height: b.height };
    boxes.set(n.id, right ? flipBox(box) : box);
  }
  const boxOf = (id: string) => boxes.get(id) as Box;
  const size = sizeOf(N);
  const w = right ? size.height : size.width;
  const h = right ? size.width : size.height;

  // Along the flow: after the source, before every target it does not loop with (a gap when there is room).
  const comp = componentsOf(graph);
  const a = boxOf(anchor.id);
  const lo = S ? boxOf(S.id).y + boxOf(S.id).height + LAYER_GAP : -Infinity;
  let hiGap = Infinity;
  let hiMid = Infinity;
  for (const e of outs) {
    if (comp.get(e.target) === comp.get(N.id)) continue;
    const t = boxOf(e.target);
    hiGap = Math.min(hiGap, t.y - LAYER_GAP - h);
    hiMid = Math.min(hiMid, t.y + t.height / 2 - h / 2 - 1);
  }
  // Across: a Catch copied from the original still goes to its handler's side.
  let xMax = Infinity;
  for (const e of outs) if (e.kind === 'catch' && comp.get(e.target) !== comp.get(N.id)) xMax = Math.min(xMax, boxOf(e.target).x + boxOf(e.target).width / 2 - 2 - w / 2);
  const group = scope ? boxOf(scope) : undefined;
  const inner = group
    ? { x: group.x + (right ? GROUP_PADDING.top : GROUP_PADDING.left), y: group.y + (right ? GROUP_PADDING.left : GROUP_PADDING.top), right: group.x + group.width - (right ? GROUP_PADDING.bottom : GROUP_PADDING.right), bottom: group.y + group.height - (right ? GROUP_PADDING.right : GROUP_PADDING.bottom) }
    : { x: -Infinity, y: -Infinity, right: Infinity, bottom: Infinity };
  const tops = [S ? lo : a.y, hiGap, hiMid].filter((y) => y >= lo && y <= hiMid && y >= inner.y && y + h <= inner.bottom);

  // What N must keep clear of in its scope: boxes, routes, labels.
  const inScope = (e: GraphEdge) => graph.byId.get(e.source)?.parentId === scope;
  const kept: EdgeLayout[] = [];
  const keptLabels: Box[] = [];
  for (const e of graph.edges) {
    const r = own(previous.edges, e.id);
    if (!r || !inScope(e)) continue;
    const d = right ? flipEdge(r) : r;
    kept.push(d);
    if (e.label && d.labelPos) {
      const s = edgeLabelSize(e.label);
      keptLabels.push(labelBoxOf(d.labelPos, right ? { width: s.height, height: s.width } : s));
    }
  }
  const x0 = Math.max(a.x + a.width + NODE_GAP, inner.x);
  const others = siblings.map((n) => boxOf(n.id));
  let spot: Box | undefined;
  for (const y of tops) {
    const x = freeAcross(y - CLEAR, y + h + CLEAR, x0, w, others, kept, keptLabels);
    if (x + w <= inner.right && x <= xMax) {
      spot = { x, y, width: w, height: h };
      break;
    }
  }
  // A copied Catch whose handler sits just right of the original (a big machine's handlers are beside their
  // sources) leaves no room right of it: the copy goes left of the original instead, its Catch crossing the flow
  // between two layers, rather than the whole machine being laid out again.
  if (!spot && xMax < Infinity && !S) {
    // First where N ends a gap above its targets (a copy taller than its original, level with it, reached into the
    // next layer: its way out would go up into the state after).
    for (const y of [...tops].sort((p, q) => Number(p > hiGap) - Number(q > hiGap))) {
      const x = -freeAcross(y - CLEAR, y + h + CLEAR, -(a.x - NODE_GAP), w, others.map(mirror), kept.map((r) => ({ points: r.points.map((p) => ({ x: -p.x, y: p.y })) })), keptLabels.map(mirror)) - w;
      if (x >= inner.x) {
        spot = { x, y, width: w, height: h };
        break;
      }
    }
  }
  if (!spot) return undefined;
  boxes.set(N.id, spot);

  // N's edges, routed around the boxes of its scope and kept inside its group.
  const all: [string, Box][] = [...siblings.map((n): [string, Box] => [n.id, boxOf(n.id)]), [N.id, spot]];
  const clear = (points: Point[], ends: Set<string>) => {
    for (const p of points) if (p.x < inner.x - GROUP_PADDING.left / 2 || p.x > inner.right + GROUP_PADDING.right / 2) return false;
    return all.every(([id, b]) => ends.has(id) || !polylineCrossesBox(points, b));
  };
  const routes = new Map<string, Point[]>();
  for (const e of fresh) {
    const s = boxOf(e.source);
    const t = boxOf(e.target);
    const ends = new Set([e.source, e.target]);
    const points = nearRoute(e, s, t, all, ends, clear) ?? laneRoute(e, s, t, all, kept, keptLabels, ends, clear);
    if (!points) return undefined;
    routes.set(e.id, onHandle(graph, e, points, s, ends, clear));
  }

  // Back to the layout's orientation; labels placed clear of states and the other labels.
  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const r = routes.get(e.id);
    edges[e.id] = r ? { points: right ? r.map(flip) : r } : (own(previous.edges, e.id) as EdgeLayout);
  }
  const real = new Map<string, Box>();
  for (const [id, b] of boxes) real.set(id, right ? flipBox(b) : b);
  const labelled = new Set(fresh.filter((e) => e.label).map((e) => e.id));
  if (labelled.size) {
    placeLabels(graph, edges, labelled, real);
    if (!labelsClear(graph, edges, labelled, real)) return undefined;
  }
  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = own(previous.nodes, n.id) as Box;
  const o = scope ? (abs.get(scope) as Point) : { x: 0, y: 0 };
  const n0 = right ? flipBox(spot) : spot;
  nodes[N.id] = { x: n0.x - o.x, y: n0.y - o.y, width: size.width, height: size.height };
  let far = spot.x + spot.width;
  for (const r of routes.values()) for (const p of r) far = Math.max(far, p.x);
  far += CLEAR;
  return right ? { nodes, edges, width: previous.width, height: Math.max(previous.height, far) } : { nodes, edges, width: Math.max(previous.width, far), height: previous.height };
}

/** A box mirrored across x = 0 (freeAcross looks rightwards only). */
const mirror = (b: Box): Box => ({ ...b, x: -(b.x + b.width) });

/**
 * The first x from `x0` where a box `w` wide fits across the band `top`..`bottom` clear of the boxes, route
 * segments and labels that reach into the band: the blocked spans sorted, then one sweep.
 */
function freeAcross(top: number, bottom: number, x0: number, w: number, boxes: Box[], routes: EdgeLayout[], labels: Box[]): number {
  const spans: [number, number][] = [];
  const block = (b: Box) => {
    if (b.y < bottom && b.y + b.height > top) spans.push([b.x - CLEAR, b.x + b.width + CLEAR]);
  };
  for (const b of boxes) block(b);
  for (const b of labels) block(b);
  for (const r of routes) {
    for (let i = 1; i < r.points.length; i++) {
      const p = r.points[i - 1] as Point;
      const q = r.points[i] as Point;
      const y0 = Math.min(p.y, q.y);
      const x1 = Math.min(p.x, q.x);
      block({ x: x1, y: y0, width: Math.max(p.x, q.x) - x1, height: Math.max(p.y, q.y) - y0 });
    }
  }
  spans.sort((p, q) => p[0] - q[0]);
  let x = x0;
  for (const [s, e] of spans) {
    if (s >= x + w) break;
    if (e > x) x = e;
  }
  return x;
}
