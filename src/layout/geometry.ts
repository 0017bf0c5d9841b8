/** Small geometry helpers on axis-aligned boxes and polylines (open interiors, with a tolerance). */
import type { Box, EdgeLayout, Point } from './types.ts';

/**
 * A drawing transposed (x and y swapped): the splices work a left-right drawing out as a top-down one and swap
 * back. Self-inverse.
 */
export const flip = (p: Point): Point => ({ x: p.y, y: p.x });
export const flipBox = (b: Box): Box => ({ x: b.y, y: b.x, width: b.height, height: b.width });
export const flipEdge = (e: EdgeLayout): EdgeLayout => (e.labelPos ? { points: e.points.map(flip), labelPos: flip(e.labelPos) } : { points: e.points.map(flip) });

export function boxesOverlap(a: Box, b: Box, gap = 0, eps = 0.5): boolean {
  return (
    a.x < b.x + b.width + gap - eps &&
    b.x < a.x + a.width + gap - eps &&
    a.y < b.y + b.height + gap - eps &&
    b.y < a.y + a.height + gap - eps
  );
}

/** Whether segment p–q passes through the interior of box b shrunk by `eps` (Liang–Barsky clipping). */
export function segmentCrossesBox(p: Point, q: Point, b: Box, eps = 1): boolean {
  const minX = b.x + eps;
  const maxX = b.x + b.width - eps;
  const minY = b.y + eps;
  const maxY = b.y + b.height - eps;
  if (minX >= maxX || minY >= maxY) return false;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (den: number, num: number): boolean => {
    if (den === 0) return num >= 0;
    const t = num / den;
    if (den < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  // Strict interior: a segment running exactly along the shrunk border does not count.
  if (!clip(-dx, p.x - minX) || !clip(dx, maxX - p.x) || !clip(-dy, p.y - minY) || !clip(dy, maxY - p.y)) return false;
  if (t1 - t0 <= 1e-9 && (dx !== 0 || dy !== 0)) return false;
  const mx = p.x + dx * ((t0 + t1) / 2);
  const my = p.y + dy * ((t0 + t1) / 2);
  return mx > minX && mx < maxX && my > minY && my < maxY;
}

export function polylineCrossesBox(points: Point[], b: Box, eps = 1): boolean {
  for (let i = 1; i < points.length; i++) {
    if (segmentCrossesBox(points[i - 1] as Point, points[i] as Point, b, eps)) return true;
  }
  return false;
}

/** Distance from a point to a box border region (0 when on or inside the box). */
export function distanceToBox(p: Point, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** The smallest f(item) (`empty` for none): a loop, as Math.min(...list) overflows the stack on long lists. */
export function minOf<T>(items: Iterable<T>, f: (item: T) => number, empty = Infinity): number {
  let m = empty;
  for (const it of items) m = Math.min(m, f(it));
  return m;
}

/** The largest f(item) (`empty` for none). */
export function maxOf<T>(items: Iterable<T>, f: (item: T) => number, empty = -Infinity): number {
  let m = empty;
  for (const it of items) m = Math.max(m, f(it));
  return m;
}

/** The bounding box of a route's points. */
export function pointsBounds(points: Point[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A route without repeated points, nor middle points of straight runs. */
export function tidyRoute(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && Math.abs(b.x - p.x) < 0.01 && Math.abs(b.y - p.y) < 0.01) continue;
    if (a && b && ((Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - p.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - p.y) < 0.01))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}
