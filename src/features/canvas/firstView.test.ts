import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, drawingBounds, firstView } from './firstView.ts';

const pane = { width: 700, height: 600 };
const start = { x: 572, y: 0, width: 56, height: 28 };

describe('firstView', () => {
  it('shows a machine whole, centred, when it fits at a readable zoom', () => {
    const v = firstView(20, { x: 0, y: 0, width: 400, height: 500 }, start, pane);
    expect(v.mode).toBe('all');
    expect(v.zoom).toBeCloseTo(1);
    expect(v.x + 200 * v.zoom).toBeCloseTo(350);
    expect(v.y + 250 * v.zoom).toBeCloseTo(300);
  });

  it('opens a wide machine on its start at a readable zoom, the start marker centred at the top', () => {
    // A 16-branch Parallel: 3,200 px wide; fitting it whole would mean zoom ~0.18.
    const v = firstView(60, { x: 0, y: 0, width: 3200, height: 700 }, { x: 1572, y: 0, width: 56, height: 28 }, pane);
    expect(v.mode).toBe('start');
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.x + 1600 * v.zoom).toBeCloseTo(350);
    expect(v.y).toBeGreaterThan(0);
    expect(v.y).toBeLessThan(50);
  });

  it('fits the breadth of a long narrow machine, up to zoom 1, from its top', () => {
    const v = firstView(80, { x: 0, y: 0, width: 300, height: 9000 }, { x: 122, y: 0, width: 56, height: 28 }, pane);
    expect(v).toMatchObject({ mode: 'start', zoom: 1 });
    expect(v.y).toBe(24);
  });

  it('opens a left-to-right machine on its left end', () => {
    const v = firstView(80, { x: 0, y: 0, width: 9000, height: 300 }, { x: 0, y: 136, width: 56, height: 28 }, pane, true);
    expect(v.mode).toBe('start');
    expect(v.x).toBe(24);
    expect(v.y + 150 * v.zoom).toBeCloseTo(300);
  });

  it('never fits a machine of over 300 nodes whole', () => {
    expect(firstView(400, { x: 0, y: 0, width: 300, height: 300 }, start, pane).mode).toBe('start');
  });

  it('bounds the top-level boxes', () => {
    expect(drawingBounds([{ x: 10, y: 5, width: 10, height: 10 }, { x: -5, y: 50, width: 20, height: 10 }])).toEqual({ x: -5, y: 5, width: 25, height: 55 });
  });
});

describe('firstView beside the minimap', () => {
  const pane = { width: 1200, height: 800 };
  const minimap = { width: 225, height: 175 };
  it('fits a machine that would reach under the minimap beside it or above it, so that it covers no state', () => {
    const big = { x: 0, y: 0, width: 1400, height: 900 };
    const plain = firstView(20, big, undefined, pane);
    // Centred in the whole pane, its bottom-right corner would lie under the minimap.
    expect(plain.x + big.width * plain.zoom).toBeGreaterThan(pane.width - minimap.width);
    expect(plain.y + big.height * plain.zoom).toBeGreaterThan(pane.height - minimap.height);
    const v = firstView(20, big, undefined, pane, false, minimap);
    expect(v.mode).toBe('all');
    const right = v.x + big.width * v.zoom;
    const bottom = v.y + big.height * v.zoom;
    expect(right <= pane.width - minimap.width || bottom <= pane.height - minimap.height).toBe(true);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });
  it('is the plain fit without a minimap, or when the centred drawing does not reach under it', () => {
    const b = { x: 0, y: 0, width: 1400, height: 300 };
    expect(firstView(20, b, undefined, pane, false, undefined)).toEqual(firstView(20, b, undefined, pane));
    const narrow = { x: 0, y: 0, width: 300, height: 600 };
    expect(firstView(20, narrow, undefined, pane, false, minimap)).toEqual(firstView(20, narrow, undefined, pane));
  });
});
