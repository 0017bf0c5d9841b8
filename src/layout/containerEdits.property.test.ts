/**
 * A Parallel gaining or losing branches (or a Map whose inner state gets wider) is laid out incrementally: the
 * container grows or shrinks across the flow about its axis, the states before it do not move, the states after it
 * keep their column, and the drawing keeps the hard zeros. Before, such an edit took the fresh drawing aligned on
 * the container (commit 37c1cab), which moved the states before it; and keeping the container's corner instead
 * grew it to one side, off the axis of its neighbours, and the transitions routed again around it left and entered
 * their states by a side.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { layoutGraph } from './layoutGraph.ts';
import { layoutQuality } from './quality.ts';
import type { Box, Direction, LayoutEngineKind, LayoutResult } from './types.ts';
import { layoutProblems } from './verify.ts';

type Def = StateMachineDefinition;

const pass = (name: string) => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } });

/**
 * Before → Route (a Choice) → Fan (a Parallel of `branches` one-state branches) or Other → Other 2, both → Join →
 * Each (a Map) → Done: a container with a neighbour beside it, whose fresh layout re-centres what comes before it.
 */
function machine(branches: number): Def {
  return {
    StartAt: 'Before',
    States: {
      Before: { Type: 'Pass', Next: 'Route' },
      Route: { Type: 'Choice', Choices: [{ Variable: '$.a', BooleanEquals: true, Next: 'Fan' }], Default: 'Other' },
      Fan: { Type: 'Parallel', Branches: Array.from({ length: branches }, (_, i) => pass(`Branch state ${i + 1}`)), Next: 'Join' },
      Other: { Type: 'Pass', Next: 'Other 2' },
      'Other 2': { Type: 'Pass', Next: 'Join' },
      Join: { Type: 'Pass', Next: 'Each' },
      Each: { Type: 'Map', ItemProcessor: pass('Item'), Next: 'Done' },
      Done: { Type: 'Succeed' },
    },
  } as unknown as Def;
}

const centre = (b: Box, down: boolean) => (down ? b.x + b.width / 2 : b.y + b.height / 2);
const along = (b: Box, down: boolean) => (down ? b.y : b.x);

/** Fan with one more branch at the end, or without its last one (as branch.add and branch.remove do). */
function withBranches(def: Def, add: boolean): Def {
  const next = structuredClone(def);
  const fan = next.States.Fan as unknown as { Branches: unknown[] };
  if (add) fan.Branches.push(pass(`Added state ${fan.Branches.length + 1}`));
  else fan.Branches.pop();
  return next;
}

/** What must hold after an edit of the container `id`; `after` lists the states that come after it. */
function check(def: Def, before: LayoutResult, layout: LayoutResult, direction: Direction, id: string, first: string[], later: string[]): string[] {
  const down = direction === 'DOWN';
  const graph = toGraph(def);
  const out: string[] = [];
  const b0 = before.nodes[id] as Box;
  const b1 = layout.nodes[id] as Box;
  if (Math.abs(centre(b0, down) - centre(b1, down)) > 1) out.push(`${id}: axis ${centre(b0, down)} -> ${centre(b1, down)}`);
  if (Math.abs(along(b0, down) - along(b1, down)) > 0.5) out.push(`${id}: moved along the flow`);
  for (const s of first) {
    const p = before.nodes[s] as Box;
    const q = layout.nodes[s] as Box;
    if (p.x !== q.x || p.y !== q.y) out.push(`${s} (before ${id}) moved`);
  }
  for (const s of later) {
    const p = before.nodes[s] as Box;
    const q = layout.nodes[s] as Box;
    if (Math.abs(centre(p, down) - centre(q, down)) > 1) out.push(`${s} (after ${id}) left its column`);
    if (along(q, down) < along(b1, down) + (down ? b1.height : b1.width)) out.push(`${s} (after ${id}) is not after it`);
  }
  // A transition routed again (its ends moved apart) to a state further along the flow leaves from the end of its
  // source and enters the start of its target, not a side (a zig-zag past the container).
  for (const e of graph.edges) {
    const [s0, t0, s1, t1] = [before.nodes[e.source], before.nodes[e.target], layout.nodes[e.source], layout.nodes[e.target]];
    const points = layout.edges[e.id]?.points;
    if (graph.byId.get(e.source)?.parentId || !s0 || !t0 || !s1 || !t1 || !points || e.source === e.target) continue;
    if (Math.abs(s1.x - s0.x - (t1.x - t0.x)) < 0.5 && Math.abs(s1.y - s0.y - (t1.y - t0.y)) < 0.5) continue;
    if (along(t1, down) < along(s1, down) + (down ? s1.height : s1.width) + 24) continue;
    const [a, z] = [points[0]!, points[points.length - 1]!];
    const leaves = down ? Math.abs(a.y - (s1.y + s1.height)) < 1 : Math.abs(a.x - (s1.x + s1.width)) < 1;
    const enters = down ? Math.abs(z.y - t1.y) < 1 : Math.abs(z.x - t1.x) < 1;
    if (!leaves || !enters) out.push(`${e.id}: routed from a side`);
  }
  const q = layoutQuality(graph, layout, { direction, maxDetails: 0 });
  const hard = q.upward + q.overlaps + q.edgeThroughState + q.labelOnLabel + q.labelOnState + q.terminalsNotJoined;
  if (hard > 0) out.push(`hard counts ${JSON.stringify(q)}`);
  out.push(...layoutProblems(graph, layout));
  return out;
}

describe('a Parallel or Map that changes width after an edit', () => {
  it('adds and removes branches about its axis: states before stay, states after keep their column', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Direction>('DOWN', 'RIGHT'),
        fc.constantFrom<LayoutEngineKind>('elk', 'fast'),
        async (start, adds, direction, engine) => {
          let def = machine(start);
          let layout = await layoutGraph(toGraph(def), { direction, engine });
          for (const add of adds) {
            const count = (def.States.Fan as unknown as { Branches: unknown[] }).Branches.length;
            const next = withBranches(def, add || count === 1);
            const after = await layoutGraph(toGraph(next), { direction, engine, previous: layout });
            expect(check(next, layout, after, direction, 'Fan', ['Before', 'Route'], ['Join', 'Each', 'Done'])).toEqual([]);
            def = next;
            layout = after;
          }
        },
      ),
      { numRuns: 12, seed: 1616 },
    );
  }, 120_000);

  it("a Map whose inner state gets wider grows about its axis", async () => {
    for (const direction of ['DOWN', 'RIGHT'] as Direction[]) {
      const def = machine(2);
      const before = await layoutGraph(toGraph(def), { direction });
      const wider = structuredClone(def);
      (wider.States.Each as unknown as { ItemProcessor: unknown }).ItemProcessor = {
        StartAt: 'Item',
        States: { Item: { Type: 'Parallel', Branches: [pass('Left'), pass('Middle'), pass('Right')], End: true } },
      };
      const after = await layoutGraph(toGraph(wider), { direction, previous: before });
      const grown = down(direction) ? after.nodes.Each!.width > before.nodes.Each!.width : after.nodes.Each!.height > before.nodes.Each!.height;
      expect(grown).toBe(true);
      expect(check(wider, before, after, direction, 'Each', ['Before', 'Route', 'Fan', 'Other', 'Join'], ['Done'])).toEqual([]);
    }
  });
});

function down(direction: Direction): boolean {
  return direction === 'DOWN';
}
