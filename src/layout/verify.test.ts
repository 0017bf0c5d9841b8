import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import type { LayoutResult } from './types.ts';
import { layoutProblems } from './verify.ts';

const graph = toGraph({
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'C' }, B: { Type: 'Pass', End: true }, C: { Type: 'Pass', End: true } },
});

function layout(bY: number): LayoutResult {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
  return {
    nodes: { '~start': { x: 0, y: 0, width: 56, height: 28 }, '~end': { x: 0, y: 400, width: 56, height: 28 }, A: box(0, 100), B: box(0, bY), C: box(0, 300) },
    edges: {
      'start->A': { points: [{ x: 28, y: 28 }, { x: 28, y: 100 }] },
      'A->next->C': { points: [{ x: 50, y: 140 }, { x: 50, y: 300 }] },
      'B->end': { points: [{ x: 10, y: bY + 40 }, { x: 10, y: 400 }] },
      'C->end': { points: [{ x: 20, y: 340 }, { x: 20, y: 400 }] },
    },
    width: 100,
    height: 430,
  };
}

describe('layoutProblems', () => {
  it('finds an edge drawn through a node that is not one of its ends', () => {
    const problems = layoutProblems(graph, layout(200));
    expect(problems.some((p) => p.includes('A->next->C crosses B'))).toBe(true);
  });

  it('finds overlapping siblings and edges that leave their source', () => {
    const problems = layoutProblems(graph, layout(120));
    expect(problems).toContain('overlap A / B');
    expect(problems.some((p) => p.startsWith('B->end') && p.includes('crosses C'))).toBe(true);
  });

  it('accepts a clean layout', () => {
    const clean = layout(200);
    clean.nodes.B = { x: 200, y: 200, width: 100, height: 40 };
    clean.edges['B->end'] = { points: [{ x: 250, y: 240 }, { x: 250, y: 380 }, { x: 56, y: 380 }, { x: 56, y: 414 }] };
    expect(layoutProblems(graph, clean)).toEqual([]);
  });
});
