/** Flow nodes are made once per graph node and inputs: the same object back while nothing about it changed. */
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine } from '../../asl/generate.ts';
import { toGraph, type StateGraph } from '../../asl/graph.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { toFlowEdges, toFlowNodes, type FlowNodeContext } from './toFlow.ts';

const def = generateRealisticMachine(60, 3);
const layoutOf = (g: StateGraph): CanvasLayout => ({
  nodes: Object.fromEntries(g.nodes.map((n, i) => [n.id, { x: i * 10, y: i * 20, width: 200, height: 52 }])),
  edges: {},
});
const ctx = (over: Partial<FlowNodeContext> = {}): FlowNodeContext => ({
  definition: def,
  diagnostics: [],
  selectedIds: [],
  renamingId: undefined,
  horizontal: false,
  ...over,
});
/** The same graph with new node objects: nothing can be reused, every flow node is made afresh. */
const fresh = (g: StateGraph): StateGraph => ({ ...g, nodes: g.nodes.map((n) => ({ ...n })) });

describe('toFlowNodes', () => {
  it('gives the same objects for unchanged graph nodes and inputs', () => {
    const g = toGraph(def);
    const layout = layoutOf(g);
    const a = toFlowNodes(g, layout, ctx());
    const b = toFlowNodes(g, { ...layout, nodes: { ...layout.nodes } }, ctx());
    expect(b.every((n, i) => n === a[i])).toBe(true);
  });

  it('remakes exactly the nodes whose inputs changed, equal to nodes made afresh', () => {
    const g = toGraph(def);
    const layout = layoutOf(g);
    const a = toFlowNodes(g, layout, ctx());
    const target = g.nodes.find((n) => n.kind === 'state')!;
    const moved = { ...layout, nodes: { ...layout.nodes, [target.id]: { x: 5, y: 5, width: 200, height: 52 } } };
    const diag = { code: 'x', severity: 'error' as const, message: 'bad', path: [...g.nodes[5]!.jsonPath] };
    const c = ctx({ selectedIds: [g.nodes[3]!.id], diagnostics: [diag] });
    const b = toFlowNodes(g, moved, c);
    const remade = b.filter((n, i) => n !== a[i]).map((n) => n.id);
    expect(remade.sort()).toEqual([target.id, g.nodes[3]!.id, g.nodes[5]!.id].sort());
    expect(b).toEqual(toFlowNodes(fresh(g), moved, c));
  });

  it('gives the same edge objects while their graph edge and routed points stay, a new one when the points change', () => {
    const g = toGraph(def);
    const points = [{ x: 1, y: 2 }];
    const first = g.edges[0]!;
    const layout: CanvasLayout = { nodes: {}, edges: { [first.id]: { points } } };
    const a = toFlowEdges(g, layout);
    const b = toFlowEdges(g, { nodes: {}, edges: { ...layout.edges } });
    expect(b.every((e, i) => e === a[i])).toBe(true);
    const c = toFlowEdges(g, { nodes: {}, edges: { [first.id]: { points: [{ x: 3, y: 4 }] } } });
    expect(c[0]).not.toBe(a[0]);
    expect(c[0]!.data?.points).toEqual([{ x: 3, y: 4 }]);
    expect(c.slice(1).every((e, i) => e === a[i + 1])).toBe(true);
  });
});
