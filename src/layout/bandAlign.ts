/**
 * A fresh layout of a big machine placed over the previous drawing band by band, so that untouched states stay
 * where they were as far as the drawing rules allow (stability.ts uses it when no splice applies). Aligning the
 * whole fresh drawing on one state moved nearly every state once splices had opened bands or left gaps in the
 * previous drawing: the fresh one is compact, the previous one is not.
 *
 * The fresh drawing is cut across the flow into bands: runs of top-level boxes, labels and self-loops that overlap
 * along the flow, with empty space between them. Each band moves along the flow by its own amount, the whole
 * drawing across it by one amount (the median offset of the kept states). A point of a route moves with the band
 * it lies in (the cut between two bands runs through the middle of the empty space between them), so a route
 * that crosses a cut only stretches there. The amounts never decrease along the flow: every gap keeps at least
 * its fresh size, the order along the flow is the fresh one, every box and label moves rigidly with its band,
 * and the drawing keeps every rule the fresh layout keeps (no upward edge, overlap, edge through a state, label
 * collision or Catch inline that the fresh one has not). The band amounts are the isotonic (non-decreasing) fit
 * that moves the kept states least in total (pool adjacent violators with medians, L1), so a band of states that
 * kept its place relative to its neighbours moves 0 px. Linear in the drawing after sorting the spans.
 *
 * Columns moved across each by its own amount (with a jog where a route crosses between bands whose columns moved
 * differently) were tried too: no fewer states moved at 300 states (random connect, reconnect, delete and move
 * edits, p90 1 px either way), and long side lanes took a jog at every band, 25% of a fresh layout's time at 5,000.
 */
import type { StateGraph } from '../asl/graph.ts';
import { dict, own } from '../asl/own.ts';
import { pointsBounds, flip, flipBox } from './geometry.ts';
import { edgeLabelSize } from './sizes.ts';
import type { Box, Direction, EdgeLayout, LayoutResult, Point } from './types.ts';

/** Boxes closer than this along the flow share a band (a cut needs some empty space to run through). */
const MIN_SPACE = 4;


function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number);
}

/**
 * The non-decreasing sequence closest to the values of each slot in total absolute difference (a slot may hold
 * several values, or none: it then takes its neighbour's). Pool adjacent violators, a pool's level its median.
 */
export function isotonicMedians(slots: number[][]): number[] {
  const pools: { from: number; values: number[] }[] = [];
  const level = (values: number[]) => values[Math.floor((values.length - 1) / 2)] as number;
  for (let i = 0; i < slots.length; i++) {
    const values = slots[i] as number[];
    if (values.length === 0) continue;
    let pool = { from: i, values: [...values].sort((a, b) => a - b) };
    while (pools.length > 0 && level((pools[pools.length - 1] as typeof pool).values) > level(pool.values)) {
      const last = pools.pop() as typeof pool;
      pool = { from: last.from, values: mergeSorted(last.values, pool.values) };
    }
    pools.push(pool);
  }
  const out: number[] = Array.from({ length: slots.length }, () => (pools[0] ? level(pools[0].values) : 0));
  for (const [k, p] of pools.entries()) {
    const end = k + 1 < pools.length ? (pools[k + 1] as { from: number }).from : slots.length;
    const v = level(p.values);
    for (let i = p.from; i < end; i++) out[i] = v;
  }
  return out;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number));
  return out;
}

/** The index of the interval of `cuts` that holds `v` (a value on a cut belongs to the interval before it). */
function slot(cuts: number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function bandAlign(graph: StateGraph, fresh: LayoutResult, previous: LayoutResult, direction: Direction): LayoutResult {
  // Worked out drawn down: a drawing to the right is transposed in and out.
  const right = direction === 'RIGHT';
  const P = right ? flip : (p: Point) => p;
  const B = right ? flipBox : (b: Box) => b;

  // What a cut must not run through: top-level boxes, labels, self-loops; a cut runs through the middle of the
  // empty space between them.
  const spans: [number, number][] = [];
  const top = graph.nodes.filter((n) => !n.parentId && own(fresh.nodes, n.id));
  for (const n of top) {
    const b = B(fresh.nodes[n.id] as Box);
    spans.push([b.y, b.y + b.height]);
  }
  for (const e of graph.edges) {
    const r = own(fresh.edges, e.id);
    if (!r) continue;
    if (e.label && r.labelPos) {
      const s = edgeLabelSize(e.label);
      const h = right ? s.width : s.height;
      const c = P(r.labelPos).y;
      spans.push([c - h / 2, c + h / 2]);
    }
    if (e.source === e.target && r.points.length > 0) {
      const b = pointsBounds(r.points.map(P));
      spans.push([b.y, b.y + b.height]);
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const cuts: number[] = [];
  let end = -Infinity;
  for (const [lo, hi] of spans) {
    if (end > -Infinity && lo > end + MIN_SPACE) cuts.push((end + lo) / 2);
    end = Math.max(end, hi);
  }

  // What each kept top-level state asks: its previous place minus its fresh one (a top-level state keeps its id
  // only at top level: its box is its absolute place).
  const slots: number[][] = Array.from({ length: cuts.length + 1 }, () => []);
  const across: number[] = [];
  for (const n of top) {
    const was = own(previous.nodes, n.id);
    if (n.kind !== 'state' || !was) continue;
    const f = B(fresh.nodes[n.id] as Box);
    const p = B(was);
    (slots[slot(cuts, f.y + f.height / 2)] as number[]).push(p.y - f.y);
    across.push(p.x - f.x);
  }
  const t = isotonicMedians(slots).map(Math.round);
  const dx = Math.round(median(across));
  const at = (x: number, y: number, j: number): Point => P({ x: x + dx, y: y + (t[j] as number) });

  const nodes: Record<string, Box> = dict();
  let width = 0;
  let height = 0;
  for (const n of graph.nodes) {
    const b = own(fresh.nodes, n.id);
    if (!b) continue;
    if (n.parentId) {
      nodes[n.id] = b;
      continue;
    }
    // A box moves with the band of its centre (no cut runs through it).
    const q = B(b);
    const m = at(q.x, q.y, slot(cuts, q.y + q.height / 2));
    nodes[n.id] = { x: m.x, y: m.y, width: b.width, height: b.height };
    width = Math.max(width, m.x + b.width);
    height = Math.max(height, m.y + b.height);
  }
  const edges: Record<string, EdgeLayout> = dict();
  for (const [id, r] of Object.entries(fresh.edges)) {
    const points = movePoints(r.points, P, cuts, at);
    if (!r.labelPos) edges[id] = { points };
    else {
      const c = P(r.labelPos);
      edges[id] = { points, labelPos: at(c.x, c.y, slot(cuts, c.y)) };
    }
  }
  return { nodes, edges, width, height };
}

/**
 * A route's points moved with their bands. A segment along the flow that crosses a cut stretches; a slanted one
 * is split on the cut first (a point on either side), so that each part moves with its own band and stays clear.
 */
function movePoints(points: Point[], P: (p: Point) => Point, cuts: number[], at: (x: number, y: number, j: number) => Point): Point[] {
  const out: Point[] = [];
  let prev: Point | undefined;
  let jp = 0;
  for (const point of points) {
    const b = P(point);
    const jb = slot(cuts, b.y);
    if (prev && jp !== jb && Math.abs(prev.x - b.x) > 0.5) {
      const a = prev;
      const step = jp < jb ? 1 : -1;
      for (let k = jp; k !== jb; k += step) {
        const y = cuts[step > 0 ? k : k - 1] as number;
        const x = a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y);
        out.push(at(x, y - step * 0.01, k), at(x, y + step * 0.01, k + step));
      }
    }
    out.push(at(b.x, b.y, jb));
    prev = b;
    jp = jb;
  }
  return out;
}

