import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { layoutGraph } from './layoutGraph.ts';
import { loadCorpus } from './testing/corpus.ts';
import type { LayoutResult } from './types.ts';
import { layoutProblems } from './verify.ts';

type Def = { StartAt: string; States: Record<string, Record<string, unknown>> };

/** Inserts a Pass state right after the start state of a definition whose start state has a `Next`. */
function insertAfterStart(def: Def, name = 'Inserted state'): Def | undefined {
  const copy = structuredClone(def);
  const start = copy.States?.[copy.StartAt];
  if (!start || typeof start.Next !== 'string') return undefined;
  copy.States[name] = { Type: 'Pass', Next: start.Next };
  start.Next = name;
  return copy;
}

/** Removes the state after the start state, wiring the start state to its successor. */
function removeAfterStart(def: Def): { def: Def; removed: string } | undefined {
  const copy = structuredClone(def);
  const start = copy.States?.[copy.StartAt];
  const removed = typeof start?.Next === 'string' ? start.Next : undefined;
  const victim = removed ? copy.States[removed] : undefined;
  if (!start || !removed || !victim || typeof victim.Next !== 'string' || victim.Type === 'Parallel' || victim.Type === 'Map') return undefined;
  start.Next = victim.Next;
  delete copy.States[removed];
  return { def: copy, removed };
}

function moved(before: LayoutResult, after: LayoutResult, skip: (id: string) => boolean): string[] {
  return Object.keys(before.nodes).filter((id) => {
    const a = before.nodes[id];
    const b = after.nodes[id];
    return !skip(id) && b !== undefined && a !== undefined && (Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5);
  });
}

const corpus = loadCorpus().filter((m) => Object.keys((m.definition as Def).States ?? {}).length >= 3);

describe('layout stability', () => {
  it('adds a state without moving any other node, with no overlap or edge through a node', async () => {
    let tried = 0;
    const failures: string[] = [];
    for (const m of corpus.slice(0, 60)) {
      const next = insertAfterStart(m.definition as Def);
      if (!next) continue;
      tried++;
      const before = await layoutGraph(m.graph, { direction: 'DOWN' });
      const graph = toGraph(next);
      const after = await layoutGraph(graph, { direction: 'DOWN', previous: before });
      for (const id of moved(before, after, () => false)) failures.push(`${m.file}: ${id} moved`);
      for (const p of layoutProblems(graph, after)) failures.push(`${m.file}: ${p}`);
      expect(after.nodes['Inserted state']).toBeDefined();
    }
    expect(tried).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  it('removes a state without moving the others', async () => {
    let tried = 0;
    const failures: string[] = [];
    for (const m of corpus.slice(0, 60)) {
      const next = removeAfterStart(m.definition as Def);
      if (!next) continue;
      tried++;
      const before = await layoutGraph(m.graph, { direction: 'RIGHT' });
      const graph = toGraph(next.def);
      const after = await layoutGraph(graph, { direction: 'RIGHT', previous: before });
      for (const id of moved(before, after, () => false)) failures.push(`${m.file}: ${id} moved`);
      for (const p of layoutProblems(graph, after)) failures.push(`${m.file}: ${p}`);
      expect(after.nodes[next.removed]).toBeUndefined();
    }
    expect(tried).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('a machine that shares no state with the previous one is laid out exactly as a fresh load lays it out', async () => {
    let tried = 0;
    const failures: string[] = [];
    const pairs = corpus.slice(0, 40);
    for (let i = 1; i < pairs.length; i++) {
      const prev = pairs[i - 1]!;
      const next = pairs[i]!;
      if (next.graph.nodes.some((n) => n.kind === 'state' && prev.graph.byId.has(n.id))) continue;
      tried++;
      const before = await layoutGraph(prev.graph, { direction: 'DOWN' });
      const fresh = await layoutGraph(next.graph, { direction: 'DOWN' });
      const after = await layoutGraph(next.graph, { direction: 'DOWN', previous: before });
      for (const id of moved(fresh, after, () => false)) failures.push(`${next.file}: ${id} differs from a fresh layout`);
    }
    expect(tried).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('grows a Parallel when a branch gains a state and pushes only what lies after it', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'P' },
        P: { Type: 'Parallel', Next: 'Z', Branches: [{ StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } }, { StartAt: 'C1', States: { C1: { Type: 'Pass', End: true } } }] },
        Z: { Type: 'Succeed' },
      },
    };
    const before = await layoutGraph(toGraph(def), { direction: 'DOWN' });
    const grown = structuredClone(def);
    grown.States.P.Branches[0] = { StartAt: 'B1', States: { B1: { Type: 'Pass', Next: 'B2' }, B2: { Type: 'Pass', End: true } } as never };
    const graph = toGraph(grown);
    const after = await layoutGraph(graph, { direction: 'DOWN', previous: before });
    expect(after.nodes.A).toEqual(before.nodes.A);
    expect(after.nodes.P?.height).toBeGreaterThan(before.nodes.P?.height ?? 0);
    expect(after.nodes['P/~b0/B1']).toEqual(before.nodes['P/~b0/B1']);
    expect(after.nodes.Z?.y).toBeGreaterThan(before.nodes.Z?.y ?? 0);
    expect(layoutProblems(graph, after)).toEqual([]);
  });
});
