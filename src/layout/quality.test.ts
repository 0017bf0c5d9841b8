import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { fitZoom, layoutQuality, moved, sumQuality } from './quality.ts';
import type { Box, LayoutResult, Point } from './types.ts';

/** Start → A → B → C(End) with a Catch A → C: a chain, no loop. */
const chain = toGraph({
  StartAt: 'A',
  States: {
    A: { Type: 'Task', Resource: 'x', Next: 'B', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }] },
    B: { Type: 'Pass', Next: 'C' },
    C: { Type: 'Succeed' },
  },
});

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });
const centre = (b: Box, dy: number): Point => ({ x: b.x + b.width / 2, y: b.y + (dy > 0 ? b.height : 0) });

/** A layout from node boxes, with straight routes from bottom/top centres (or top/bottom going up). */
function layoutOf(nodes: Record<string, Box>, graph = chain, labels: Record<string, Point> = {}): LayoutResult {
  const edges: LayoutResult['edges'] = {};
  for (const e of graph.edges) {
    const s = nodes[e.source];
    const t = nodes[e.target];
    if (!s || !t) continue;
    const down = t.y >= s.y ? 1 : -1;
    const a = centre(s, down);
    const b = centre(t, -down);
    edges[e.id] = { points: [a, { x: a.x, y: (a.y + b.y) / 2 }, { x: b.x, y: (a.y + b.y) / 2 }, b], ...(labels[e.id] ? { labelPos: labels[e.id] } : {}) };
  }
  const catchRoute = edges['A->catch0->C'];
  const a = nodes.A;
  const c = nodes.C;
  if (catchRoute && a && c && graph === chain) {
    // Out of A's right side, then down into C: clear of B.
    catchRoute.points = [{ x: a.x + a.width, y: a.y + a.height / 2 }, { x: c.x + c.width / 2, y: a.y + a.height / 2 }, { x: c.x + c.width / 2, y: c.y }];
  }
  return { nodes, edges, width: 1000, height: 1000 };
}

const tidy = {
  '~start': box(60, 0, 56, 28),
  A: box(40, 60),
  B: box(40, 160),
  C: box(200, 260),
  '~end': box(220, 360, 56, 28),
};

describe('layoutQuality', () => {
  it('finds nothing wrong in a tidy top-down chain', () => {
    const q = layoutQuality(chain, layoutOf(tidy), { direction: 'DOWN' });
    expect(sumQuality([q])).toEqual({ upward: 0, overlaps: 0, edgeThroughState: 0, labelOnLabel: 0, labelOnState: 0, terminalsNotJoined: 0, catchInline: 0, labelOffLine: 0 });
  });

  it('counts a successor drawn above its predecessor when no loop closes', () => {
    const q = layoutQuality(chain, layoutOf({ ...tidy, B: box(400, -100) }), { direction: 'DOWN' });
    expect(q.upward).toBe(1);
    expect(q.details).toContain('upward A->next->B');
  });

  it('lets an edge go back when it closes a loop', () => {
    const loop = toGraph({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'A' }], Default: 'C' }, C: { Type: 'Succeed' } } });
    const q = layoutQuality(loop, layoutOf({ ...tidy, C: box(40, 260) }, loop), { direction: 'DOWN' });
    expect(q.upward).toBe(0);
    const flipped = layoutQuality(loop, layoutOf({ ...tidy, C: box(40, -100) }, loop), { direction: 'DOWN' });
    expect(flipped.upward).toBe(1);
  });

  it('judges a left-to-right layout along x', () => {
    const right = { '~start': box(0, 0, 56, 40), A: box(100, 0), B: box(250, 0), C: box(400, 0), '~end': box(550, 0, 56, 40) };
    expect(layoutQuality(chain, layoutOf(right), { direction: 'RIGHT' }).upward).toBe(0);
    expect(layoutQuality(chain, layoutOf(right), { direction: 'DOWN' }).upward).toBe(0);
    expect(layoutQuality(chain, layoutOf({ ...right, B: box(-200, 0) }), { direction: 'RIGHT' }).upward).toBe(1);
  });

  it('counts overlapping states but not a group and what it holds', () => {
    expect(layoutQuality(chain, layoutOf({ ...tidy, B: box(60, 70) }), { direction: 'DOWN' }).overlaps).toBe(1);
    const par = toGraph({ StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }] } } });
    const nodes = { '~start': box(0, 0, 56, 28), P: box(0, 50, 300, 200), 'P/~b0': box(16, 40, 200, 100), 'P/~b0/X': box(16, 40), '~end': box(0, 300, 56, 28) };
    const ids = par.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(Object.keys(nodes).sort());
    expect(layoutQuality(par, layoutOf(nodes, par), { direction: 'DOWN' }).overlaps).toBe(0);
  });

  it('counts an edge through a state that is not one of its ends', () => {
    // B sits right on the Catch edge's path from A to C.
    const layout = layoutOf(tidy);
    layout.edges['A->catch0->C'] = { points: [{ x: 90, y: 100 }, { x: 90, y: 230 }, { x: 250, y: 230 }, { x: 250, y: 260 }] };
    const q = layoutQuality(chain, layout, { direction: 'DOWN' });
    expect(q.edgeThroughState).toBe(1);
    expect(q.details).toContain('A->catch0->C crosses B');
  });

  it('counts labels on labels and labels on states', () => {
    const onEach = layoutOf(tidy, chain, { 'A->catch0->C': { x: 90, y: 140 } });
    expect(layoutQuality(chain, onEach, { direction: 'DOWN' }).labelOnState).toBe(0);
    const onB = layoutOf(tidy, chain, { 'A->catch0->C': { x: 90, y: 170 } });
    expect(layoutQuality(chain, onB, { direction: 'DOWN' }).labelOnState).toBe(1);
    const two = toGraph({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', StringEquals: 'x', Next: 'D' }], Default: 'D' }, D: { Type: 'Succeed' } } });
    const nodes = { '~start': box(0, 0, 56, 28), C: box(0, 60), D: box(0, 300), '~end': box(0, 400, 56, 28) };
    const same = layoutOf(nodes, two, { 'C->choice0->D': { x: 50, y: 200 }, 'C->default->D': { x: 60, y: 205 } });
    expect(layoutQuality(two, same, { direction: 'DOWN' }).labelOnLabel).toBe(1);
    const apart = layoutOf(nodes, two, { 'C->choice0->D': { x: 50, y: 200 }, 'C->default->D': { x: 50, y: 240 } });
    expect(layoutQuality(two, apart, { direction: 'DOWN' }).labelOnLabel).toBe(0);
  });

  it('counts labels away from their own line, or on another line out of the same source', () => {
    const two = toGraph({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', StringEquals: 'x', Next: 'D' }], Default: 'E' }, D: { Type: 'Succeed' }, E: { Type: 'Succeed' } } });
    const nodes = { '~start': box(100, 0, 56, 28), C: box(100, 60), D: box(0, 300), E: box(200, 300), '~end': box(100, 400, 56, 28) };
    const q = (labels: Record<string, Point>) => layoutQuality(two, layoutOf(nodes, two, labels), { direction: 'DOWN' }).labelOffLine;
    // Routes: down from C to y = 200, across, down into D (x = 50) and E (x = 250). Labels on their own runs, and
    // just beside them.
    expect(q({ 'C->choice0->D': { x: 50, y: 250 }, 'C->default->E': { x: 250, y: 250 } })).toBe(0);
    expect(q({ 'C->choice0->D': { x: 50 - 40, y: 250 }, 'C->default->E': { x: 250 + 40, y: 250 } })).toBe(0);
    // 80 px left of its line.
    expect(q({ 'C->choice0->D': { x: 50 - 130, y: 250 }, 'C->default->E': { x: 250, y: 250 } })).toBe(1);
    // The rule's label on its own run across (y = 200, x 50..150) and the Default's (x 150..250): read as the Default's.
    expect(q({ 'C->choice0->D': { x: 160, y: 200 }, 'C->default->E': { x: 250, y: 250 } })).toBe(1);
    expect(q({ 'C->choice0->D': { x: 90, y: 200 }, 'C->default->E': { x: 250, y: 250 } })).toBe(0);
  });

  it('counts a Catch edge drawn in the main column', () => {
    expect(layoutQuality(chain, layoutOf(tidy), { direction: 'DOWN' }).catchInline).toBe(0);
    // The handler right under A, in its column.
    const under = layoutQuality(chain, layoutOf({ ...tidy, C: box(40, 260) }), { direction: 'DOWN' });
    expect(under.catchInline).toBe(1);
    expect(under.details).toContain('catch A->catch0->C in the main column');
    // The handler to the side, but the edge leaves from A's bottom.
    const bottom = layoutOf(tidy);
    bottom.edges['A->catch0->C'] = { points: [{ x: 90, y: 100 }, { x: 90, y: 130 }, { x: 250, y: 130 }, { x: 250, y: 260 }] };
    expect(layoutQuality(chain, bottom, { direction: 'DOWN' }).catchInline).toBe(1);
  });

  it('counts terminal states without a drawable edge to End', () => {
    const layout = layoutOf(tidy);
    expect(layoutQuality(chain, layout, { direction: 'DOWN', hasSourceHandle: (e) => e.source !== 'C' }).terminalsNotJoined).toBe(1);
    delete layout.edges['C->end'];
    expect(layoutQuality(chain, layout, { direction: 'DOWN' }).terminalsNotJoined).toBe(1);
  });
});

describe('fitZoom', () => {
  it('is the largest zoom that shows the padded drawing, clamped', () => {
    expect(fitZoom({ width: 1000, height: 100 }, { width: 600, height: 600 })).toBeCloseTo(0.5);
    expect(fitZoom({ width: 100, height: 100 }, { width: 600, height: 600 })).toBe(1.2);
    expect(fitZoom({ width: 100000, height: 100 }, { width: 600, height: 600 })).toBe(0.05);
  });
});

describe('moved', () => {
  it('gives the median and maximum distance of the states kept, without the excluded ones', () => {
    const before = layoutOf(tidy);
    const after = layoutOf({ ...tidy, A: box(40, 63, 100, 40), B: box(40, 160), C: box(210, 260) });
    const m = moved(chain, before, chain, after);
    expect(m).toEqual({ count: 3, median: 3, max: 10 });
    expect(moved(chain, before, chain, after, { exclude: ['C'] })).toEqual({ count: 2, median: 1.5, max: 3 });
  });
});
