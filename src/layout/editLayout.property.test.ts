/**
 * Property tests (fast-check): random sequences of structural edits through the real commands on generated
 * machines, each laid out as the canvas does (with the previous layout, and with hand-placed boxes): the hard
 * zeros of a fresh layout hold after every edit, and hand-placed boxes stay where they were put.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { layoutGraph } from './layoutGraph.ts';
import { absoluteLayoutBoxes, layoutQuality } from './quality.ts';
import { runEditSequence } from './testing/editSequence.ts';
import type { Direction, LayoutEngineKind } from './types.ts';
import { layoutProblems } from './verify.ts';
import { boxesOverlap } from './geometry.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;

async function checkSequence(size: number, seed: number, direction: Direction, engine: LayoutEngineKind, steps: number): Promise<string[]> {
  const failures: string[] = [];
  const run = await runEditSequence(machine(size, seed), seededRandom(seed), { direction, engine, steps });
  for (const [i, step] of run.entries()) {
    const where = `seed ${seed} ${direction} ${engine} edit ${i + 1} (${step.kind})`;
    if (step.quality.overlaps) failures.push(`${where}: ${step.quality.overlaps} overlaps`);
    if (step.quality.edgeThroughState) failures.push(`${where}: ${step.quality.edgeThroughState} edges through states`);
    for (const p of layoutProblems(step.graph, step.layout)) failures.push(`${where}: ${p}`);
    if (step.quality.upward > 0) {
      // No worse than a fresh layout of the same machine (the fresh layouter's own rules are tested on their own).
      const fresh = layoutQuality(step.graph, await layoutGraph(step.graph, { direction, engine }), { direction, maxDetails: 0 });
      if (step.quality.upward > fresh.upward) failures.push(`${where}: ${step.quality.upward} upward edges, fresh ${fresh.upward}`);
    }
  }
  return failures;
}

describe('layout after random edit sequences', () => {
  it('keeps no overlap, no edge through a state and no new upward edge (ELK, both directions)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, direction) => {
        expect(await checkSequence(18, seed, direction, 'elk', 4)).toEqual([]);
      }),
      { numRuns: 4, seed: 16 },
    );
  }, 120_000);

  it('the same with the fast layouter on bigger machines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        expect(await checkSequence(80, seed, 'DOWN', 'fast', 6)).toEqual([]);
      }),
      { numRuns: 4, seed: 17 },
    );
  }, 120_000);

  it('hand-placed boxes stay where they were put and nothing overlaps them; Start stays before the start state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: -300, max: 300 }), fc.integer({ min: -200, max: 200 }), async (seed, dx, dy) => {
        const def = machine(16, seed);
        const rand = seededRandom(seed);
        const states = Object.keys(def.States);
        const pinnedName = states[Math.floor(rand() * states.length)]!;
        const fresh = await layoutGraph(toGraph(def), { direction: 'DOWN', engine: 'fast' });
        const b = fresh.nodes[pinnedName]!;
        const first = fresh.nodes[def.StartAt]!;
        const pinned = { [def.StartAt]: { x: first.x + dy, y: first.y + dx }, [pinnedName]: { x: b.x + dx, y: b.y + dy } };
        const run = await runEditSequence(def, rand, { direction: 'DOWN', engine: 'fast', steps: 4, pinned });
        for (const step of run) {
          const boxes = absoluteLayoutBoxes(step.graph, step.layout);
          for (const [id, p] of Object.entries(pinned)) {
            const box = step.layout.nodes[id];
            if (!box) continue;
            expect({ id, x: box.x, y: box.y }).toEqual({ id, ...p });
            const pb = boxes.get(id)!;
            for (const n of step.graph.nodes) {
              if (n.id === id || n.parentId || pinned[n.id]) continue;
              const o = boxes.get(n.id)!;
              expect(boxesOverlap(pb, o), `${n.id} overlaps hand-placed ${id} after ${step.kind}`).toBe(false);
            }
          }
          const startEdge = step.graph.edges.find((e) => e.kind === 'start')!;
          const s = boxes.get(startEdge.source)!;
          const t = boxes.get(startEdge.target)!;
          expect(s.y + s.height, `Start below ${startEdge.target} after ${step.kind}`).toBeLessThanOrEqual(t.y);
        }
      }),
      { numRuns: 5, seed: 18 },
    );
  }, 120_000);
});

describe('layout after a change of type', () => {
  it.each<[LayoutEngineKind, Direction]>([['elk', 'DOWN'], ['elk', 'RIGHT'], ['fast', 'DOWN'], ['fast', 'RIGHT']])('keeps the rules of a fresh layout (%s, %s)', async (engine, direction) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const run = await runEditSequence(machine(14, seed), seededRandom(seed), { direction, engine, steps: 3, kinds: ['changeType'] });
        expect(run.length).toBeGreaterThan(0);
        for (const step of run) {
          const q = step.quality;
          const fresh = layoutQuality(step.graph, await layoutGraph(step.graph, { direction, engine }), { direction, maxDetails: 0 });
          expect({ overlaps: q.overlaps, edgeThroughState: q.edgeThroughState, labelOnLabel: q.labelOnLabel, labelOnState: q.labelOnState, terminalsNotJoined: q.terminalsNotJoined, problems: layoutProblems(step.graph, step.layout) }).toEqual({
            overlaps: 0,
            edgeThroughState: 0,
            labelOnLabel: 0,
            labelOnState: 0,
            terminalsNotJoined: 0,
            problems: [],
          });
          expect(q.upward).toBeLessThanOrEqual(fresh.upward);
        }
      }),
      { numRuns: 3, seed: 19 },
    );
  }, 120_000);
});
