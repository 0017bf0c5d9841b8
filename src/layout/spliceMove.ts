/**
 * A state moved into a Parallel branch or a Map's processor on a big machine (over INCREMENTAL_MAX_NODES), as
 * `state.move` does it: the old scope is repaired as if the state were deleted, and the state arrives in the new
 * one with no transition (an End state there). Its old place is left as a gap and its predecessors joined as
 * spliceDelete.ts joins them; in the new group it goes below everything drawn there, centred across; the group
 * grows by what that needs, its container and the container's other groups with it, and what follows the
 * container in its own scope moves on along the flow by as much (routes that cross the cut stretch), and so on up
 * to the top level. A Parallel or Map moved with its content keeps its box, its content and their routes (moved
 * with it). Nothing else moves. Linear in the drawing, no layout. Returns undefined for any other edit (a move to
 * the top level), or when the state would not fit across its new group, something straddles a cut, or a
 * hand-placed state would move: the caller lays the machine out as before (stability.ts).
 */
import type { GraphNode, StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { ROOT_SCOPE, indexGraph } from './compose.ts';
import { LAYER_GAP } from './elk.ts';
import { pointsBounds, flipBox, flipEdge } from './geometry.ts';
import { labelBoxOf } from './quality.ts';
import { GROUP_PADDING, edgeLabelSize } from './sizes.ts';
import { spliceDelete } from './spliceDelete.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point, Size } from './types.ts';


export function spliceMove(graph: StateGraph, previous: LayoutResult, direction: Direction, sizeOf: (n: GraphNode) => Size, pinned: Record<string, Point> = {}): LayoutResult | undefined {
  // One new leaf state N inside a group, joined by nothing; one state of the same name gone from elsewhere.
  // One new state N inside a group (a Parallel or Map with its content), joined by nothing outside; one state of
  // the same name gone from elsewhere (X, with the same content).
  const added = graph.nodes.filter((n) => !own(previous.nodes, n.id));
  const N = added[0];
  if (!N || N.kind !== 'state' || !N.parentId || added.some((n) => n !== N && !n.id.startsWith(`${N.id}/`))) return undefined;
  const inner = (id: string) => id === N.id || id.startsWith(`${N.id}/`);
  if (graph.edges.some((e) => inner(e.source) !== inner(e.target) || (e.source === N.id && e.target === N.id))) return undefined;
  const name = N.id.slice(N.id.lastIndexOf('/') + 1);
  const X = Object.keys(previous.nodes).find((id) => !graph.byId.has(id) && (id === name || id.endsWith(`/${name}`)));
  if (X === undefined || Object.keys(pinned).some((id) => graph.byId.has(id))) return undefined;
  const oldId = (id: string) => `${X}${id.slice(N.id.length)}`;
  // X's content is N's, renamed: every node and edge inside has its route and box there.
  const innerEdges = graph.edges.filter((e) => inner(e.source));
  if (added.some((n) => !own(previous.nodes, oldId(n.id))) || innerEdges.some((e) => !own(previous.edges, e.id.split(`${N.id}/`).join(`${X}/`)))) return undefined;
  // The old scope first: the gap left, the predecessors joined (spliceDelete.ts), on the graph without N.
  const without: StateGraph = { nodes: graph.nodes.filter((n) => !inner(n.id)), edges: graph.edges.filter((e) => !inner(e.source)), byId: new Map(graph.byId) };
  for (const n of added) without.byId.delete(n.id);
  const mid = spliceDelete(without, previous, direction);
  if (!mid) return undefined;

  // Worked out drawn down: a drawing to the right is transposed in and out.
  const right = direction === 'RIGHT';
  const rel = new Map<string, Box>();
  for (const [id, b] of Object.entries(mid.nodes)) rel.set(id, right ? flipBox(b) : b);
  const routes = new Map<string, EdgeLayout>();
  for (const [id, e] of Object.entries(mid.edges)) routes.set(id, right ? flipEdge(e) : e);
  const { children } = indexGraph(without);
  const scopeOf = (id: string) => graph.byId.get(id)?.parentId ?? ROOT_SCOPE;
  const origin = (id: string | undefined): Point => {
    let x = 0;
    let y = 0;
    for (let n = id; n; n = graph.byId.get(n)?.parentId) {
      const b = rel.get(n) as Box;
      x += b.x;
      y += b.y;
    }
    return { x, y };
  };
  /** Whether `scope` (a group id, '' at top level) lies inside `outer` (a group id; '' holds everything). */
  const inside = (scope: string, outer: string): boolean => {
    if (outer === ROOT_SCOPE) return true;
    for (let id: string | undefined = scope; id; id = graph.byId.get(id)?.parentId) if (id === outer) return true;
    return false;
  };
  const labelBox = (label: string, at: Point): Box => {
    const s = edgeLabelSize(label);
    return labelBoxOf(at, right ? { width: s.height, height: s.width } : s);
  };

  // N below everything drawn in its group (boxes, routes, labels), centred across.
  const G = N.parentId;
  const g = rel.get(G) as Box;
  const go = origin(G);
  let bottom = GROUP_PADDING.top - LAYER_GAP;
  for (const m of children.get(G) ?? []) {
    const b = rel.get(m.id) as Box;
    bottom = Math.max(bottom, b.y + b.height);
  }
  for (const e of without.edges) {
    const r = routes.get(e.id);
    if (!r || !inside(scopeOf(e.source), G)) continue;
    bottom = Math.max(bottom, pointsBounds(r.points).y + pointsBounds(r.points).height - go.y);
    if (e.label && r.labelPos) bottom = Math.max(bottom, labelBox(e.label, r.labelPos).y + labelBox(e.label, r.labelPos).height - go.y);
  }
  const s = N.isGroup ? (own(previous.nodes, X) as Box) : sizeOf(N);
  const w = right ? s.height : s.width;
  const h = right ? s.width : s.height;
  const nx = Math.round((g.width - w) / 2);
  if (nx < GROUP_PADDING.left / 2 || nx + w > g.width - GROUP_PADDING.right / 2) return undefined;
  const n0: Box = { x: nx, y: bottom + LAYER_GAP, width: w, height: h };

  // The groups grow, innermost first: each container by what its content needs, opening its own scope past it.
  let grow = n0.y + n0.height + GROUP_PADDING.bottom - g.height;
  let group = G;
  const levels: { scope: string; cut: number; by: number; container: string }[] = [];
  while (grow > 0) {
    const container = graph.byId.get(group)?.parentId as string;
    const cb = { ...origin(container), width: (rel.get(container) as Box).width, height: (rel.get(container) as Box).height };
    const parent = scopeOf(container);
    const cut = cb.y + cb.height - 0.25;
    // Nothing else in the parent scope may straddle the cut (a box, a label, a self-loop).
    for (const m of children.get(parent) ?? []) {
      if (m.id === container) continue;
      const b = { ...origin(m.id), height: (rel.get(m.id) as Box).height };
      if (b.y < cut && b.y + b.height >= cut) return undefined;
    }
    for (const e of without.edges) {
      const r = routes.get(e.id);
      if (!r || !inside(scopeOf(e.source), parent) || inside(scopeOf(e.source), container)) continue;
      const spans: Box[] = [];
      if (e.label && r.labelPos) spans.push(labelBox(e.label, r.labelPos));
      if (e.source === e.target) spans.push(pointsBounds(r.points));
      if (spans.some((b) => b.y < cut && b.y + b.height >= cut)) return undefined;
      // A route crosses the cut only along the flow (it stretches).
      for (let i = 0; i + 1 < r.points.length; i++) {
        const p = r.points[i] as Point;
        const q = r.points[i + 1] as Point;
        if (p.y < cut !== q.y < cut && Math.abs(p.x - q.x) > 0.5) return undefined;
      }
    }
    levels.push({ scope: parent, cut, by: grow, container });
    if (parent === ROOT_SCOPE) break;
    // The parent group's content now ends `grow` further on, if what moved was its last part.
    const pg = rel.get(parent) as Box;
    const po = origin(parent);
    let end = cb.y + cb.height + grow - po.y;
    for (const m of children.get(parent) ?? []) {
      const b = rel.get(m.id) as Box;
      end = Math.max(end, b.y + b.height + (po.y + b.y >= cut ? grow : 0));
    }
    grow = end + GROUP_PADDING.bottom - pg.height;
    group = parent;
  }

  // Positions are read before any move: open every level from the outermost in, then grow the containers.
  for (const l of [...levels].reverse()) {
    for (const m of children.get(l.scope) ?? []) {
      const b = rel.get(m.id) as Box;
      if (m.id !== l.container && origin(m.id).y >= l.cut) rel.set(m.id, { ...b, y: b.y + l.by });
    }
    const move = (p: Point): Point => (p.y >= l.cut ? { x: p.x, y: p.y + l.by } : p);
    for (const e of without.edges) {
      const r = routes.get(e.id);
      if (!r || !inside(scopeOf(e.source), l.scope) || inside(scopeOf(e.source), l.container)) continue;
      routes.set(e.id, { points: r.points.map(move), ...(r.labelPos ? { labelPos: move(r.labelPos) } : {}) });
    }
  }
  for (const l of levels) {
    const b = rel.get(l.container) as Box;
    rel.set(l.container, { ...b, height: b.height + l.by });
    for (const c of children.get(l.container) ?? []) {
      const cb = rel.get(c.id) as Box;
      rel.set(c.id, { ...cb, height: cb.height + l.by });
    }
  }
  rel.set(N.id, n0);
  // N's content as X's, its routes moved by as much as N.
  if (N.isGroup) {
    const xo = { x: 0, y: 0 };
    for (let n: string | undefined = X; n; n = n.includes('/') ? n.slice(0, n.lastIndexOf('/')) : undefined) {
      const b = own(previous.nodes, n);
      if (!b) break;
      const f = right ? flipBox(b) : b;
      xo.x += f.x;
      xo.y += f.y;
    }
    for (const n of added) if (n !== N) rel.set(n.id, right ? flipBox(own(previous.nodes, oldId(n.id)) as Box) : (own(previous.nodes, oldId(n.id)) as Box));
    const no = origin(N.id);
    const dx = no.x - xo.x;
    const dy = no.y - xo.y;
    for (const e of innerEdges) {
      const r0 = own(previous.edges, e.id.split(`${N.id}/`).join(`${X}/`)) as EdgeLayout;
      const r = right ? flipEdge(r0) : r0;
      const at = (p: Point) => ({ x: p.x + dx, y: p.y + dy });
      routes.set(e.id, r.labelPos ? { points: r.points.map(at), labelPos: at(r.labelPos) } : { points: r.points.map(at) });
    }
  }

  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = right ? flipBox(rel.get(n.id) as Box) : (rel.get(n.id) as Box);
  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const r = routes.get(e.id);
    if (r) edges[e.id] = right ? flipEdge(r) : r;
  }
  const top = levels[levels.length - 1];
  const rootGrow = top?.scope === ROOT_SCOPE ? top.by : 0;
  return right ? { nodes, edges, width: mid.width + rootGrow, height: mid.height } : { nodes, edges, width: mid.width, height: mid.height + rootGrow };
}
