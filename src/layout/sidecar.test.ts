import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { layoutGraph } from './layoutGraph.ts';
import { applySidecar, emptySidecar, migrateSidecar, removeFromSidecar, renameInSidecar, setSidecarPosition, sidecarProblem, type LayoutSidecar } from './sidecar.ts';
import { layoutProblems } from './verify.ts';

const sidecar = (positions: LayoutSidecar['positions']): LayoutSidecar => ({ version: 1, direction: 'DOWN', positions });

describe('migrateSidecar', () => {
  it.each([
    ['null', null],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('turns %s into an empty sidecar', (_name, input) => {
    expect(migrateSidecar(input)).toEqual(emptySidecar());
  });

  it('keeps a valid current sidecar and drops invalid positions', () => {
    const input = { version: 1, direction: 'RIGHT', positions: { A: { x: 1, y: 2 }, B: { x: 'no', y: 2 }, C: { x: Infinity, y: 0 } } };
    expect(migrateSidecar(input)).toEqual({ version: 1, direction: 'RIGHT', positions: { A: { x: 1, y: 2 } } });
    expect(input.positions.B).toEqual({ x: 'no', y: 2 });
  });

  it('reads version 0: positions under `nodes`, as {position} or [x, y], direction LR/TB', () => {
    const v0 = { direction: 'LR', nodes: { A: { position: { x: 5, y: 6 } }, B: [7, 8] } };
    expect(migrateSidecar(v0)).toEqual({ version: 1, direction: 'RIGHT', positions: { A: { x: 5, y: 6 }, B: { x: 7, y: 8 } } });
    expect(migrateSidecar({ direction: 'TB' }).direction).toBe('DOWN');
  });
});

describe('renameInSidecar and removeFromSidecar', () => {
  const sc = sidecar({ P: { x: 0, y: 0 }, 'P/~b0/A': { x: 1, y: 1 }, 'P/~b0/A/~p/X': { x: 2, y: 2 }, PX: { x: 3, y: 3 } });

  it('renames a container with everything under it, not ids that merely share a prefix', () => {
    expect(Object.keys(renameInSidecar(sc, 'P', 'Q').positions).sort()).toEqual(['PX', 'Q', 'Q/~b0/A', 'Q/~b0/A/~p/X']);
    expect(renameInSidecar(sc, 'P/~b0/A', 'P/~b0/B').positions['P/~b0/B/~p/X']).toEqual({ x: 2, y: 2 });
  });

  it('removes a node and its descendants', () => {
    expect(Object.keys(removeFromSidecar(sc, 'P/~b0/A').positions).sort()).toEqual(['P', 'PX']);
    expect(sc.positions['P/~b0/A']).toBeDefined();
  });
});

describe('applySidecar', () => {
  const graph = toGraph({
    StartAt: 'A',
    States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Succeed' } },
  });

  it('lets manual positions win and routes the touched edges again', async () => {
    const layout = await layoutGraph(graph, { direction: 'DOWN' });
    const moved = applySidecar(layout, setSidecarPosition(emptySidecar(), 'B', { x: 600, y: 150 }), graph);
    expect(moved.nodes.B).toMatchObject({ x: 600, y: 150 });
    expect(moved.nodes.A).toEqual(layout.nodes.A);
    expect(moved.edges['A->next->B']).not.toEqual(layout.edges['A->next->B']);
    expect(moved.edges['start->A']).toEqual(layout.edges['start->A']);
    expect(layoutProblems(graph, moved)).toEqual([]);
  });

  it('ignores positions of unknown nodes and returns the layout unchanged', async () => {
    const layout = await layoutGraph(graph, { direction: 'DOWN' });
    expect(applySidecar(layout, sidecar({ Gone: { x: 1, y: 1 } }), graph)).toBe(layout);
  });
});

describe('sidecars from outside (issue 18)', () => {
  it('migrateSidecar drops positions beyond ±1e7 (x = 1e19 hung the grid) and keeps the rest', () => {
    const s = migrateSidecar({ positions: { A: { x: 1e19, y: 0 }, B: { x: 5, y: -1e8 }, C: { x: 1e7, y: -1e7 } } });
    expect(s.positions).toEqual({ C: { x: 1e7, y: -1e7 } });
  });

  it('keeps a state called __proto__, constructor or toString as an ordinary key', () => {
    const input = JSON.parse('{"positions":{"__proto__":{"x":1,"y":2},"constructor":{"x":3,"y":4}}}') as unknown;
    const s = migrateSidecar(input);
    expect(Object.keys(s.positions).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(s.positions, '__proto__')?.value).toEqual({ x: 1, y: 2 });
    expect(setSidecarPosition(s, 'toString', { x: 0, y: 0 }).positions.toString).toEqual({ x: 0, y: 0 });
  });

  it.each([
    [{ positions: { A: { x: 1e19, y: 0 } } }, 'the layout position of “A” has x = 10000000000000000000 (expected a number from -10000000 to 10000000)'],
    [{ positions: { A: { x: 1, y: 'far' } } }, 'the layout position of “A” has y = "far" (expected a number from -10000000 to 10000000)'],
    [{ positions: { A: [0, null] } }, 'the layout position of “A” has y = null (expected a number from -10000000 to 10000000)'],
    [{ nodes: { A: 'here' } }, 'the layout position of “A” is not a point'],
    ['garbage', 'the layout is not an object'],
  ])('sidecarProblem refuses %j, saying why', (input, why) => {
    expect(sidecarProblem(input)).toBe(why);
  });

  it('sidecarProblem accepts what a share link carries, and no sidecar at all', () => {
    expect(sidecarProblem({ version: 1, direction: 'RIGHT', positions: { A: { x: -20, y: 3.5 } } })).toBeUndefined();
    expect(sidecarProblem({ nodes: { A: { position: { x: 1, y: 2 } }, B: [3, 4] } })).toBeUndefined();
    expect(sidecarProblem(undefined)).toBeUndefined();
  });
});
