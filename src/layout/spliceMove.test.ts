/**
 * spliceMove.ts: a state moved into a Parallel branch or a Map's processor on a machine over 250 states. Its gap
 * stays, it lands at the end of its new group, the containers around it grow and what follows them moves on
 * along the flow: no state moves across the flow or back, the states before the destination do not move, and
 * the drawing rules hold. Before, the move took the fresh layout aligned on the edit (3 seeds x 10 random moves
 * at 300 states: p90 444 px, up to 2,818 px, some across the drawing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import { stateId } from '../asl/ids.ts';
import { splitStateId } from '../commands/stateScopes.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { moveState } from '../commands/stateMove.ts';
import { layoutGraph } from './layoutGraph.ts';
import { absoluteLayoutBoxes, layoutQuality, QUALITY_KEYS } from './quality.ts';
import { defaultNodeSize } from './sizes.ts';
import { spliceMove } from './spliceMove.ts';
import type { Direction } from './types.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;

/** Moves the `pick`-th leaf state into the `into`-th group of another scope; what broke, and whether it spliced. */
async function moveInto(seed: number, pick: number, into: number, direction: Direction, moveGroup = false): Promise<{ problems: string[]; spliced: boolean }> {
  const def = machine(300, seed);
  const graph = toGraph(def);
  const before = await layoutGraph(graph, { direction });
  const leaves = graph.nodes.filter((n) => n.kind === 'state' && !n.isStart && (moveGroup ? n.isGroup : !n.isGroup));
  const x = leaves[pick % leaves.length];
  const groups = graph.nodes.filter((n) => (n.kind === 'branch' || n.kind === 'processor') && n.id !== x?.parentId);
  const to = groups[into % groups.length];
  if (!x || !to || moveState.canExecute(def, { id: x.id, scope: to.id }) !== true) return { problems: [], spliced: false };
  const g2 = toGraph(moveState.execute(def, { id: x.id, scope: to.id }));
  const spliced = spliceMove(g2, before, direction, defaultNodeSize);
  const after = await layoutGraph(g2, { direction, previous: before });
  const problems: string[] = [];
  const q = layoutQuality(g2, after, { direction, maxDetails: 3 });
  for (const k of QUALITY_KEYS) if (q[k] > 0) problems.push(`${k}: ${q[k]} ${q.details.join('; ')}`);
  if (spliced) {
    const down = direction === 'DOWN';
    const was = absoluteLayoutBoxes(graph, before);
    const now = absoluteLayoutBoxes(g2, after);
    const dest = now.get(to.parentId as string);
    const destWas = was.get(to.parentId as string);
    for (const n of graph.nodes) {
      if (n.kind !== 'state' || n.id === x.id) continue;
      const a = was.get(n.id);
      const b = now.get(n.id);
      if (!a || !b || !dest || !destWas) continue;
      const across = down ? b.x - a.x : b.y - a.y;
      const along = down ? b.y - a.y : b.x - a.x;
      if (Math.abs(across) > 0.5) problems.push(`${n.id} moved ${across.toFixed(0)} px across`);
      if (along < -0.5) problems.push(`${n.id} moved ${along.toFixed(0)} px back`);
      // What ends before the destination container starts stays where it was.
      if ((down ? a.y + a.height : a.x + a.width) < (down ? destWas.y : destWas.x) && Math.abs(along) > 0.5) problems.push(`${n.id}, before the destination, moved ${along.toFixed(0)} px`);
    }
    const moved = now.get(stateId(to.id, splitStateId(x.id).name));
    if (!moved || !dest) problems.push('moved state not laid out');
  }
  return { problems: problems.slice(0, 5), spliced: spliced !== undefined };
}

describe('a state moved into a branch or a Map on a machine over 250 states', () => {
  it('grows the containers around it and moves only what follows them, along the flow', async () => {
    let spliced = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(1000), fc.nat(1000), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, into, direction) => {
        const r = await moveInto(seed, pick, into, direction);
        expect(r.problems).toEqual([]);
        if (r.spliced) spliced++;
      }),
      { numRuns: 10, seed: 165 },
    );
    expect(spliced).toBeGreaterThan(4);
  }, 240_000);

  it('a Parallel or a Map moved with its content: the same, its content and routes carried along', async () => {
    let spliced = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.nat(1000), fc.nat(1000), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, pick, into, direction) => {
        const r = await moveInto(seed, pick, into, direction, true);
        expect(r.problems).toEqual([]);
        if (r.spliced) spliced++;
      }),
      { numRuns: 16, seed: 166 },
    );
    expect(spliced).toBeGreaterThan(2);
  }, 240_000);
});
