/**
 * Layout quality: counts what a person would never draw, on a computed layout (pure; used by the property tests,
 * `npm run layout-quality` and the edit benchmarks). All boxes are absolute (nested groups resolved).
 * - upward: transitions against the layout direction that close no loop (u→v may go back only when v reaches u);
 * - overlaps: pairs of boxes that overlap where neither contains the other;
 * - edgeThroughState: (edge, box) pairs where the route passes through a box that is not an end of the edge nor a
 *   group holding one;
 * - labelOnLabel / labelOnState: edge label boxes on each other, or on a box other than the groups they sit in;
 * - labelOffLine: edge labels more than LABEL_NEAR from their own route, or on another route out of the same source
 *   (read as that edge's: a Choice's rule label on its Default line); a self-loop's labels, in a row beside it, aside;
 * - terminalsNotJoined: top-level terminal states (End, Succeed, Fail) without a routed edge to the End marker
 *   (and, with `hasSourceHandle`, one the canvas can draw);
 * - catchInline: Catch edges drawn in the main column, as the AWS console never draws them: the route does not
 *   leave from the source's side (right when drawn down, bottom when drawn right), or the handler, when it closes
 *   no loop, does not sit to that side of the source (its centre across the flow not past the source's centre).
 */
import { END_ID, type GraphEdge, type StateGraph } from '../asl/graph.ts';
import { own } from '../asl/own.ts';
import { absolutePositions } from './compose.ts';
import { boxesOverlap, polylineCrossesBox } from './geometry.ts';
import { edgeLabelSize } from './sizes.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point, Size } from './types.ts';

export interface QualityOptions {
  direction: Direction;
  /** The size of an edge's label as drawn (default: the layouter's estimate). */
  labelSize?: (label: string) => Size;
  /** The centre of an edge's label as drawn (default: the layout's labelPos). */
  labelCentre?: (edge: EdgeLayout) => Point | undefined;
  /** Whether the canvas can draw this edge from its source (React Flow drops edges on a missing handle). */
  hasSourceHandle?: (edge: GraphEdge) => boolean;
  /** Count catchInline only for the Catch edges this accepts (default: every one). */
  catchEdges?: (edge: GraphEdge) => boolean;
  /** Keep up to this many human-readable findings (default 20). */
  maxDetails?: number;
}

export interface LayoutQuality {
  upward: number;
  overlaps: number;
  edgeThroughState: number;
  labelOnLabel: number;
  labelOnState: number;
  terminalsNotJoined: number;
  catchInline: number;
  labelOffLine: number;
  details: string[];
}

export type QualityCounts = Omit<LayoutQuality, 'details'>;
export const QUALITY_KEYS: (keyof QualityCounts)[] = ['upward', 'overlaps', 'edgeThroughState', 'labelOnLabel', 'labelOnState', 'terminalsNotJoined', 'catchInline', 'labelOffLine'];

/** How far a label's box may be from its own route (a label beside its line keeps a few px of air). */
export const LABEL_NEAR = 20;

/** Absolute box of every node the layout has. */
export function absoluteLayoutBoxes(graph: StateGraph, layout: LayoutResult): Map<string, Box> {
  const abs = absolutePositions(graph, layout.nodes);
  const out = new Map<string, Box>();
  for (const n of graph.nodes) {
    const b = own(layout.nodes, n.id);
    const p = abs.get(n.id);
    if (b && p) out.set(n.id, { x: p.x, y: p.y, width: b.width, height: b.height });
  }
  return out;
}

function ancestorsOf(graph: StateGraph, id: string): Set<string> {
  const out = new Set<string>();
  for (let n = graph.byId.get(id); n?.parentId; n = graph.byId.get(n.parentId)) out.add(n.parentId);
  return out;
}

/** Strongly connected component of every node (iterative Tarjan): u→v closes a loop iff both share one. */
export function componentsOf(graph: StateGraph): Map<string, number> {
  const succ = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = succ.get(e.source);
    if (list) list.push(e.target);
    else succ.set(e.source, [e.target]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const comp = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let comps = 0;
  for (const root of graph.nodes) {
    if (index.has(root.id)) continue;
    const work: { id: string; i: number }[] = [{ id: root.id, i: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length) {
      const top = work[work.length - 1] as { id: string; i: number };
      const next = succ.get(top.id)?.[top.i++];
      if (next !== undefined) {
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, i: 0 });
        } else if (onStack.has(next)) {
          low.set(top.id, Math.min(low.get(top.id) as number, index.get(next) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(top.id) as number));
      if (low.get(top.id) === index.get(top.id)) {
        for (;;) {
          const w = stack.pop() as string;
          onStack.delete(w);
          comp.set(w, comps);
          if (w === top.id) break;
        }
        comps++;
      }
    }
  }
  return comp;
}

/** Position along the flow of a box's centre (y when drawn down, x when drawn right). */
function along(b: Box, direction: Direction): number {
  return direction === 'DOWN' ? b.y + b.height / 2 : b.x + b.width / 2;
}

/** Position across the flow of a box's centre. */
function across(b: Box, direction: Direction): number {
  return direction === 'DOWN' ? b.x + b.width / 2 : b.y + b.height / 2;
}

/** Whether a route's first point lies on the box's side across the flow (right when down, bottom when right). */
function leavesFromSide(p: Point, b: Box, direction: Direction): boolean {
  return direction === 'DOWN' ? Math.abs(p.x - (b.x + b.width)) <= 1 && p.y > b.y && p.y < b.y + b.height : Math.abs(p.y - (b.y + b.height)) <= 1 && p.x > b.x && p.x < b.x + b.width;
}

/** The shortest distance from a box to a polyline (0 when they touch); a slanted segment is sampled. */
function distanceToRoute(points: Point[], b: Box): number {
  const gap = (x0: number, x1: number, y0: number, y1: number) =>
    Math.hypot(Math.max(b.x - x1, 0, x0 - (b.x + b.width)), Math.max(b.y - y1, 0, y0 - (b.y + b.height)));
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as Point;
    const q = points[i] as Point;
    if (p.x === q.x || p.y === q.y) best = Math.min(best, gap(Math.min(p.x, q.x), Math.max(p.x, q.x), Math.min(p.y, q.y), Math.max(p.y, q.y)));
    else for (let k = 0; k <= 16; k++) best = Math.min(best, gap(p.x + ((q.x - p.x) * k) / 16, p.x + ((q.x - p.x) * k) / 16, p.y + ((q.y - p.y) * k) / 16, p.y + ((q.y - p.y) * k) / 16));
  }
  return best;
}

/** Pairs of overlapping boxes from a list, by a sweep along x (O(n log n + pairs checked)). */
function overlappingPairs(items: { id: string; box: Box }[], gap = 0): [string, string][] {
  const sorted = [...items].sort((a, b) => a.box.x - b.box.x);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as { id: string; box: Box };
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as { id: string; box: Box };
      if (b.box.x >= a.box.x + a.box.width + gap) break;
      if (boxesOverlap(a.box, b.box, gap)) out.push([a.id, b.id]);
    }
  }
  return out;
}

export function labelBoxOf(centre: Point, size: Size): Box {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height };
}

export function layoutQuality(graph: StateGraph, layout: LayoutResult, opts: QualityOptions): LayoutQuality {
  const q: LayoutQuality = { upward: 0, overlaps: 0, edgeThroughState: 0, labelOnLabel: 0, labelOnState: 0, terminalsNotJoined: 0, catchInline: 0, labelOffLine: 0, details: [] };
  const max = opts.maxDetails ?? 20;
  const note = (s: string) => {
    if (q.details.length < max) q.details.push(s);
  };
  const boxes = absoluteLayoutBoxes(graph, layout);
  const ancestors = new Map(graph.nodes.map((n) => [n.id, ancestorsOf(graph, n.id)]));
  const related = (a: string, b: string) => ancestors.get(a)?.has(b) === true || ancestors.get(b)?.has(a) === true;

  const comp = componentsOf(graph);
  for (const e of graph.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t || e.source === e.target) continue;
    if (along(t, opts.direction) < along(s, opts.direction) - 1 && comp.get(e.source) !== comp.get(e.target)) {
      q.upward++;
      note(`upward ${e.id}`);
    }
  }

  for (const [a, b] of overlappingPairs([...boxes].map(([id, box]) => ({ id, box })))) {
    if (related(a, b)) continue;
    q.overlaps++;
    note(`overlap ${a} / ${b}`);
  }

  const boxList = [...boxes];
  const labels: { id: string; box: Box; edge: GraphEdge }[] = [];
  const sizeOf = opts.labelSize ?? edgeLabelSize;
  const centreOf = opts.labelCentre ?? ((el: EdgeLayout) => el.labelPos);
  for (const e of graph.edges) {
    const route = own(layout.edges, e.id);
    if (!route || route.points.length < 2) continue;
    const exempt = new Set([e.source, e.target, ...(ancestors.get(e.source) ?? []), ...(ancestors.get(e.target) ?? [])]);
    for (const [id, b] of boxList) {
      if (!exempt.has(id) && polylineCrossesBox(route.points, b)) {
        q.edgeThroughState++;
        note(`${e.id} crosses ${id}`);
      }
    }
    const centre = e.label ? centreOf(route) : undefined;
    if (e.label && centre) labels.push({ id: e.id, box: labelBoxOf(centre, sizeOf(e.label)), edge: e });
  }

  for (const [a, b] of overlappingPairs(labels)) {
    q.labelOnLabel++;
    note(`label ${a} on label ${b}`);
  }
  const routesFrom = new Map<string, { id: string; points: Point[] }[]>();
  for (const e of graph.edges) {
    const points = own(layout.edges, e.id)?.points;
    if (!points) continue;
    const list = routesFrom.get(e.source);
    if (list) list.push({ id: e.id, points });
    else routesFrom.set(e.source, [{ id: e.id, points }]);
  }
  for (const l of labels) {
    const own0 = own(layout.edges, l.id)?.points ?? [];
    const others = (routesFrom.get(l.edge.source) ?? []).filter((r) => r.id !== l.id).map((r) => r.points);
    if (l.edge.source !== l.edge.target && (distanceToRoute(own0, l.box) > LABEL_NEAR || others.some((r) => polylineCrossesBox(r, l.box)))) {
      q.labelOffLine++;
      note(`label ${l.id} off its line`);
    }
    const inside = ancestors.get(l.edge.source) ?? new Set<string>();
    for (const [id, b] of boxList) {
      if (!inside.has(id) && boxesOverlap(l.box, b)) {
        q.labelOnState++;
        note(`label ${l.id} on ${id}`);
      }
    }
  }

  for (const e of graph.edges) {
    if (e.kind !== 'catch' || e.source === e.target || opts.catchEdges?.(e) === false) continue;
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    const first = own(layout.edges, e.id)?.points[0];
    if (!s || !t || !first) continue;
    const loop = comp.get(e.source) === comp.get(e.target);
    if (!leavesFromSide(first, s, opts.direction) || (!loop && across(t, opts.direction) <= across(s, opts.direction) + 1)) {
      q.catchInline++;
      note(`catch ${e.id} in the main column`);
    }
  }

  const joined = new Set<string>();
  for (const e of graph.edges) {
    if (e.target !== END_ID) continue;
    const route = own(layout.edges, e.id);
    if (route && route.points.length >= 2 && (opts.hasSourceHandle?.(e) ?? true)) joined.add(e.source);
  }
  for (const n of graph.nodes) {
    if (n.kind === 'state' && !n.parentId && n.isTerminal && !joined.has(n.id)) {
      q.terminalsNotJoined++;
      note(`terminal ${n.id} not joined to End`);
    }
  }
  return q;
}

// The first-view zoom lives in fitZoom.ts: the canvas needs it on the first screen, this module's counts only in
// tests, scripts and the layout worker.
export { fitZoom, type Viewport } from './fitZoom.ts';

export interface Movement {
  /** How many states were compared (present in both layouts and not excluded). */
  count: number;
  median: number;
  max: number;
}

/**
 * How far the states of `before` moved in `after` (absolute top-left corners, Euclidean distance), over the state
 * ids in `ids` (default: every state node present in both), without those in `exclude` (the edited ones).
 */
export function moved(graphBefore: StateGraph, before: LayoutResult, graphAfter: StateGraph, after: LayoutResult, opts: { ids?: Iterable<string>; exclude?: Iterable<string> } = {}): Movement {
  const a = absoluteLayoutBoxes(graphBefore, before);
  const b = absoluteLayoutBoxes(graphAfter, after);
  const skip = new Set(opts.exclude ?? []);
  const ids = opts.ids ? [...opts.ids] : graphAfter.nodes.filter((n) => n.kind === 'state').map((n) => n.id);
  const d: number[] = [];
  for (const id of ids) {
    if (skip.has(id)) continue;
    const p = a.get(id);
    const q = b.get(id);
    if (p && q) d.push(Math.hypot(q.x - p.x, q.y - p.y));
  }
  d.sort((x, y) => x - y);
  const mid = d.length / 2;
  const median = d.length === 0 ? 0 : d.length % 2 ? (d[Math.floor(mid)] as number) : ((d[mid - 1] as number) + (d[mid] as number)) / 2;
  return { count: d.length, median, max: d.length ? (d[d.length - 1] as number) : 0 };
}

export function sumQuality(list: QualityCounts[]): QualityCounts {
  const total: QualityCounts = { upward: 0, overlaps: 0, edgeThroughState: 0, labelOnLabel: 0, labelOnState: 0, terminalsNotJoined: 0, catchInline: 0, labelOffLine: 0 };
  for (const q of list) for (const k of QUALITY_KEYS) total[k] += q[k];
  return total;
}
