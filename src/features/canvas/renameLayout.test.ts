import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph.ts';
import type { LayoutResult } from '../../layout/types.ts';
import { renameLayout, renameMapping } from './renameLayout.ts';

const machine = (a: string, b = 'Done') => ({
  StartAt: a,
  States: {
    [a]: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Par' },
    Par: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }], Next: b },
    [b]: { Type: 'Succeed' },
  },
});

function layoutOf(graph: ReturnType<typeof toGraph>): LayoutResult {
  const nodes: LayoutResult['nodes'] = {};
  graph.nodes.forEach((n, i) => (nodes[n.id] = { x: i * 10, y: i * 20, width: 100, height: 40 }));
  const edges: LayoutResult['edges'] = {};
  graph.edges.forEach((e, i) => (edges[e.id] = { points: [{ x: i, y: i }] }));
  return { nodes, edges, width: 500, height: 400 };
}

describe('renameMapping / renameLayout', () => {
  it('maps every node and edge of a renamed state to its new id, sharing the boxes and routes', () => {
    const before = toGraph(machine('Load'));
    const after = toGraph(machine('Fetc'));
    const mapping = renameMapping(before, after);
    expect(mapping?.nodes.get('Load')).toBe('Fetc');
    const old = layoutOf(before);
    const renamed = renameLayout(old, mapping!);
    expect(Object.keys(renamed.nodes).sort()).toEqual(after.nodes.map((n) => n.id).sort());
    expect(Object.keys(renamed.edges).sort()).toEqual(after.edges.map((e) => e.id).sort());
    expect(renamed.nodes.Fetc).toBe(old.nodes.Load);
    const startEdge = after.edges.find((e) => e.kind === 'start')!;
    expect(renamed.edges[startEdge.id]).toBe(old.edges[before.edges.find((e) => e.kind === 'start')!.id]);
  });

  it('follows a renamed container into its branch', () => {
    const inPlace = (p: string) => ({
      StartAt: 'Load',
      States: { Load: { Type: 'Pass', Next: p }, [p]: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }], End: true } },
    });
    const mapping = renameMapping(toGraph(inPlace('Par')), toGraph(inPlace('Fan')));
    expect([...mapping!.nodes].filter(([a, b]) => a !== b).length).toBeGreaterThan(2);
    expect(mapping!.nodes.get('Par')).toBe('Fan');
  });

  it('gives up on a structural edit or a rename that changes a box size', () => {
    const before = toGraph(machine('Load'));
    expect(renameMapping(before, toGraph(machine('Load', 'Finish')))).toBeDefined();
    expect(renameMapping(before, toGraph(machine('A much much longer name for this task state')))).toBeUndefined();
    const fewer = toGraph({ StartAt: 'Load', States: { Load: { Type: 'Succeed' } } });
    expect(renameMapping(before, fewer)).toBeUndefined();
    expect(renameMapping(before, before)).toBeUndefined();
    // A state moved to the end of States: the same ids, but no longer in the same order.
    const reordered = toGraph({ StartAt: 'Load', States: { Par: machine('Load').States.Par, Done: { Type: 'Succeed' }, Load: machine('Load').States.Load } });
    expect(renameMapping(before, reordered)).toBeUndefined();
  });

  it('maps every id to itself after an edit that changes no box or route (a comment): no layout needed', () => {
    const before = toGraph(machine('Load'));
    const commented = machine('Load');
    const after = toGraph({ ...commented, States: { ...commented.States, Done: { Type: 'Succeed', Comment: 'all good' } } });
    const mapping = renameMapping(before, after);
    expect([...mapping!.nodes].every(([a, b]) => a === b)).toBe(true);
    expect(mapping!.nodes.size).toBe(after.nodes.length);
    // The same layout object, not a copy under the same ids.
    const old = layoutOf(before);
    expect(renameLayout(old, mapping!)).toBe(old);
    expect(renameMapping(toGraph(machine('Load')), toGraph(machine('Fetc')))?.identity).toBe(false);
    const retyped = { ...commented, States: { ...commented.States, Done: { Type: 'Pass', End: true } } };
    expect(renameMapping(before, toGraph(retyped))).toBeUndefined();
  });
});
