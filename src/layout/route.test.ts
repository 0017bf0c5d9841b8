import { describe, expect, it } from 'vitest';
import { polylineCrossesBox } from './geometry.ts';
import { labelAnchor, routeEdge, simplify } from './route.ts';
import type { Box, Point } from './types.ts';

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });
const orthogonal = (pts: Point[]) => pts.every((p, i) => i === 0 || p.x === pts[i - 1]?.x || p.y === pts[i - 1]?.y);

describe('routeEdge', () => {
  it('goes straight down between stacked boxes', () => {
    const pts = routeEdge(box(0, 0), box(0, 100), []);
    expect(pts).toEqual([{ x: 50, y: 40 }, { x: 50, y: 100 }]);
  });

  it('goes around a box in the way, orthogonally', () => {
    const s = box(0, 0);
    const t = box(0, 200);
    const wall = box(-20, 90, 140, 40);
    const pts = routeEdge(s, t, [wall]);
    expect(orthogonal(pts)).toBe(true);
    expect(polylineCrossesBox(pts, wall)).toBe(false);
    expect(pts[0]?.y === 40 || pts[0]?.x === 0 || pts[0]?.x === 100).toBe(true);
  });

  it('finds a way out of a crowded neighbourhood by widening its window', () => {
    const s = box(0, 0);
    const t = box(0, 600);
    const walls = [box(-400, 200, 900, 40), box(-400, 240, 40, 300)];
    const pts = routeEdge(s, t, walls);
    for (const w of walls) expect(polylineCrossesBox(pts, w)).toBe(false);
  });

  it('draws a self loop on the right side', () => {
    const pts = routeEdge(box(0, 0), box(0, 0), []);
    expect(pts[0]?.x).toBe(100);
    expect(pts.at(-1)?.x).toBe(100);
  });
});

describe('simplify and labelAnchor', () => {
  it('merges straight runs and finds the middle of the longest segment', () => {
    const pts = simplify([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 50 }, { x: 0, y: 50 }, { x: 20, y: 50 }]);
    expect(pts).toEqual([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 20, y: 50 }]);
    expect(labelAnchor(pts)).toEqual({ x: 0, y: 25 });
  });
});
