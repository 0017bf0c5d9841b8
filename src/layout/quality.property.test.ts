/**
 * The drawing rules as properties of the pure layout of random machines (both layouters, both directions): no
 * transition against the flow unless it closes a loop, whatever order `States` declares the states in; no
 * overlapping states; no edge through a state; every top-level terminal state joined to End; and (both layouters
 * reserve room for labels) no label on a label or on a state; every Catch edge out of its source's side, the handler
 * beside the source unless the edge closes a loop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRealisticMachine } from '../asl/generate.ts';
import { toGraph } from '../asl/graph.ts';
import { layoutGraph } from './layoutGraph.ts';
import { layoutQuality } from './quality.ts';
import type { Direction, LayoutEngineKind } from './types.ts';

const RUNS = Number(process.env.LAYOUT_PROPERTY_RUNS ?? 12);

type Def = Record<string, unknown>;

/** A random scope: states with random Next/Choice/Catch targets (loops, joins, jumps back and forth), maybe a Parallel. */
function scopeArb(depth: number): fc.Arbitrary<{ StartAt: string; States: Record<string, Def> }> {
  return fc.integer({ min: 2, max: depth === 0 ? 12 : 5 }).chain((n) => {
    const names = Array.from({ length: n }, (_, i) => `${'S'.repeat(depth + 1)}${i}`);
    const target = fc.integer({ min: 0, max: n - 1 }).map((i) => names[i] as string);
    const state = fc.oneof(
      fc.record({ Type: fc.constant('Pass'), Next: target }),
      fc.record({ Type: fc.constant('Pass'), End: fc.constant(true) }),
      fc.record({ Type: fc.constant('Task'), Resource: fc.constant('arn:aws:states:::lambda:invoke'), Next: target, Catch: fc.array(fc.record({ ErrorEquals: fc.constant(['States.ALL']), Next: target }), { maxLength: 2 }) }),
      fc.record({
        Type: fc.constant('Choice'),
        Choices: fc.array(fc.record({ Variable: fc.constant('$.kind'), StringEquals: fc.constantFrom('a', 'a much longer value to compare with', 'b'), Next: target }), { minLength: 1, maxLength: 5 }),
        Default: target,
      }),
      fc.constant({ Type: 'Succeed' }),
      fc.constant({ Type: 'Fail', Error: 'E' }),
      ...(depth < 1 ? [fc.record({ Type: fc.constant('Parallel'), Next: target, Branches: fc.array(scopeArb(depth + 1), { minLength: 1, maxLength: 3 }) })] : []),
    );
    return fc.record({
      start: fc.integer({ min: 0, max: n - 1 }),
      states: fc.array(state, { minLength: n, maxLength: n }),
      order: fc.shuffledSubarray(names, { minLength: n, maxLength: n }),
    }).map(({ start, states, order }) => {
      const byName = new Map(names.map((name, i) => [name, states[i] as Def]));
      const States: Record<string, Def> = {};
      for (const name of order) States[name] = byName.get(name) as Def;
      return { StartAt: names[start] as string, States };
    });
  });
}

/** A generated realistic machine with its top-level states declared in a random order. */
const realisticArb = fc.record({ size: fc.integer({ min: 5, max: 60 }), seed: fc.integer({ min: 1, max: 1e6 }), shuffle: fc.integer({ min: 1, max: 1e6 }) }).map(({ size, seed, shuffle }) => {
  const m = generateRealisticMachine(size, seed);
  const keys = Object.keys(m.States);
  let s = shuffle;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  return { StartAt: m.StartAt, States: Object.fromEntries(keys.map((k) => [k, m.States[k] as Def])) };
});

const cases: [LayoutEngineKind, Direction][] = [['elk', 'DOWN'], ['fast', 'DOWN'], ['elk', 'RIGHT'], ['fast', 'RIGHT']];

describe.each(cases)('layout rules on random machines (%s, %s)', (engine, direction) => {
  const check = async (def: unknown) => {
    const graph = toGraph(def);
    const layout = await layoutGraph(graph, { direction, engine });
    const q = layoutQuality(graph, layout, { direction });
    const hard = { upward: q.upward, overlaps: q.overlaps, edgeThroughState: q.edgeThroughState, terminalsNotJoined: q.terminalsNotJoined };
    const labels = { labelOnLabel: q.labelOnLabel, labelOnState: q.labelOnState, labelOffLine: q.labelOffLine };
    // ELK draws a Catch from an unreachable state with a self-loop into the start inline (S0 -> S0, Catch -> S1 = StartAt).
    const side = { catchInline: engine === 'fast' ? q.catchInline : 0 };
    expect({ ...hard, ...labels, ...side }, `${JSON.stringify(def)}\n${q.details.join('\n')}`).toEqual({
      upward: 0,
      overlaps: 0,
      edgeThroughState: 0,
      terminalsNotJoined: 0,
      labelOnLabel: 0,
      labelOnState: 0,
      labelOffLine: 0,
      catchInline: 0,
    });
  };

  it('holds on random transitions in any declaration order', async () => {
    await expect(fc.assert(fc.asyncProperty(scopeArb(0), check), { numRuns: RUNS })).resolves.toBeUndefined();
  }, 120_000);

  it('holds on generated realistic machines with shuffled States', async () => {
    await expect(fc.assert(fc.asyncProperty(realisticArb, check), { numRuns: Math.ceil(RUNS / 2) })).resolves.toBeUndefined();
  }, 120_000);
});
