/**
 * Property tests (fast-check) for states added beside the flow of a machine over INCREMENTAL_MAX_NODES (250):
 * a duplicate, a Succeed or Fail dropped onto a state (a new Catch or Choice rule into it, or unwired), a state
 * added onto a Choice (spliceAdd.ts). No other state moves; the drawing rules of a fresh layout hold, the new
 * state sits after its source and before its targets. Before spliceAdd.ts the fresh layout aligned on the edit
 * moved untouched states (300 states, 3 seeds x 10 edits: duplicate up to 1,977 px, dropTerminal up to 228 px).
 * Where the new state has no room beside (a narrow branch or Map, a Choice added after a state), the drawing opens
 * along the flow as for an insert (spliceAddOpen.ts): states move along the flow only, by one room; the same for a
 * state added at the end of a branch or a Map (its containers grow), and for a new Parallel (laid out on its own).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition, StateType } from '../asl/types.ts';
import { dropModes, dropOnState } from '../commands/stateDrop.ts';
import { duplicateState } from '../commands/stateEdit.ts';
import { layoutGraph } from './layoutGraph.ts';
import { outPort } from './ports.ts';
import { defaultNodeSize } from './sizes.ts';
import { spliceAdd } from './spliceAdd.ts';
import { absoluteLayoutBoxes, layoutQuality, QUALITY_KEYS } from './quality.ts';
import { runEditSequence } from './testing/editSequence.ts';
import type { Direction } from './types.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;

type Edit = 'duplicate' | 'duplicateCatch' | 'dropTerminal' | 'addOnChoice';

/** One edit on the `pick`-th top-level state it applies to, laid out with the previous layout: what broke or moved. */
async function editAt(size: number, seed: number, pick: number, edit: Edit, direction: Direction): Promise<string[]> {
  const def = machine(size, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const type: StateType = edit === 'dropTerminal' ? (pick % 2 ? 'Fail' : 'Succeed') : 'Pass';
  const candidates = graph.nodes.filter((n) => {
    if (n.kind !== 'state' || n.parentId) return false;
    if (edit === 'duplicate') return !n.isGroup;
    if (edit === 'duplicateCatch') return graph.edges.some((e) => e.source === n.id && e.kind === 'catch');
    const mode = dropModes(def, n.id, type)[0];
    return edit === 'addOnChoice' ? mode === 'choice' : mode === 'choice' || mode === 'catch' || mode === 'unconnected';
  });
  const target = candidates[pick % Math.max(1, candidates.length)];
  if (!target) return [`no state for ${edit}`];
  const next = edit === 'duplicate' || edit === 'duplicateCatch' ? duplicateState.execute(def, { id: target.id, name: 'Copy' }) : dropOnState.execute(def, { type, name: 'Dropped', target: target.id });
  const g2 = toGraph(next);
  const after = await layoutGraph(g2, { direction, previous: before });
  const out: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of QUALITY_KEYS) if (q[k] > 0) out.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  const was = absoluteLayoutBoxes(graph, before);
  const now = absoluteLayoutBoxes(g2, after);
  for (const [id, b] of now) {
    const a = was.get(id);
    if (a && Math.hypot(b.x - a.x, b.y - a.y) > 0.5) out.push(`${id} moved ${Math.hypot(b.x - a.x, b.y - a.y).toFixed(0)} px`);
  }
  // A new rule of a Choice leaves from the rule's handle (ports.ts), as the canvas draws it: its label stays by it.
  for (const e of g2.edges) {
    const port = before.edges[e.id] ? undefined : outPort(g2.byId.get(e.source), e);
    const s = now.get(e.source);
    const p = after.edges[e.id]?.points[0];
    if (port === undefined || !s || !p) continue;
    const at = direction === 'DOWN' ? { x: s.x + s.width * port, y: s.y + s.height } : { x: s.x + s.width, y: s.y + s.height * port };
    if (Math.hypot(p.x - at.x, p.y - at.y) > 1) out.push(`${e.id} leaves from (${p.x.toFixed(0)}, ${p.y.toFixed(0)}), not its handle`);
  }
  // The new state: after the state it hangs from along the flow, beside it across.
  const added = g2.nodes.find((n) => !graph.byId.has(n.id));
  const box = added && now.get(added.id);
  const anchor = was.get(target.id);
  if (!box || !anchor) out.push('no new box');
  else {
    const along = (b: { x: number; y: number }) => (direction === 'DOWN' ? b.y : b.x);
    const across = (b: { x: number; y: number }) => (direction === 'DOWN' ? b.x : b.y);
    if (!edit.startsWith('duplicate') && dropModes(def, target.id, type)[0] !== 'unconnected' && along(box) <= along(anchor)) out.push('new state not after its source');
    // A copy whose Catch goes to a handler just right of its original may stand left of it.
    const left = edit === 'duplicateCatch' && across(box) < across(anchor);
    if (across(box) <= across(anchor) && !left) out.push('new state not beside its source');
  }
  return out.slice(0, 5);
}

/**
 * A duplicate inside a Parallel branch or a Map (no room beside it), or a Choice added after a top-level state with
 * a Next: the drawing opens along the flow (spliceAddOpen.ts). What broke, and which states moved across or back.
 */
type OpenEdit = 'nestedDuplicate' | 'addChoice' | 'nestedEnd' | 'addParallel';

async function openAt(size: number, seed: number, pick: number, edit: OpenEdit, direction: Direction): Promise<string[]> {
  const def = machine(size, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const candidates = graph.nodes.filter((n) => {
    if (n.kind !== 'state' || n.isGroup || (edit === 'nestedDuplicate' || edit === 'nestedEnd') !== Boolean(n.parentId)) return false;
    if (edit === 'nestedEnd') return ['Pass', 'Task', 'Wait'].includes(n.stateType ?? '') && !graph.edges.some((e) => e.source === n.id);
    return graph.edges.some((e) => e.source === n.id && e.kind === 'next' && graph.byId.get(e.target)?.kind === 'state');
  });
  const target = candidates[pick % Math.max(1, candidates.length)];
  if (!target) return [`no state for ${edit}`];
  const type: StateType = edit === 'addChoice' ? 'Choice' : edit === 'addParallel' ? 'Parallel' : 'Succeed';
  const next = edit === 'nestedDuplicate' ? duplicateState.execute(def, { id: target.id, name: 'Copy' }) : dropOnState.execute(def, { type, name: 'Added', target: target.id });
  const g2 = toGraph(next);
  const after = await layoutGraph(g2, { direction, previous: before });
  const out: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of QUALITY_KEYS) if (q[k] > 0) out.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  const was = absoluteLayoutBoxes(graph, before);
  for (const [id, b] of absoluteLayoutBoxes(g2, after)) {
    const a = was.get(id);
    if (!a) continue;
    const across = direction === 'DOWN' ? b.x - a.x : b.y - a.y;
    const along = direction === 'DOWN' ? b.y - a.y : b.x - a.x;
    if (Math.abs(across) > 0.5 || along < -0.5 || along > 400) out.push(`${id} moved ${across.toFixed(0)} across, ${along.toFixed(0)} along`);
  }
  return out.slice(0, 5);
}

describe('states added beside the flow of a machine over 250 states', () => {
  it('a duplicate moves no state (before: up to 1,977 px)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, direction) => {
        expect(await editAt(300, seed, pick, 'duplicate', direction)).toEqual([]);
      }),
      { numRuns: 4, seed: 61 },
    );
  }, 120_000);

  it('a duplicate of a state with a Catch, its handler just beside it, moves no state (before: the machine laid out again)', async () => {
    // The fast layouter puts each handler beside its source, so there is no room for a copied Parallel between them:
    // the copy goes left of its original (before: the fresh layout; every odd pick here is such a Parallel, and the
    // start or End marker moved 328 to 1,197 px). Even picks are Tasks, with room on the right.
    for (const [seed, pick, direction] of [[1, 0, 'DOWN'], [1, 1, 'DOWN'], [1, 5, 'RIGHT'], [2, 3, 'DOWN'], [3, 7, 'RIGHT'], [3, 2, 'RIGHT']] as const) {
      expect(await editAt(300, seed, pick, 'duplicateCatch', direction)).toEqual([]);
    }
  }, 120_000);

  it('a Succeed or Fail dropped onto a state (a Catch, a Choice rule, unwired) moves no state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, direction) => {
        expect(await editAt(300, seed, pick, 'dropTerminal', direction)).toEqual([]);
      }),
      { numRuns: 4, seed: 62 },
    );
  }, 120_000);

  it('a state added onto a Choice, as a new rule, moves no state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), async (seed, pick) => {
        expect(await editAt(300, seed, pick, 'addOnChoice', 'DOWN')).toEqual([]);
      }),
      { numRuns: 3, seed: 63 },
    );
  }, 120_000);

  it('a duplicate in a branch or a Map, a Choice added after a state: states move only along the flow, a little', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<OpenEdit>('nestedDuplicate', 'addChoice'), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, edit, direction) => {
        expect(await openAt(300, seed, pick, edit, direction)).toEqual([]);
      }),
      { numRuns: 6, seed: 65 },
    );
  }, 180_000);

  it('a Succeed dropped at the end of a branch or a Map, a Parallel added after a state: states move only along the flow', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<OpenEdit>('nestedEnd', 'addParallel'), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, edit, direction) => {
        expect(await openAt(300, seed, pick, edit, direction)).toEqual([]);
      }),
      { numRuns: 6, seed: 66 },
    );
  }, 180_000);

  it('random duplicates, pastes, drops and adds keep the drawing rules', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, direction) => {
        const run = await runEditSequence(machine(300, seed), seededRandom(seed), { direction, steps: 8, kinds: ['duplicate', 'paste', 'dropTerminal', 'add'] });
        const broken = run.flatMap((s, i) => QUALITY_KEYS.filter((k) => s.quality[k] > 0).map((k) => `edit ${i + 1} (${s.kind}): ${k} ${s.quality[k]}`));
        expect(broken).toEqual([]);
      }),
      { numRuns: 3, seed: 64 },
    );
  }, 180_000);

  it('a hand-placed state past the opening keeps the drawing from opening (the fresh layout keeps it then)', async () => {
    const def = machine(300, 1);
    const graph = toGraph(def);
    const before = await layoutGraph(graph, { direction: 'DOWN' });
    const edge = graph.edges.find((e) => e.kind === 'next' && !graph.byId.get(e.source)?.parentId && graph.byId.get(e.target)?.kind === 'state' && !graph.byId.get(e.target)?.isGroup);
    if (!edge) throw new Error('no top-level transition');
    const g2 = toGraph(dropOnState.execute(def, { type: 'Choice', name: 'Added', target: edge.source }));
    expect(await spliceAdd(g2, before, 'DOWN', defaultNodeSize)).toBeDefined();
    const b = before.nodes[edge.target] as { x: number; y: number };
    expect(await spliceAdd(g2, before, 'DOWN', defaultNodeSize, { [edge.target]: { x: b.x, y: b.y } })).toBeUndefined();
  });
});
