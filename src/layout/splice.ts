/**
 * A state inserted on a transition of a big machine (over INCREMENTAL_MAX_NODES): the previous drawing opened
 * along the flow to make room for it, in time linear in the drawing (no fresh layout, no routing). The insert is
 * `A → B` becoming `A → N → B` at top level (insert on a transition, or a state added after the selection, B
 * then possibly the End marker). The drawing is cut across the flow just past A (and the label of A's edge)
 * where no box or label straddles the cut; everything past the cut moves along the flow by the room N needs,
 * edge points past the cut with it, so routes that cross the cut stretch and stay orthogonal and clear. N goes
 * in the opened band where the old edge crosses it (moved aside, with a jog, when another edge runs down there),
 * and the old route, split there, becomes the two new edges. Nothing before the cut moves; nothing after it
 * changes order. Returns undefined for any other edit, or when a hand-placed state would move: the caller then
 * lays the machine out as before (stability.ts).
 */
import type { GraphNode, StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { ROOT_SCOPE, indexGraph } from './compose.ts';
import { LAYER_GAP } from './elk.ts';
import { pointsBounds, tidyRoute, flipBox, flipEdge } from './geometry.ts';
import { GROUP_PADDING, edgeLabelSize } from './sizes.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point, Size } from './types.ts';

/** Across-flow steps tried to keep N clear of the edges that cross the opened band. */
const STEP = 8;
const TRIES = 250;
/** Room kept between N and an edge that runs past it. */
const CLEAR = 8;


/** The one state the graph has that the previous drawing has not, when it is a leaf and every other node is kept. */
export function newLeafState(graph: StateGraph, previous: LayoutResult): GraphNode | undefined {
  if (Object.keys(previous.nodes).length !== graph.nodes.length - 1) return undefined;
  let added: GraphNode | undefined;
  for (const n of graph.nodes) {
    if (own(previous.nodes, n.id)) continue;
    if (added || n.kind !== 'state' || n.isGroup) return undefined;
    added = n;
  }
  return added;
}

export function spliceInsert(graph: StateGraph, previous: LayoutResult, direction: Direction, sizeOf: (n: GraphNode) => Size, pinned: Record<string, Point> = {}): LayoutResult | undefined {
  // One new leaf state, every other node kept.
  const N = newLeafState(graph, previous);
  if (!N) return undefined;
  // One edge gone (A → B), two new ones (A → N, N → B), and N joined by nothing else.
  const ids = new Set(graph.edges.map((e) => e.id));
  const gone = Object.keys(previous.edges).filter((id) => !ids.has(id));
  const fresh = graph.edges.filter((e) => !own(previous.edges, e.id));
  if (gone.length !== 1 || fresh.length !== 2) return undefined;
  if (graph.edges.some((e) => (e.source === N.id || e.target === N.id) && own(previous.edges, e.id))) return undefined;
  const into = fresh.find((e) => e.target === N.id && e.source !== N.id);
  const out = fresh.find((e) => e.source === N.id && e.target !== N.id);
  if (!into || !out || out.label) return undefined;
  // The old edge's id: A's transition to B (graph.ts: source->kind index->target), or A's own end.
  const was = gone[0] as string;
  if (was !== `${into.id.slice(0, into.id.length - N.id.length)}${out.target}` && !(out.kind === 'end' && was === `${into.source}->end`)) return undefined;
  const A = graph.byId.get(into.source);
  const B = graph.byId.get(out.target);
  if (!A || !B || (A.parentId ?? ROOT_SCOPE) !== (N.parentId ?? ROOT_SCOPE) || (B.parentId ?? ROOT_SCOPE) !== (N.parentId ?? ROOT_SCOPE)) return undefined;

  // Worked out drawn down: a drawing to the right is transposed in and out.
  const right = direction === 'RIGHT';
  const rel = new Map<string, Box>();
  for (const [id, p] of Object.entries(previous.nodes)) rel.set(id, right ? flipBox(p) : p);
  const routes = new Map<string, EdgeLayout>();
  for (const [id, e] of Object.entries(previous.edges)) routes.set(id, right ? flipEdge(e) : e);
  const absCache = new Map<string, Point>();
  const origin = (id: string | undefined): Point => {
    if (!id) return { x: 0, y: 0 };
    const known = absCache.get(id);
    if (known) return known;
    const b = rel.get(id) as Box;
    const o = origin(graph.byId.get(id)?.parentId);
    const p = { x: o.x + b.x, y: o.y + b.y };
    absCache.set(id, p);
    return p;
  };
  const abs = (id: string): Box => ({ ...origin(id), width: (rel.get(id) as Box).width, height: (rel.get(id) as Box).height });
  const R = routes.get(was);
  const a0 = abs(A.id);
  const b0 = abs(B.id);
  if (!R || R.points.length < 2) return undefined;
  if (into.label && !R.labelPos) return undefined;
  const labelBox = (label: string, at: Point): Box => {
    const s = edgeLabelSize(label);
    const w = right ? s.height : s.width;
    const h = right ? s.width : s.height;
    return { x: at.x - w / 2, y: at.y - h / 2, width: w, height: h };
  };
  const { children } = indexGraph(graph);
  /** Whether `scope` (a group id, '' at top level) lies inside `outer` (a group or state id, '' for all). */
  const inside = (scope: string, outer: string): boolean => {
    if (outer === ROOT_SCOPE) return true;
    for (let id: string | undefined = scope; id; id = graph.byId.get(id)?.parentId) if (id === outer) return true;
    return false;
  };
  const scopeOf = (id: string) => graph.byId.get(id)?.parentId ?? ROOT_SCOPE;
  const topIn = (id: string, scope: string): string => {
    let n = graph.byId.get(id);
    while (n && (n.parentId ?? ROOT_SCOPE) !== scope) n = n.parentId ? graph.byId.get(n.parentId) : undefined;
    return n?.id ?? id;
  };
  const pinnedIn = Object.keys(pinned).filter((id) => graph.byId.has(id));

  /** The edges (not N's) drawn in `scope` or inside it, but not inside `skip`. */
  const edgesUnder = (scope: string, skip: string | undefined) =>
    graph.edges.filter((e) => e.id !== into.id && e.id !== out.id && inside(scopeOf(e.source), scope) && !(skip && inside(scopeOf(e.source), skip)));

  /**
   * The cut of one scope at `from` (absolute, along the flow), pushed past whatever straddles it unless `fixed`;
   * undefined when it cannot be placed (something straddles a fixed cut, a hand-placed state would move).
   */
  const cutIn = (scope: string, from: number, skip: string | undefined, fixed: boolean) => {
    const spans: [number, number][] = [];
    for (const m of children.get(scope) ?? []) {
      if (m.id === N.id || m.id === skip) continue;
      const b = abs(m.id);
      spans.push([b.y, b.y + b.height]);
    }
    const edges = edgesUnder(scope, skip);
    for (const e of edges) {
      const r = routes.get(e.id);
      if (!r) continue;
      if (e.label && r.labelPos) {
        const lb = labelBox(e.label, r.labelPos);
        spans.push([lb.y, lb.y + lb.height]);
      }
      if (e.source === e.target) {
        const lb = pointsBounds(r.points);
        spans.push([lb.y, lb.y + lb.height]);
      }
    }
    spans.sort((p, q) => p[0] - q[0]);
    let cut = from;
    for (const [top, bottom] of spans) {
      if (top < cut && bottom >= cut) {
        if (fixed) return undefined;
        cut = bottom + 0.5;
      }
    }
    let gap = Infinity;
    for (const [t] of spans) if (t >= cut) gap = Math.min(gap, t - cut);
    for (const id of pinnedIn) {
      if (!inside(scopeOf(id), scope) || (skip && inside(scopeOf(id), skip))) continue;
      if (abs(topIn(id, scope)).y >= cut) return undefined;
    }
    return { cut, gap, edges };
  };

  /** Moves the members of `scope` past `cut` and stretches the routes of `edges` across it, by `by`. */
  const open = (scope: string, cut: number, by: number, edges: typeof graph.edges) => {
    for (const m of children.get(scope) ?? []) {
      if (m.id === N.id) continue;
      const b = rel.get(m.id) as Box;
      if (abs(m.id).y >= cut) rel.set(m.id, { ...b, y: b.y + by });
    }
    const move = (p: Point): Point => (p.y >= cut ? { x: p.x, y: p.y + by } : p);
    for (const e of edges) {
      const r = routes.get(e.id);
      if (!r) continue;
      if (e.source === e.target) {
        if (abs(topIn(e.source, scope)).y < cut) continue;
        routes.set(e.id, { points: r.points.map((p) => ({ x: p.x, y: p.y + by })), ...(r.labelPos ? { labelPos: { x: r.labelPos.x, y: r.labelPos.y + by } } : {}) });
      } else if (r.points.some((p) => p.y >= cut) || (r.labelPos && r.labelPos.y >= cut)) {
        routes.set(e.id, { points: r.points.map(move), ...(r.labelPos ? { labelPos: move(r.labelPos) } : {}) });
      }
    }
  };

  // The first cut: past A and its edge's label, in N's scope.
  const scope0 = N.parentId ?? ROOT_SCOPE;
  let from = a0.y + a0.height;
  if (into.label && R.labelPos) {
    const lb = labelBox(into.label, R.labelPos);
    from = Math.max(from, lb.y + lb.height);
  }
  const first = cutIn(scope0, from + 0.5, undefined, false);
  if (!first || b0.y < first.cut) return undefined;
  const { cut } = first;

  // Where the old edge crosses the cut (once, running along the flow).
  let k = -1;
  for (let i = 0; i + 1 < R.points.length; i++) {
    const p = R.points[i] as Point;
    const q = R.points[i + 1] as Point;
    if (p.y < cut !== q.y < cut) {
      if (k >= 0 || q.y < cut || Math.abs(p.x - q.x) > 0.5) return undefined;
      k = i;
    }
  }
  if (k < 0) return undefined;
  const xc = (R.points[k] as Point).x;
  const size = sizeOf(N);
  const w = right ? size.height : size.width;
  const h = right ? size.width : size.height;
  const top = cut + Math.max(LAYER_GAP / 2, a0.y + a0.height + LAYER_GAP - cut);
  // What was just past the cut keeps its distance from it, and ends at least a layer gap past N.
  const by = top + h - cut + Math.max(0, LAYER_GAP - first.gap);

  // Every other edge that crosses the cut runs along the opened band: N keeps clear of them.
  const crossing: number[] = [];
  for (const e of first.edges) {
    if (e.id === was) continue;
    const pts = (routes.get(e.id) as EdgeLayout).points;
    for (let i = 0; i + 1 < pts.length; i++) {
      const p = pts[i] as Point;
      const q = pts[i + 1] as Point;
      if (p.y < cut === q.y < cut) continue;
      if (Math.abs(p.x - q.x) > 0.5) return undefined;
      crossing.push(p.x);
    }
  }
  const o0 = origin(N.parentId);
  const minX = N.parentId ? o0.x + (right ? GROUP_PADDING.top : GROUP_PADDING.left) : 0;
  const catchEdge = into.kind === 'catch';
  let left: number | undefined;
  for (let t = 0; t <= 2 * TRIES && left === undefined; t++) {
    const step = t % 2 ? (t + 1) / 2 : -t / 2;
    const x = xc - w / 2 + step * STEP;
    if (x < minX || (catchEdge && x + w / 2 <= a0.x + a0.width / 2 + 1)) continue;
    if (crossing.every((c) => c < x - CLEAR || c > x + w + CLEAR)) left = x;
  }
  if (left === undefined) return undefined;
  // A wider group would move its neighbours across: not here.
  if (N.parentId && left + w + (right ? GROUP_PADDING.bottom : GROUP_PADDING.right) > o0.x + (rel.get(N.parentId) as Box).width) return undefined;
  const nc = left + w / 2;

  // The growing scopes, innermost first: each container grows by what its content needs, and opens its own scope.
  const levels: { scope: string; cut: number; by: number; edges: typeof graph.edges }[] = [{ scope: scope0, cut, by, edges: first.edges }];
  const bottomPad = right ? GROUP_PADDING.right : GROUP_PADDING.bottom;
  let scope = scope0;
  let grow = by;
  const grown = new Map<string, number>();
  while (scope !== ROOT_SCOPE && grow > 0) {
    const group = rel.get(scope) as Box;
    // The content's end along the flow once opened: moved members, the container that grew, N.
    const at = (levels[levels.length - 1] as { cut: number }).cut;
    let content = scope === scope0 ? top + h : 0;
    for (const m of children.get(scope) ?? []) {
      if (m.id === N.id) continue;
      const b = abs(m.id);
      content = Math.max(content, b.y + b.height + (b.y >= at ? grow : 0) + (grown.get(m.id) ?? 0));
    }
    content = content - origin(scope).y + bottomPad;
    const need = Math.max(0, content - group.height);
    const state = graph.byId.get(scope)?.parentId as string;
    if (need === 0) break;
    grown.set(state, need);
    const stateBox = abs(state);
    const parent = scopeOf(state);
    const next = cutIn(parent, stateBox.y + stateBox.height - 0.25, state, true);
    if (!next) return undefined;
    levels.push({ scope: parent, cut: next.cut, by: need, edges: next.edges });
    scope = parent;
    grow = need;
  }
  // Positions are read before any move: open every level from the outermost in, then grow the containers.
  for (const l of [...levels].reverse()) open(l.scope, l.cut, l.by, l.edges);
  for (const [state, need] of grown) {
    const b = rel.get(state) as Box;
    rel.set(state, { ...b, height: b.height + need });
    for (const g of children.get(state) ?? []) {
      const gb = rel.get(g.id) as Box;
      rel.set(g.id, { ...gb, height: gb.height + need });
    }
  }
  const n0: Box = { x: left - o0.x, y: top - o0.y, width: w, height: h };
  rel.set(N.id, n0);

  const head = R.points.slice(0, k + 1);
  const tail = R.points.slice(k + 1).map((p) => ({ x: p.x, y: p.y + by }));
  const jogIn = cut + (top - cut) / 2;
  const jogOut = top + h + Math.min(LAYER_GAP, cut + by - top - h + Math.min(first.gap, LAYER_GAP)) / 2;
  const inPts = Math.abs(nc - xc) < 0.5 ? [...head, { x: nc, y: top }] : [...head, { x: xc, y: jogIn }, { x: nc, y: jogIn }, { x: nc, y: top }];
  const outPts = Math.abs(nc - xc) < 0.5 ? [{ x: nc, y: top + h }, ...tail] : [{ x: nc, y: top + h }, { x: nc, y: jogOut }, { x: xc, y: jogOut }, ...tail];
  routes.set(into.id, into.label && R.labelPos ? { points: tidyRoute(inPts), labelPos: R.labelPos } : { points: tidyRoute(inPts) });
  routes.set(out.id, { points: tidyRoute(outPts) });
  routes.delete(was);

  const nodes: Record<string, Box> = dict();
  for (const n of graph.nodes) nodes[n.id] = right ? flipBox(rel.get(n.id) as Box) : (rel.get(n.id) as Box);
  const edges: Record<string, EdgeLayout> = dict();
  for (const e of graph.edges) {
    const r = routes.get(e.id);
    if (r) edges[e.id] = right ? flipEdge(r) : r;
  }
  const outer = levels[levels.length - 1] as { scope: string; by: number };
  const rootGrow = outer.scope === ROOT_SCOPE ? outer.by : 0;
  const wAcross = Math.max(right ? previous.height : previous.width, N.parentId ? 0 : left + w);
  const hAlong = (right ? previous.width : previous.height) + rootGrow;
  return right ? { nodes, edges, width: hAlong, height: wAcross } : { nodes, edges, width: wAcross, height: hAlong };
}
