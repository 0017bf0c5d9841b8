import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { anchorRoute, stopShort, type Pt } from './anchorRoute.ts';

/** Every segment is horizontal or vertical. */
const orthogonal = (ps: Pt[]) => ps.every((p, i) => i === 0 || p.x === ps[i - 1]!.x || p.y === ps[i - 1]!.y);

describe('anchorRoute: an edge drawn from its handles', () => {
  it("slides a Choice rule edge's first segment onto the rule handle and keeps it orthogonal", () => {
    // ELK's route (dynamically-process-data-with-map-state): it leaves at a third of the Choice's width.
    const elk = [{ x: 204.8, y: 220 }, { x: 204.8, y: 236 }, { x: 153, y: 236 }, { x: 153, y: 702 }, { x: 225.5, y: 702 }, { x: 225.5, y: 734 }];
    // React Flow's handle points lie half a handle outside the node: the route keeps ending on the border.
    const out = anchorRoute(elk, { x: 255.5, y: 224.5 }, Position.Bottom, { x: 255.5, y: 729.5 }, Position.Top);
    expect(out[0]).toEqual({ x: 255.5, y: 220 });
    expect(out.at(-1)).toEqual({ x: 255.5, y: 734 });
    expect(out).toHaveLength(elk.length);
    expect(orthogonal(out)).toBe(true);
    expect(out.slice(2, 4)).toEqual(elk.slice(2, 4)); // the middle of the route is where the layouter put it
  });

  it('leaves a route that already starts and ends at its handles as it is', () => {
    const r = [{ x: 10, y: 0 }, { x: 10, y: 40 }];
    expect(anchorRoute(r, { x: 10, y: 0 }, Position.Bottom, { x: 10, y: 40 }, Position.Top)).toEqual(r);
  });

  it('gives a straight route between offset handles a dogleg half way', () => {
    const out = anchorRoute([{ x: 10, y: 0 }, { x: 10, y: 40 }], { x: 20, y: 0 }, Position.Bottom, { x: 10, y: 40 }, Position.Top);
    expect(out).toEqual([{ x: 20, y: 0 }, { x: 20, y: 20 }, { x: 10, y: 20 }, { x: 10, y: 40 }]);
    expect(orthogonal(out)).toBe(true);
  });

  it('slides a Catch edge leaving sideways along the y axis, and a right-to-left drawing along x', () => {
    const catchRoute = [{ x: 100, y: 30 }, { x: 140, y: 30 }, { x: 140, y: 200 }, { x: 60, y: 200 }, { x: 60, y: 220 }];
    const out = anchorRoute(catchRoute, { x: 100, y: 24 }, Position.Right, { x: 60, y: 220 }, Position.Top);
    expect(out.slice(0, 2)).toEqual([{ x: 100, y: 24 }, { x: 140, y: 24 }]);
    expect(orthogonal(out)).toBe(true);
    const right = [{ x: 0, y: 13 }, { x: 20, y: 13 }, { x: 20, y: 90 }, { x: 48, y: 90 }];
    const r = anchorRoute(right, { x: 0, y: 24 }, Position.Right, { x: 48, y: 96 }, Position.Left);
    expect(r).toEqual([{ x: 0, y: 24 }, { x: 20, y: 24 }, { x: 20, y: 96 }, { x: 48, y: 96 }]);
  });
});

describe('stopShort: an arrow that ends at the in handle, not under it', () => {
  it('pulls the end back along the last segment, whatever its direction', () => {
    expect(stopShort([{ x: 0, y: 0 }, { x: 0, y: 40 }], 5)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 35 }]);
    expect(stopShort([{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 30, y: -20 }], 4)).toEqual([{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 30, y: -16 }]);
    expect(stopShort([{ x: 50, y: 10 }, { x: 10, y: 10 }], 5)).toEqual([{ x: 50, y: 10 }, { x: 15, y: 10 }]);
  });
  it('leaves a last segment too short to shorten as it is', () => {
    const points = [{ x: 0, y: 0 }, { x: 0, y: 40 }, { x: 6, y: 40 }];
    expect(stopShort(points, 5)).toEqual(points);
  });
});
