import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph.ts';
import { MIN_SPAN, minimapFrame, minimapScroll, sameBoxInputs, toFlowPoint, viewportRect } from './miniMapGeometry.ts';

describe('big minimap geometry', () => {
  const boxes = [
    { x: 0, y: 0, width: 200, height: 50 },
    { x: 0, y: 950, width: 200, height: 50 },
  ];

  it('fits the boxes inside the minimap, centred, aspect kept', () => {
    const f = minimapFrame(boxes, 200, 150);
    const corner = (x: number, y: number) => ({ x: (x - f.x) * f.scale + f.offsetX, y: (y - f.y) * f.scale + f.offsetY });
    const top = corner(0, 0);
    const bottom = corner(200, 1000);
    expect(top.y).toBeGreaterThanOrEqual(0);
    expect(bottom.y).toBeLessThanOrEqual(150);
    expect(top.x).toBeGreaterThan(0);
    // Tall content: centred horizontally, same margin left and right.
    expect(top.x).toBeCloseTo(200 - bottom.x, 6);
  });

  it('maps a pixel back to the flow point drawn there', () => {
    const f = minimapFrame(boxes, 200, 150);
    const p = toFlowPoint(f, (100 - f.x) * f.scale + f.offsetX, (500 - f.y) * f.scale + f.offsetY);
    expect(p.x).toBeCloseTo(100, 6);
    expect(p.y).toBeCloseTo(500, 6);
  });

  it('shows the viewport: a zoomed-in view is a smaller rectangle at the panned place', () => {
    const f = minimapFrame(boxes, 200, 150);
    const whole = viewportRect(f, { x: 0, y: 0, zoom: 1 }, 800, 600);
    const zoomed = viewportRect(f, { x: -400, y: -800, zoom: 2 }, 800, 600);
    expect(zoomed.width).toBeCloseTo(whole.width / 2, 6);
    const flowTopLeft = toFlowPoint(f, zoomed.x, zoomed.y);
    expect(flowTopLeft.x).toBeCloseTo(200, 6);
    expect(flowTopLeft.y).toBeCloseTo(400, 6);
  });

  it('scrolls a drawing far longer than wide, filling its width, and keeps the view in its middle', () => {
    // The shape of a generated 1,000-state machine drawn top-down.
    const tall = [
      { x: 0, y: 0, width: 6400, height: 50 },
      { x: 3000, y: 68_000, width: 200, height: 50 },
    ];
    const f = minimapFrame(tall, 200, 150);
    // Fitted whole, it would be a line ~15 px wide; now it fills the width, and the minimap still shows a long stretch.
    expect(f.fullWidth).toBe(200);
    expect(6400 * f.scale).toBeGreaterThan(150);
    expect(150 / f.scale).toBeGreaterThanOrEqual(MIN_SPAN - 1);
    expect(f.fullHeight).toBeGreaterThan(150 * 10);
    const pane = { w: 800, h: 600 };
    const at = (y: number) => viewportRect(f, { x: -2800 * 0.5, y: -y * 0.5, zoom: 0.5 }, pane.w, pane.h);
    // Mid-drawing: the view's rectangle sits in the minimap's middle.
    const mid = at(30_000);
    const s = minimapScroll(f, mid, 200, 150);
    expect(mid.y - s.y + mid.height / 2).toBeCloseTo(75, 6);
    // At the top and the bottom the scroll stops at the drawing's ends.
    expect(minimapScroll(f, at(-5000), 200, 150).y).toBe(0);
    expect(minimapScroll(f, at(80_000), 200, 150).y).toBeCloseTo(f.fullHeight - 150, 6);
    // A pixel of the scrolled minimap maps back to the flow point drawn there.
    const p = toFlowPoint(f, 100 + s.x, 75 + s.y);
    expect(p.y).toBeCloseTo(30_000 + 600, -1);
  });

  it('fits a drawing that is only somewhat long whole, without scrolling', () => {
    const f = minimapFrame(boxes, 200, 150);
    expect(f.fullHeight).toBe(150);
    expect(minimapScroll(f, viewportRect(f, { x: 0, y: 0, zoom: 1 }, 800, 600), 200, 150)).toEqual({ x: 0, y: 0 });
  });

  it('has a neutral frame without boxes', () => {
    expect(minimapFrame([], 200, 150)).toEqual({ x: 0, y: 0, scale: 1, offsetX: 0, offsetY: 0, fullWidth: 200, fullHeight: 150 });
  });

  it('keeps the boxes across an edit that changes no node, parent or kind (a comment), not across a rename or an add', () => {
    const machine = (extra: Record<string, unknown> = {}, name = 'Load') => ({
      StartAt: name,
      States: {
        [name]: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Par', ...extra },
        Par: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }], End: true },
      },
    });
    const before = toGraph(machine());
    expect(sameBoxInputs(before, toGraph(machine({ Comment: 'edited' }), before))).toBe(true);
    expect(sameBoxInputs(before, toGraph(machine({}, 'Fetch'), before))).toBe(false);
    const added = machine();
    expect(sameBoxInputs(before, toGraph({ ...added, States: { ...added.States, Done: { Type: 'Succeed' } } }, before))).toBe(false);
  });
});
