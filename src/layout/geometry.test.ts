import { describe, expect, it } from 'vitest';
import { boxesOverlap, distanceToBox, polylineCrossesBox, segmentCrossesBox } from './geometry.ts';

const box = { x: 0, y: 0, width: 100, height: 50 };

describe('segmentCrossesBox', () => {
  it.each([
    ['through the middle', { x: -10, y: 25 }, { x: 110, y: 25 }, true],
    ['diagonal through a corner region', { x: -10, y: -10 }, { x: 20, y: 20 }, true],
    ['along the top border', { x: -10, y: 0 }, { x: 110, y: 0 }, false],
    ['touching the border from outside', { x: 50, y: -40 }, { x: 50, y: 0 }, false],
    ['ending inside', { x: 50, y: -40 }, { x: 50, y: 10 }, true],
    ['entirely outside', { x: 120, y: -40 }, { x: 120, y: 90 }, false],
    ['a point inside', { x: 50, y: 25 }, { x: 50, y: 25 }, true],
  ])('%s', (_name, p, q, expected) => {
    expect(segmentCrossesBox(p, q, box)).toBe(expected);
  });

  it('checks every segment of a polyline', () => {
    expect(polylineCrossesBox([{ x: -10, y: -10 }, { x: 50, y: -10 }, { x: 50, y: 60 }], box)).toBe(true);
    expect(polylineCrossesBox([{ x: -10, y: -10 }, { x: 110, y: -10 }, { x: 110, y: 60 }], box)).toBe(false);
  });
});

describe('boxesOverlap and distanceToBox', () => {
  it('treats touching boxes as apart and a gap as required space', () => {
    expect(boxesOverlap(box, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxesOverlap(box, { x: 99, y: 0, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(box, { x: 105, y: 0, width: 10, height: 10 }, 10)).toBe(true);
  });

  it('measures the distance from outside and is zero on the border', () => {
    expect(distanceToBox({ x: 100, y: 25 }, box)).toBe(0);
    expect(distanceToBox({ x: 103, y: 54 }, box)).toBe(5);
  });
});
