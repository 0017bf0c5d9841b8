/** The fast layouter's placement across the flow: nearest places in order, and a main column that stays straight. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { item, type Item } from './fastItems.ts';
import { packNearest } from './fastPlace.ts';
import { layoutGraph } from './layoutGraph.ts';

const GAP = 10;
const gap = () => GAP;
const layerOf = (widths: number[]): Item[] => widths.map((w, i) => item(`n${i}`, w, 40, 0));
const cost = (layer: Item[], want: number[]) => layer.reduce((s, it, k) => s + (it.x - (want[k] as number)) ** 2, 0);
const feasible = (layer: Item[]) => layer.every((it, k) => k === 0 || it.x >= (layer[k - 1] as Item).x + (layer[k - 1] as Item).w + GAP - 1e-6);

describe('packNearest', () => {
  it('centres nodes that all want one place around it (the arms of a Choice around its join)', () => {
    const layer = layerOf([100, 100, 100]);
    packNearest(layer, [500, 500, 500], gap);
    expect(layer.map((it) => it.x)).toEqual([390, 500, 610]);
  });

  it('keeps wanted places that do not overlap', () => {
    const layer = layerOf([50, 50]);
    packNearest(layer, [0, 300], gap);
    expect(layer.map((it) => it.x)).toEqual([0, 300]);
  });

  it("moves the light node out of a heavy one's way (a handler next to a state of the main column)", () => {
    const layer = layerOf([100, 100]);
    packNearest(layer, [0, 50], gap, [1e6, 1]);
    expect(layer[0]!.x).toBeCloseTo(0, 3);
    expect(layer[1]!.x).toBeCloseTo(110, 3);
  });

  it('keeps order and gaps, and no single shift of a node or of a run of nodes brings them nearer', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 10, max: 200 }), fc.integer({ min: -500, max: 500 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(arb, (nodes) => {
        const layer = layerOf(nodes.map(([w]) => w));
        const want = nodes.map(([, x]) => x);
        packNearest(layer, want, gap);
        expect(feasible(layer)).toBe(true);
        const best = cost(layer, want);
        // Least squares: moving any run of nodes by a small step either way (when that stays feasible) costs more.
        const better: string[] = [];
        for (let a = 0; a < layer.length; a++) {
          for (let b = a; b < layer.length; b++) {
            for (const d of [-0.5, 0.5]) {
              const moved = layer.map((it, k) => ({ ...it, x: k >= a && k <= b ? it.x + d : it.x }));
              if (feasible(moved) && cost(moved, want) < best - 1e-6) better.push(`${a}..${b} by ${d}`);
            }
          }
        }
        expect(better).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fast layouter placement', () => {
  it('draws the main column of a big machine straight down, each Choice centred over its join', async () => {
    const def = generateRealisticMachine(300, 1) as unknown as StateMachineDefinition;
    const graph = toGraph(def);
    const r = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    const centre = (id: string) => (r.nodes[id]?.x ?? NaN) + (r.nodes[id]?.width ?? NaN) / 2;
    const column = Object.keys(def.States).filter((id) => id.endsWith(' Task') && !graph.byId.get(id)?.parentId);
    expect(column.length).toBeGreaterThan(10);
    // Before: the column stepped left by one arm at every Choice (3,008 px to 464 px over this machine).
    for (const id of column) expect(centre(id)).toBeCloseTo(centre(column[0] as string), 0);
    // Each block's Catch handler (its Fail state) beside the column, not far off to the right (before: up to
    // 4,000 px at 1,000 states, the farther the nearer the top).
    const handlers = column.filter((id) => r.nodes[id.replace(/Task$/, 'Failed')]);
    expect(handlers.length).toBeGreaterThan(10);
    const far = handlers.filter((id) => (r.nodes[id.replace(/Task$/, 'Failed')]?.x ?? 0) - (r.nodes[id]!.x + r.nodes[id]!.width) >= 700);
    expect(far).toEqual([]);
    const choices = column.filter((id) => r.nodes[id.replace(/Task$/, 'Route')] && r.nodes[id.replace(/Task$/, 'Wait')]);
    expect(choices.length).toBeGreaterThan(10);
    const offCentre = choices.filter((id) => Math.abs(centre(id.replace(/Task$/, 'Wait')) - centre(id.replace(/Task$/, 'Route'))) > 0.5);
    expect(offCentre).toEqual([]);
  });
});
