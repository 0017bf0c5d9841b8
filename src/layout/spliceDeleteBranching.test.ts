/**
 * spliceDelete.ts on a machine over 250 states, for a state with several transitions out (a Choice, a state with a
 * Catch, a Parallel or Map with its content): its gap stays, its predecessors' Next now ends (drawn through the gap
 * and down a lane to End), its other transitions go, and no other state moves. Before, such a delete took the
 * fresh layout aligned on the edit: up to 18,474 px (3 seeds x 10 random deletes at 300 states).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { deleteStates } from '../commands/stateDelete.ts';
import { layoutGraph } from './layoutGraph.ts';
import { absoluteLayoutBoxes, layoutQuality, QUALITY_KEYS } from './quality.ts';
import type { Direction } from './types.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;

/** Deletes the `pick`-th top-level state with transitions out to two states or more (not counting Catch handlers), or group; what moved. */
async function deleteBranching(seed: number, pick: number, direction: Direction, groups: boolean): Promise<{ problems: string[]; deleted: string }> {
  const def = machine(300, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const candidates = graph.nodes.filter((n) => {
    if (n.kind !== 'state' || n.isStart || n.parentId) return false;
    if (groups) return n.isGroup === true;
    return new Set(graph.edges.filter((e) => e.source === n.id && e.target !== n.id && e.kind !== 'catch').map((e) => e.target)).size >= 2;
  });
  const x = candidates[pick % candidates.length];
  if (!x) return { problems: [], deleted: '' };
  const g2 = toGraph(deleteStates.execute(def, { ids: [x.id] }));
  const after = await layoutGraph(g2, { direction, previous: before });
  const problems: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of QUALITY_KEYS) if (q[k] > 0) problems.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  const was = absoluteLayoutBoxes(graph, before);
  for (const [id, b] of absoluteLayoutBoxes(g2, after)) {
    const a = was.get(id);
    if (a && g2.byId.get(id)?.kind === 'state' && Math.hypot(b.x - a.x, b.y - a.y) > 0.5) problems.push(`${id} moved ${Math.hypot(b.x - a.x, b.y - a.y).toFixed(0)} px`);
  }
  return { problems: problems.slice(0, 5), deleted: x.id };
}

describe('deleting a branching state or a container from a machine over 250 states', () => {
  it('a Choice: the gap stays, its predecessors end through it, nothing else moves, the rules hold', async () => {
    let done = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, direction) => {
        const r = await deleteBranching(seed, pick, direction, false);
        expect({ deleted: r.deleted, problems: r.problems }).toEqual({ deleted: r.deleted, problems: [] });
        if (r.deleted) done++;
      }),
      { numRuns: 6, seed: 163 },
    );
    expect(done).toBeGreaterThan(3);
  }, 180_000);

  it('a Parallel or a Map with its content (and its Catch): the same', async () => {
    let done = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(500), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, direction) => {
        const r = await deleteBranching(seed, pick, direction, true);
        expect({ deleted: r.deleted, problems: r.problems }).toEqual({ deleted: r.deleted, problems: [] });
        if (r.deleted) done++;
      }),
      { numRuns: 6, seed: 164 },
    );
    expect(done).toBeGreaterThan(3);
  }, 180_000);
});
