/**
 * An orthogonal edge router for fixed boxes (used when nodes keep manual or previous positions, where no fresh
 * layered routing exists). It searches a sparse grid made of the obstacle borders pushed out by a margin, with a
 * cost for every bend; the path leaves and enters boxes perpendicular to a side. Small scopes only: the grid is
 * limited to a window around the two ends, widened when no path is found.
 */
import { boxesOverlap, maxOf, minOf, segmentCrossesBox } from './geometry.ts';
import { MinHeap } from './heap.ts';
import type { Box, Point } from './types.ts';

const MARGIN = 12;
const BEND_COST = 24;
type Side = 0 | 1 | 2 | 3; // top, right, bottom, left
const NORMALS: Point[] = [{ x: 0, y: -1 }, { x: 1, y: 0 }, { x: 0, y: 1 }, { x: -1, y: 0 }];

function port(b: Box, side: Side): Point {
  if (side === 0) return { x: b.x + b.width / 2, y: b.y };
  if (side === 1) return { x: b.x + b.width, y: b.y + b.height / 2 };
  if (side === 2) return { x: b.x + b.width / 2, y: b.y + b.height };
  return { x: b.x, y: b.y + b.height / 2 };
}

function inflate(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d };
}

export function selfLoop(b: Box): Point[] {
  const r = b.x + b.width;
  const y1 = b.y + b.height * 0.3;
  const y2 = b.y + b.height * 0.7;
  return [{ x: r, y: y1 }, { x: r + 20, y: y1 }, { x: r + 20, y: y2 }, { x: r, y: y2 }];
}

/** Drops repeated points and middle points of straight runs. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * `from`: the source sides the route may leave from (0 top, 1 right, 2 bottom, 3 left; default any). `to`: the
 * target sides it should enter by; when no such route exists, any side will do.
 */
export function routeEdge(source: Box, target: Box, obstacles: Box[], from?: readonly number[], to?: readonly number[]): Point[] {
  if (source === target || (source.x === target.x && source.y === target.y && source.width === target.width)) return selfLoop(source);
  const all = [...obstacles, source, target];
  let window = hull([source, target], 160);
  for (let attempt = 0; attempt < 4; attempt++) {
    const found = search(source, target, all.filter((o) => boxesOverlap(o, window)), window, from, to);
    if (found) return found;
    window = attempt === 2 ? hull(all, 4 * MARGIN) : hull([window], 400);
  }
  if (to) return routeEdge(source, target, obstacles);
  const a = port(source, 2);
  const b = port(target, 0);
  return [a, { x: a.x, y: (a.y + b.y) / 2 }, { x: b.x, y: (a.y + b.y) / 2 }, b];
}

function hull(boxes: Box[], pad: number): Box {
  const x = minOf(boxes, (b) => b.x) - pad;
  const y = minOf(boxes, (b) => b.y) - pad;
  const r = maxOf(boxes, (b) => b.x + b.width) + pad;
  const btm = maxOf(boxes, (b) => b.y + b.height) + pad;
  return { x, y, width: r - x, height: btm - y };
}

function search(source: Box, target: Box, obstacles: Box[], window: Box, from?: readonly number[], to?: readonly number[]): Point[] | undefined {
  const blockers = obstacles.map((o) => inflate(o, MARGIN - 1));
  const xsSet = new Set<number>([window.x, window.x + window.width]);
  const ysSet = new Set<number>([window.y, window.y + window.height]);
  for (const o of obstacles) {
    xsSet.add(o.x - MARGIN).add(o.x + o.width + MARGIN);
    ysSet.add(o.y - MARGIN).add(o.y + o.height + MARGIN);
  }
  const stub = (b: Box, s: Side) => {
    const p = port(b, s);
    const n = NORMALS[s] as Point;
    return { port: p, end: { x: p.x + n.x * MARGIN, y: p.y + n.y * MARGIN } };
  };
  const sides: Side[] = [0, 1, 2, 3];
  const starts = sides.map((s) => stub(source, s));
  const goals = sides.map((s) => stub(target, s));
  for (const s of [...starts, ...goals]) {
    xsSet.add(s.end.x);
    ysSet.add(s.end.y);
  }
  // The grid stays inside the window, where every obstacle that matters is a blocker.
  const inX = (x: number) => x >= window.x && x <= window.x + window.width;
  const inY = (y: number) => y >= window.y && y <= window.y + window.height;
  const xs = [...xsSet].filter(inX).sort((a, b) => a - b);
  const ys = [...ysSet].filter(inY).sort((a, b) => a - b);
  const W = xs.length;
  const idx = (p: Point) => ys.indexOf(p.y) * W + xs.indexOf(p.x);
  const free = (a: Point, b: Point) => !blockers.some((o) => segmentCrossesBox(a, b, o, 0.5));
  const goalAt = new Map<number, number>();
  goals.forEach((g, i) => {
    if (inX(g.end.x) && inY(g.end.y) && (!to || to.includes(i))) goalAt.set(idx(g.end), i);
  });
  const dist = new Map<number, number>();
  const prev = new Map<number, number>();
  const heap = new MinHeap();
  starts.forEach((s, i) => {
    if (!inX(s.end.x) || !inY(s.end.y) || (from && !from.includes(i))) return;
    const key = idx(s.end) * 4 + i;
    dist.set(key, 0);
    heap.push(key, 0);
  });
  const h = (cell: number) => {
    const x = xs[cell % W] as number;
    const y = ys[Math.floor(cell / W)] as number;
    return Math.min(...goals.map((g) => Math.abs(g.end.x - x) + Math.abs(g.end.y - y)));
  };
  for (let item = heap.pop(); item; item = heap.pop()) {
    const { key } = item;
    const cell = key >> 2;
    const dir = key & 3;
    const d = dist.get(key) as number;
    if (item.prio - h(cell) > d + 1e-6) continue;
    const g = goalAt.get(cell);
    if (g !== undefined) {
      return finish(key, prev, xs, ys, W, starts, (goals[g] as { port: Point }).port);
    }
    const cx = cell % W;
    const cy = Math.floor(cell / W);
    const here = { x: xs[cx] as number, y: ys[cy] as number };
    for (let nd = 0; nd < 4; nd++) {
      const nx = cx + (nd === 1 ? 1 : nd === 3 ? -1 : 0);
      const ny = cy + (nd === 2 ? 1 : nd === 0 ? -1 : 0);
      if (nx < 0 || ny < 0 || nx >= W || ny >= ys.length) continue;
      const there = { x: xs[nx] as number, y: ys[ny] as number };
      if (!free(here, there)) continue;
      const nkey = (ny * W + nx) * 4 + nd;
      const cost = d + Math.abs(there.x - here.x) + Math.abs(there.y - here.y) + (nd === dir ? 0 : BEND_COST);
      if (cost < (dist.get(nkey) ?? Infinity)) {
        dist.set(nkey, cost);
        prev.set(nkey, key);
        heap.push(nkey, cost + h(ny * W + nx));
      }
    }
  }
  return undefined;
}

function finish(key: number, prev: Map<number, number>, xs: number[], ys: number[], W: number, starts: { port: Point }[], end: Point): Point[] {
  const cells: Point[] = [];
  let k: number | undefined = key;
  let first = key;
  while (k !== undefined) {
    const cell = k >> 2;
    cells.push({ x: xs[cell % W] as number, y: ys[Math.floor(cell / W)] as number });
    first = k;
    k = prev.get(k);
  }
  cells.reverse();
  const startPort = (starts[first & 3] as { port: Point }).port;
  return simplify([startPort, ...cells, end]);
}

/** A label anchor: the middle of the longest segment. */
export function labelAnchor(points: Point[]): Point | undefined {
  let best: Point | undefined;
  let len = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const l = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (l > len) {
      len = l;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
