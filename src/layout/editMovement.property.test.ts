/**
 * Property tests (fast-check): after a structural edit the untouched states keep their places, or move along the
 * flow by about what the edit adds (a row), never across the drawing. Random sequences of edits through the real
 * commands on generated machines, laid out as the canvas lays them out (with the previous layout). Before the
 * incremental layout (flow.ts) a reconnect or a paste moved untouched states by 1,000-20,000 px. Drawn down (the
 * default); drawn right, two Choice rule labels can still find no room and the edit falls back to a fresh layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom } from '../asl/generate.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { runEditSequence, type EditKind } from './testing/editSequence.ts';
import type { Direction, LayoutEngineKind } from './types.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;

/**
 * Two layers of boxes drawn right (a box is up to 180 px wide, the gap 48) plus room for a label; an edit that adds
 * a bigger box (a pasted Parallel) may push what follows it by that box's size too.
 */
const MAX_MOVE = 640;
const KINDS: EditKind[] = ['reconnect', 'paste', 'insert', 'duplicate', 'add', 'delete', 'move', 'connect'];

async function movements(size: number, seed: number, direction: Direction, engine: LayoutEngineKind, steps: number): Promise<string[]> {
  const run = await runEditSequence(machine(size, seed), seededRandom(seed), { direction, engine, steps, kinds: KINDS });
  const out: string[] = [];
  for (const [i, step] of run.entries()) {
    const far = Math.max(0, ...step.distances);
    if (far > MAX_MOVE + step.added) out.push(`seed ${seed} ${direction} ${engine} edit ${i + 1} (${step.kind}): an untouched state moved ${far.toFixed(0)} px`);
    const q = step.quality;
    const broken = q.upward + q.overlaps + q.edgeThroughState + q.labelOnLabel + q.labelOnState + q.terminalsNotJoined;
    if (broken > 0) out.push(`seed ${seed} ${direction} ${engine} edit ${i + 1} (${step.kind}): ${JSON.stringify(q)}`);
  }
  return out;
}

describe('untouched states after random edit sequences', () => {
  it(`move at most ${MAX_MOVE} px, with no overlap, upward edge or label collision (ELK)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        expect(await movements(30, seed, 'DOWN', 'elk', 6)).toEqual([]);
      }),
      { numRuns: 4, seed: 31 },
    );
  }, 180_000);

  it('the same with the fast layouter on bigger machines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        expect(await movements(120, seed, 'DOWN', 'fast', 8)).toEqual([]);
      }),
      { numRuns: 4, seed: 32 },
    );
  }, 180_000);
});
