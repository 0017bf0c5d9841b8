/**
 * bandAlign.ts: the fresh layout of a big machine placed band by band (and column by column) on the kept states.
 * A previous drawing that is the fresh one with bands opened along the flow and moved across (what splices leave
 * behind) is found again exactly: every state 0 px (the whole-drawing alignment stability.ts used before moved
 * every state past the first opened band by its height). Whatever the previous drawing, the result keeps the
 * drawing rules of the fresh layout (fast-check over random edits of generated machines).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine, seededRandom } from '../asl/generate.ts';
import { toGraph, type StateGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { bandAlign, isotonicMedians } from './bandAlign.ts';
import { layoutGraph } from './layoutGraph.ts';
import { absoluteLayoutBoxes, layoutQuality, QUALITY_KEYS } from './quality.ts';
import { alignment } from './stability.ts';
import { applyEdit, EDIT_KINDS } from './testing/editSequence.ts';
import type { Box, Direction, LayoutResult } from './types.ts';

const machine = (size: number, seed: number) => generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;

describe('isotonicMedians', () => {
  it('fits a non-decreasing sequence, pooled violators at their median', () => {
    expect(isotonicMedians([[0], [5], [3], [10]])).toEqual([0, 3, 3, 10]);
    expect(isotonicMedians([[2, 2, 9], [], [1], [7]])).toEqual([2, 2, 2, 7]);
    expect(isotonicMedians([[], [4], []])).toEqual([4, 4, 4]);
    expect(isotonicMedians([[5], [4], [3], [2], [1]])).toEqual([3, 3, 3, 3, 3]);
  });
});

/** The fresh drawing with top-level boxes from `y0` on (along the flow) moved on by `by`, all moved across by `dx`. */
function opened(graph: StateGraph, fresh: LayoutResult, direction: Direction, y0: number, by: number, dx: number): LayoutResult {
  const down = direction === 'DOWN';
  const nodes: Record<string, Box> = {};
  for (const n of graph.nodes) {
    const b = fresh.nodes[n.id] as Box;
    if (n.parentId) nodes[n.id] = b;
    else {
      const along = (down ? b.y : b.x) >= y0 ? by : 0;
      nodes[n.id] = down ? { ...b, x: b.x + dx, y: b.y + along } : { ...b, x: b.x + along, y: b.y + dx };
    }
  }
  return { ...fresh, nodes };
}

/** A place along the flow that no top-level box straddles, about `share` of the way down the drawing. */
function freeCut(graph: StateGraph, fresh: LayoutResult, direction: Direction, share: number): number | undefined {
  const down = direction === 'DOWN';
  const tops = graph.nodes.filter((n) => !n.parentId).map((n) => fresh.nodes[n.id] as Box);
  const starts = tops.map((b) => (down ? b.y : b.x)).sort((a, b) => a - b);
  for (let i = Math.floor(starts.length * share); i < starts.length; i++) {
    const y = starts[i] as number;
    if (tops.every((b) => (down ? b.y : b.x) >= y - 30 || (down ? b.y + b.height : b.x + b.width) < y - 30)) return y - 30;
  }
  return undefined;
}

function hard(graph: StateGraph, layout: LayoutResult, direction: Direction) {
  const q = layoutQuality(graph, layout, { direction, maxDetails: 3 });
  return { counts: Object.fromEntries(QUALITY_KEYS.map((k) => [k, q[k]])) as Record<string, number>, details: q.details };
}

describe('bandAlign', () => {
  it('finds a drawing with a band opened and moved across again, every state 0 px', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom<Direction>('DOWN', 'RIGHT'), fc.double({ min: 0.2, max: 0.8, noNaN: true }), fc.integer({ min: 40, max: 900 }), async (seed, direction, share, by) => {
        const graph = toGraph(machine(90, seed));
        const fresh = await layoutGraph(graph, { direction, engine: 'fast' });
        const y0 = freeCut(graph, fresh, direction, share);
        if (y0 === undefined) return;
        const previous = opened(graph, fresh, direction, y0, by, 37);
        const placed = bandAlign(graph, fresh, previous, direction);
        const was = absoluteLayoutBoxes(graph, previous);
        const now = absoluteLayoutBoxes(graph, placed);
        const moved = graph.nodes.filter((n) => n.kind === 'state').filter((n) => Math.hypot((now.get(n.id) as Box).x - (was.get(n.id) as Box).x, (now.get(n.id) as Box).y - (was.get(n.id) as Box).y) > 0.5);
        expect(moved.map((n) => n.id)).toEqual([]);
        // The whole-drawing shift (stability.ts before) cannot: the states on one side of the band move by `by`.
        const shift = alignment(graph, fresh, previous, {});
        const far = graph.nodes.filter((n) => !n.parentId && n.kind === 'state' && Math.abs((fresh.nodes[n.id] as Box).y + shift.y - (previous.nodes[n.id] as Box).y) + Math.abs((fresh.nodes[n.id] as Box).x + shift.x - (previous.nodes[n.id] as Box).x) > 0.5);
        expect(far.length).toBeGreaterThan(0);
        expect(hard(graph, placed, direction).counts).toEqual(hard(graph, fresh, direction).counts);
        checked++;
      }),
      { numRuns: 8, seed: 161 },
    );
    expect(checked).toBeGreaterThan(4);
  }, 120_000);

  it('keeps every drawing rule of the fresh layout after random edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom<Direction>('DOWN', 'RIGHT'), async (seed, direction) => {
        const rand = seededRandom(seed);
        let def = machine(120, seed);
        let graph = toGraph(def);
        let previous = await layoutGraph(graph, { direction, engine: 'fast' });
        for (let i = 0; i < 4; i++) {
          const edit = applyEdit(def, EDIT_KINDS[Math.floor(rand() * EDIT_KINDS.length)] ?? 'move', rand);
          if (!edit) continue;
          def = edit.def;
          graph = toGraph(def);
          const fresh = await layoutGraph(graph, { direction, engine: 'fast' });
          const placed = bandAlign(graph, fresh, previous, direction);
          const f = hard(graph, fresh, direction);
          const p = hard(graph, placed, direction);
          for (const k of QUALITY_KEYS) expect(p.counts[k], `${k}: ${p.details.join('; ')}`).toBeLessThanOrEqual(f.counts[k] as number);
          previous = placed;
        }
      }),
      { numRuns: 8, seed: 162 },
    );
  }, 180_000);
});
