import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { layoutGraph } from './layoutGraph.ts';
import { loadCorpus } from './testing/corpus.ts';
import type { Box, LayoutResult } from './types.ts';
import { LAYER_GAP } from './elk.ts';
import { layoutQuality } from './quality.ts';
import { layoutProblems } from './verify.ts';

type Def = { StartAt: string; States: Record<string, Record<string, unknown>> };

/**
 * Inserts a Pass state on the start state's `Next` (of a definition whose start state has one), declared right
 * after the start state, as state.insertOnEdge does.
 */
function insertAfterStart(def: Def, name = 'Inserted state'): Def | undefined {
  const copy = structuredClone(def);
  const start = copy.States?.[copy.StartAt];
  if (!start || typeof start.Next !== 'string') return undefined;
  const states: Def['States'] = {};
  for (const [k, v] of Object.entries(copy.States)) {
    states[k] = v;
    if (k === copy.StartAt) states[name] = { Type: 'Pass', Next: start.Next };
  }
  start.Next = name;
  return { ...copy, States: states };
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
  it('an inserted state lands between its neighbours; what comes before it stays; no overlap or edge through a node', async () => {
    let tried = 0;
    let checked = 0;
    const failures: string[] = [];
    for (const m of corpus.slice(0, 30)) {
      const next = insertAfterStart(m.definition as Def);
      if (!next) continue;
      tried++;
      const before = await layoutGraph(m.graph, { direction: 'DOWN' });
      const graph = toGraph(next);
      const after = await layoutGraph(graph, { direction: 'DOWN', previous: before });
      const start = graph.edges.find((e) => e.kind === 'start')!.target;
      const successor = graph.edges.find((e) => e.source === 'Inserted state' && e.kind === 'next')!.target;
      for (const p of layoutProblems(graph, after)) failures.push(`${m.file}: ${p}`);
      const q = layoutQuality(graph, after, { direction: 'DOWN', maxDetails: 0 });
      const was = layoutQuality(m.graph, before, { direction: 'DOWN', maxDetails: 0 });
      if (q.upward > was.upward) failures.push(`${m.file}: ${q.upward} upward edges, ${was.upward} before the edit`);
      // A machine the fresh layout already draws against the flow (a state declared after its successors) is the
      // fresh layouter's business (issue 16 point 1): here only that the edit makes it no worse.
      if (was.upward > 0) continue;
      checked++;
      for (const id of moved(before, after, (id) => id !== start && graph.byId.get(id)?.kind !== 'start')) failures.push(`${m.file}: ${id} moved`);
      const a = after.nodes[start]!;
      const n = after.nodes['Inserted state']!;
      const b = after.nodes[successor]!;
      if (!(a.y + a.height <= n.y && n.y + n.height <= b.y)) failures.push(`${m.file}: the inserted state is not between ${start} and ${successor}`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(tried).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('removes a state: the start state stays, the rest closes up, with no overlap or edge through a node', async () => {
    let tried = 0;
    const failures: string[] = [];
    for (const m of corpus.slice(0, 60)) {
      const next = removeAfterStart(m.definition as Def);
      if (!next) continue;
      tried++;
      const before = await layoutGraph(m.graph, { direction: 'RIGHT' });
      const graph = toGraph(next.def);
      const after = await layoutGraph(graph, { direction: 'RIGHT', previous: before });
      const start = graph.edges.find((e) => e.kind === 'start')!.target;
      for (const id of moved(before, after, (id) => id !== start)) failures.push(`${m.file}: ${id} moved`);
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

  it('a state dropped onto the one hand-placed state of a new workflow goes right below it, Start right above it', async () => {
    const one = { StartAt: 'CreateUser', States: { CreateUser: { Type: 'Pass', End: true } } };
    const pinned = { CreateUser: { x: 400, y: 300 } };
    const before = await layoutGraph(toGraph(one), { direction: 'DOWN', pinned });
    expectMarkersHug(before, 'CreateUser', 'CreateUser');
    const two = { StartAt: 'CreateUser', States: { CreateUser: { Type: 'Pass', Next: 'PlaceOrder' }, PlaceOrder: { Type: 'Pass', End: true } } };
    const graph = toGraph(two);
    const after = await layoutGraph(graph, { direction: 'DOWN', previous: before, pinned });
    const a = after.nodes.CreateUser!;
    const b = after.nodes.PlaceOrder!;
    const start = after.nodes['~start']!;
    expect({ x: a.x, y: a.y }).toEqual(pinned.CreateUser);
    expect(b.y - (a.y + a.height)).toBeLessThanOrEqual(LAYER_GAP + 1);
    expect(b.y).toBeGreaterThan(a.y + a.height);
    expect(Math.abs(b.x + b.width / 2 - (a.x + a.width / 2))).toBeLessThan(4);
    expect(start.y + start.height).toBeLessThanOrEqual(a.y);
    expect(a.y - (start.y + start.height)).toBeLessThanOrEqual(LAYER_GAP + 1);
    expect(layoutProblems(graph, after)).toEqual([]);
  });

  it('the first state dropped into a new workflow has Start right above it and End right below it, in both directions', async () => {
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const empty = await layoutGraph(toGraph({ StartAt: '', States: {} }), { direction });
      const par = { Type: 'Parallel', End: true, Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }] };
      const choice = { Type: 'Choice', Choices: [{ Variable: '$.v', StringEquals: 'v' }] };
      for (const [id, state] of [['Pass', { Type: 'Pass', End: true }], ['Par', par], ['Pick', choice]] as const) {
        const graph = toGraph({ StartAt: id, States: { [id]: state } } as never);
        // Dropped well left of and above where the empty workflow's markers are.
        const after = await layoutGraph(graph, { direction, previous: empty, pinned: { [id]: { x: -300, y: -250 } } });
        expectMarkersHug(after, id, id, direction);
        expect(layoutProblems(graph, after)).toEqual([]);
      }
    }
  });
});

/** Start one layer gap before `first` and End one after `last`, each centred on it across the flow. */
function expectMarkersHug(l: LayoutResult, first: string, last: string, direction: 'DOWN' | 'RIGHT' = 'DOWN'): void {
  const [s, f, t, e] = [l.nodes['~start']!, l.nodes[first]!, l.nodes[last]!, l.nodes['~end']!];
  const down = direction === 'DOWN';
  const mid = (b: Box) => (down ? b.x + b.width / 2 : b.y + b.height / 2);
  const from = (b: Box) => (down ? b.y : b.x);
  const to = (b: Box) => (down ? b.y + b.height : b.x + b.width);
  expect(Math.abs(mid(s) - mid(f)), 'Start centred on the first state').toBeLessThan(1);
  expect(from(f) - to(s), 'Start right before it').toBeCloseTo(LAYER_GAP);
  expect(Math.abs(mid(e) - mid(t)), 'End centred on the last state').toBeLessThan(1);
  expect(from(e) - to(t), 'End right after it').toBeCloseTo(LAYER_GAP);
}
