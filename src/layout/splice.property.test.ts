/**
 * Property tests (fast-check) for edits on machines over INCREMENTAL_MAX_NODES (250): a state inserted on a
 * top-level transition (insert, or added after a state) opens the drawing (splice.ts). The states before it do
 * not move; the states after it move along the flow, all by the same room, never across; the drawing rules of a
 * fresh layout hold. Before splice.ts the fresh layout aligned on the edit moved untouched states across the
 * drawing (an insert at 300 states: up to 652 px, some sideways). A state deleted from a chain moves nothing
 * (spliceDelete.ts; before: 36-64 px, up to 18,000 px in random sequences). A transition connected or reconnected
 * further along the flow, or back into a loop, moves nothing (spliceConnect.ts; before: up to 21,434 px at 300).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { insertStateOnEdge } from '../commands/stateAdd.ts';
import { deleteStates } from '../commands/stateDelete.ts';
import { connect } from '../commands/transitions.ts';
import { layoutGraph } from './layoutGraph.ts';
import { absoluteLayoutBoxes, layoutQuality } from './quality.ts';
import { runEditSequence } from './testing/editSequence.ts';
import type { Direction } from './types.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;
const HARD = ['upward', 'overlaps', 'edgeThroughState', 'labelOnLabel', 'labelOnState', 'terminalsNotJoined'] as const;

/** Inserts a Pass on the `pick`-th top-level Next transition between two plain states; what moved, and how. */
async function insertAt(size: number, seed: number, pick: number, direction: Direction, nested = false): Promise<string[]> {
  const def = machine(size, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const edges = graph.edges.filter((e) => {
    const s = graph.byId.get(e.source);
    const t = graph.byId.get(e.target);
    return e.kind === 'next' && s?.kind === 'state' && t?.kind === 'state' && s.parentId === t.parentId && !s.isGroup && !t.isGroup && (nested || !s.parentId);
  });
  const e = edges[pick % edges.length];
  if (!e) return ['no top-level transition'];
  const next = insertStateOnEdge.execute(def, { type: 'Pass', name: 'Inserted', source: e.source, kind: 'next' });
  const g2 = toGraph(next);
  const after = await layoutGraph(g2, { direction, previous: before });
  const out: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of HARD) if (q[k] > 0) out.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  const down = direction === 'DOWN';
  const shifts = new Set<number>();
  const was = absoluteLayoutBoxes(graph, before);
  const now = absoluteLayoutBoxes(g2, after);
  for (const n of graph.nodes) {
    if (n.kind !== 'state' || n.id === e.source || n.id === e.target) continue;
    const a = was.get(n.id);
    const b = now.get(n.id);
    if (!a || !b) continue;
    const across = down ? b.x - a.x : b.y - a.y;
    const along = down ? b.y - a.y : b.x - a.x;
    if (Math.abs(across) > 0.5) out.push(`${n.id} moved ${across.toFixed(0)} px across the flow`);
    if (along < -0.5) out.push(`${n.id} moved ${along.toFixed(0)} px back`);
    if (along > 0.5) shifts.add(Math.round(along));
  }
  // Every state after a top-level insert moves by the same room (at most the new box and a layer gap or two).
  if (!nested && shifts.size > 1) out.push(`states moved by different amounts: ${[...shifts].join(', ')}`);
  for (const s of shifts) if (s > 2 * 48 + 180) out.push(`states moved by ${s} px`);
  return out;
}

/** Untouched states that moved across the flow or back, over a sequence of inserts and adds. */
async function sequenceDrift(size: number, seed: number, direction: Direction, steps: number): Promise<string[]> {
  const start = machine(size, seed);
  let boxes = absoluteLayoutBoxes(toGraph(start), await layoutGraph(toGraph(start), { direction }));
  const run = await runEditSequence(start, seededRandom(seed), { direction, steps, kinds: ['insert'] });
  const out: string[] = [];
  const down = direction === 'DOWN';
  for (const [i, step] of run.entries()) {
    const now = absoluteLayoutBoxes(step.graph, step.layout);
    for (const k of HARD) if (step.quality[k] > 0) out.push(`edit ${i + 1}: ${k} ${step.quality[k]}`);
    for (const n of step.graph.nodes) {
      const a = boxes.get(n.id);
      const b = now.get(n.id);
      if (!a || !b || n.kind !== 'state') continue;
      const across = down ? b.x - a.x : b.y - a.y;
      const along = down ? b.y - a.y : b.x - a.x;
      if (Math.abs(across) > 0.5 || along < -0.5) out.push(`edit ${i + 1}: ${n.id} moved ${across.toFixed(0)} across, ${along.toFixed(0)} along`);
    }
    boxes = now;
  }
  return out;
}

/**
 * Deletes the `pick`-th state with one transition out to a state (`chain`), or the `pick`-th terminal state: a
 * Succeed, Fail or End state, or a Choice arm that ends (`terminal`); what moved.
 */
async function deleteAt(size: number, seed: number, pick: number, direction: Direction, which: 'chain' | 'terminal' = 'chain'): Promise<string[]> {
  const def = machine(size, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const single = graph.nodes.filter((n) => {
    const outs = graph.edges.filter((e) => e.source === n.id);
    if (n.kind !== 'state' || n.isStart) return false;
    if (which === 'terminal') return !n.isGroup && outs.every((e) => e.kind === 'end');
    return outs.length === 1 && outs[0]?.kind === 'next' && graph.byId.get(outs[0].target)?.kind === 'state';
  });
  const x = single[pick % single.length];
  if (!x) return ['no state to delete'];
  const g2 = toGraph(deleteStates.execute(def, { ids: [x.id] }));
  const after = await layoutGraph(g2, { direction, previous: before });
  const out: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of HARD) if (q[k] > 0) out.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  const was = absoluteLayoutBoxes(graph, before);
  for (const [id, b] of absoluteLayoutBoxes(g2, after)) {
    const a = was.get(id);
    if (a && g2.byId.get(id)?.kind === 'state' && Math.hypot(b.x - a.x, b.y - a.y) > 0.5) out.push(`${id} moved ${Math.hypot(b.x - a.x, b.y - a.y).toFixed(0)} px`);
  }
  return out.slice(0, 5);
}

/** Points the `pick`-th state's Next (or a new Catch, or a new Choice rule) at a sibling further down; what moved. */
async function connectAt(size: number, seed: number, pick: number, kind: 'next' | 'catch' | 'choice', direction: Direction): Promise<string[]> {
  const def = machine(size, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const boxes = absoluteLayoutBoxes(graph, before);
  const along = (id: string) => (direction === 'DOWN' ? (boxes.get(id)?.y ?? 0) : (boxes.get(id)?.x ?? 0));
  const across = (id: string) => (direction === 'DOWN' ? (boxes.get(id)?.x ?? 0) : (boxes.get(id)?.y ?? 0));
  const pairs: [string, string][] = [];
  const states = graph.nodes.filter((n) => n.kind === 'state');
  for (const s of states) {
    const type = s.stateType;
    if (kind === 'choice' ? type !== 'Choice' : kind === 'catch' ? type !== 'Task' : !graph.edges.some((e) => e.source === s.id && e.kind === 'next')) continue;
    for (const t of states) {
      if (t.parentId !== s.parentId || t.id === s.id || along(t.id) <= along(s.id) + 1 || (kind === 'catch' && across(t.id) <= across(s.id) + 1)) continue;
      pairs.push([s.id, t.id]);
    }
  }
  const [source, target] = pairs[pick % Math.max(1, pairs.length)] ?? [];
  if (!source || !target) return [`no ${kind} edge to draw`];
  const args = { source, target, kind, replace: kind === 'next' };
  if (connect.canExecute(def, args) !== true) return [];
  const g2 = toGraph(connect.execute(def, args));
  const after = await layoutGraph(g2, { direction, previous: before });
  const out: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of HARD) if (q[k] > 0) out.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  if (kind === 'catch' && q.catchInline > 0) out.push(`catchInline: ${q.catchInline}`);
  for (const [id, b] of absoluteLayoutBoxes(g2, after)) {
    const a = boxes.get(id);
    if (a && g2.byId.get(id)?.kind === 'state' && Math.hypot(b.x - a.x, b.y - a.y) > 0.5) out.push(`${id} moved ${Math.hypot(b.x - a.x, b.y - a.y).toFixed(0)} px`);
  }
  return out.slice(0, 5);
}

/** A retry loop drawn inside a Parallel branch or Map: a new Catch from the `pick`-th nested Task back to a state before it. */
async function loopAt(seed: number, pick: number, direction: Direction): Promise<string[]> {
  const def = machine(300, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const boxes = absoluteLayoutBoxes(graph, before);
  const along = (id: string) => (direction === 'DOWN' ? (boxes.get(id)?.y ?? 0) : (boxes.get(id)?.x ?? 0));
  const pairs: [string, string][] = [];
  for (const s of graph.nodes) {
    if (s.stateType !== 'Task' || !s.parentId) continue;
    for (const t of graph.nodes) if (t.kind === 'state' && t.parentId === s.parentId && along(t.id) < along(s.id) - 1) pairs.push([s.id, t.id]);
  }
  const [source, target] = pairs[pick % Math.max(1, pairs.length)] ?? [];
  if (!source || !target) return ['no nested loop to draw'];
  const args = { source, target, kind: 'catch' as const };
  if (connect.canExecute(def, args) !== true) return [`cannot connect ${source} to ${target}`];
  const g2 = toGraph(connect.execute(def, args));
  const after = await layoutGraph(g2, { direction, previous: before });
  const out: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of [...HARD, 'catchInline' as const]) if (q[k] > 0) out.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  for (const [id, b] of absoluteLayoutBoxes(g2, after)) {
    const a = boxes.get(id);
    if (a && Math.hypot(b.x - a.x, b.y - a.y) > 0.5) out.push(`${id} moved ${Math.hypot(b.x - a.x, b.y - a.y).toFixed(0)} px`);
  }
  return out.slice(0, 5);
}

describe('edits on a machine over 250 states', () => {
  it('deleting a state from a chain moves no other state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), async (seed, pick) => {
        expect(await deleteAt(300, seed, pick, 'DOWN')).toEqual([]);
      }),
      { numRuns: 4, seed: 46 },
    );
  }, 120_000);

  it('deleting a terminal state or a Choice arm that ends moves no other state (before: up to 14,120 px)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, direction) => {
        expect(await deleteAt(300, seed, pick, direction, 'terminal')).toEqual([]);
      }),
      { numRuns: 4, seed: 50 },
    );
  }, 120_000);

  it('a sequence of inserts moves no state across the flow, nor back (before splice.ts: 9-294 px)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        expect((await sequenceDrift(300, seed, 'DOWN', 8)).slice(0, 5)).toEqual([]);
      }),
      { numRuns: 2, seed: 45 },
    );
  }, 120_000);

  it('an insert in a Parallel branch or a Map moves nothing across the flow, nor back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(200), async (seed, pick) => {
        expect(await insertAt(300, seed, pick, 'DOWN', true)).toEqual([]);
      }),
      { numRuns: 2, seed: 44 },
    );
  }, 120_000);

  it('an insert on a top-level transition drawn right: nothing before it moves, what follows shifts together', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(200), async (seed, pick) => {
        expect(await insertAt(300, seed, pick, 'RIGHT')).toEqual([]);
      }),
      { numRuns: 2, seed: 42 },
    );
  }, 120_000);

  it('random inserts, adds and deletes keep the drawing rules', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const run = await runEditSequence(machine(300, seed), seededRandom(seed), { direction: 'DOWN', steps: 5, kinds: ['insert', 'add', 'delete'] });
        const broken = run.flatMap((s, i) => HARD.filter((k) => s.quality[k] > 0).map((k) => `edit ${i + 1} (${s.kind}): ${k} ${s.quality[k]}`));
        expect(broken).toEqual([]);
      }),
      { numRuns: 2, seed: 43 },
    );
  }, 120_000);

  it('a Next reconnected further along the flow moves no state (before spliceConnect.ts: up to 21,434 px)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(5_000), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, direction) => {
        expect(await connectAt(300, seed, pick, 'next', direction)).toEqual([]);
      }),
      { numRuns: 4, seed: 47 },
    );
  }, 120_000);

  it('a Catch or a Choice rule added moves no state, the Catch to the side', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(5_000), fc.constantFrom<'catch' | 'choice'>('catch', 'choice'), async (seed, pick, kind) => {
        expect(await connectAt(300, seed, pick, kind, 'DOWN')).toEqual([]);
      }),
      { numRuns: 4, seed: 48 },
    );
  }, 120_000);

  it('a retry loop drawn inside a Parallel branch runs in its padding and moves no state (before: laid out again)', async () => {
    // A branch is as wide as its widest state: the loop found no room 16 px out and the machine was laid out again
    // (edit runs at 300 states: up to 5,274 px).
    for (const [seed, pick, direction] of [[2, 0, 'DOWN'], [2, 3, 'RIGHT'], [5, 1, 'DOWN'], [7, 2, 'RIGHT']] as const) {
      expect(await loopAt(seed, pick, direction), `seed ${seed} pick ${pick} ${direction}`).toEqual([]);
    }
  }, 120_000);

  it('random connects and reconnects keep the drawing rules, most moving nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const run = await runEditSequence(machine(300, seed), seededRandom(seed), { direction: 'DOWN', steps: 6, kinds: ['connect', 'reconnect'] });
        const broken = run.flatMap((s, i) => HARD.filter((k) => s.quality[k] > 0).map((k) => `edit ${i + 1} (${s.kind}): ${k} ${s.quality[k]}`));
        expect(broken).toEqual([]);
        // Most edits move nothing (only one against the flow still takes a fresh layout): before, most moved.
        const still = run.filter((s) => s.movement.max <= 0.5).length;
        expect(still).toBeGreaterThan(run.length / 2);
      }),
      { numRuns: 2, seed: 49 },
    );
  }, 120_000);
});
