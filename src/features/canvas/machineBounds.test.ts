import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph.ts';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { drawnLabelSize } from './edgeLabel.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { machineBounds } from './machineBounds.ts';

const def = {
  StartAt: 'Pick',
  States: {
    Pick: { Type: 'Choice', Choices: [{ Variable: '$.a', NumericEquals: 1, Next: 'Done' }], Default: 'Done' },
    Done: { Type: 'Succeed' },
  },
} as unknown as StateMachineDefinition;

describe('machineBounds', () => {
  const graph = toGraph(def);
  const boxes: CanvasLayout['nodes'] = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: 0, y: i * 100, width: 200, height: 50 }]));
  const rule = graph.edges.find((e) => e.label && e.label !== 'Default')!;
  // The rule's edge bends far left of every state, and its label sits on that bend.
  const layout: CanvasLayout = {
    nodes: boxes,
    edges: { [rule.id]: { points: [{ x: 100, y: 150 }, { x: -300, y: 150 }, { x: -300, y: 250 }], labelPos: { x: -300, y: 200 } } },
  };
  const states = { x: 0, y: 0, width: 200, height: (graph.nodes.length - 1) * 100 + 50 };

  it('covers the states only when asked to leave the edges out', () => {
    expect(machineBounds(graph, layout, false)).toEqual(states);
  });

  it('covers the routed edges and their labels', () => {
    const b = machineBounds(graph, layout);
    const half = drawnLabelSize(rule.label!).width / 2;
    expect(b.x).toBeCloseTo(Math.min(-300, -300 - half));
    expect(b.x + b.width).toBe(200);
    expect(b.y).toBe(0);
  });

  it('leaves out states inside a container (their positions are relative to it)', () => {
    const inner = { ...layout, nodes: { ...boxes, ghost: { x: -5000, y: -5000, width: 10, height: 10 } } };
    const g = { ...graph, nodes: [...graph.nodes, { ...graph.nodes[1]!, id: 'ghost', parentId: graph.nodes[1]!.id }] };
    expect(machineBounds(g, inner, false)).toEqual(states);
  });
});
