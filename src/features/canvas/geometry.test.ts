import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph.ts';
import { absoluteBox, boxInView, dropTarget, revealBox } from './geometry.ts';
import type { CanvasLayout } from './layoutTypes.ts';

const def = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'P' },
    P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true },
  },
};
const graph = toGraph(def);
const layout: CanvasLayout = {
  nodes: {
    A: { x: 0, y: 0, width: 100, height: 40 },
    P: { x: 0, y: 100, width: 300, height: 200 },
    'P/~b0': { x: 20, y: 40, width: 200, height: 120 },
    'P/~b0/X': { x: 20, y: 40, width: 100, height: 40 },
  },
  edges: { 'A->next->P': { points: [{ x: 50, y: 40 }, { x: 50, y: 100 }] } },
};

describe('canvas geometry', () => {
  it('computes absolute boxes through nested groups', () => {
    expect(absoluteBox(graph, layout, 'P/~b0/X')).toEqual({ x: 40, y: 180, width: 100, height: 40 });
  });

  it('finds the drop target: an edge, a branch, a state or the top level', () => {
    expect(dropTarget(graph, layout, { x: 55, y: 70 })).toEqual({ kind: 'edge', edgeId: 'A->next->P' });
    expect(dropTarget(graph, layout, { x: 200, y: 150 })).toEqual({ kind: 'scope', scope: 'P/~b0', position: { x: 180, y: 10 } });
    expect(dropTarget(graph, layout, { x: 60, y: 200 })).toEqual({ kind: 'state', id: 'P/~b0/X' });
    expect(dropTarget(graph, layout, { x: 500, y: 500 })).toEqual({ kind: 'scope', scope: '', position: { x: 500, y: 500 } });
  });
});

describe('boxInView', () => {
  const box = { x: 100, y: 100, width: 200, height: 50 };
  const pane = { width: 800, height: 600 };

  it('is true for a box well inside the pane, at any zoom', () => {
    expect(boxInView(box, { x: 0, y: 0, zoom: 1 }, pane)).toBe(true);
    expect(boxInView(box, { x: -50, y: -50, zoom: 2 }, pane)).toBe(true);
  });

  it('is false for a box off screen, cut by an edge, or within the margin', () => {
    expect(boxInView(box, { x: -1000, y: 0, zoom: 1 }, pane)).toBe(false);
    expect(boxInView(box, { x: 550, y: 0, zoom: 1 }, pane)).toBe(false);
    expect(boxInView(box, { x: 0, y: 440, zoom: 1 }, pane)).toBe(false);
    expect(boxInView(box, { x: -80, y: 0, zoom: 1 }, pane)).toBe(false);
    expect(boxInView(box, { x: -76, y: 0, zoom: 1 }, pane)).toBe(true);
  });
});

describe('revealBox', () => {
  it('is the outermost container of the state that fits the pane at the zoom', () => {
    expect(revealBox(graph, layout, 'P/~b0/X', 1, { width: 800, height: 600 })).toEqual({ x: 0, y: 100, width: 300, height: 200 });
    expect(revealBox(graph, layout, 'P/~b0/X', 0.5, { width: 250, height: 200 })).toEqual({ x: 0, y: 100, width: 300, height: 200 });
  });
  it('is the state itself when its container does not fit, or it has none', () => {
    expect(revealBox(graph, layout, 'P/~b0/X', 1, { width: 320, height: 600 })).toEqual(absoluteBox(graph, layout, 'P/~b0/X'));
    expect(revealBox(graph, layout, 'A', 1, { width: 800, height: 600 })).toEqual(layout.nodes.A);
  });
});
