/**
 * `npx tsx scripts/layout-edits.ts`: random sequences of structural edits (src/layout/testing/editSequence.ts) on
 * generated machines, each step laid out as the canvas lays it out (with the previous layout): the layout-quality
 * counts after the edits, and how far untouched states move per edit (median and maximum over every untouched
 * state of every edit). Env: LE_SIZES (default "20,60,150"), LE_SEEDS (default 5), LE_STEPS (default 12),
 * LE_DIRECTIONS ("DOWN,RIGHT"), LE_ENGINE (elk, fast or auto; default auto), LE_KINDS (edit kinds, comma-separated; default all), LE_PINNED (pin this many states, default 0).
 *
 * Untouched-state movement (px, median / p90 / max), 5 seeds x 12 edits, DOWN, before -> after the incremental layout
 * (flow.ts): ELK 20 states 0/347/1,383 -> 0/96/1,152; 60 states 0/257/3,608 -> 0/96/3,950 (one fallback);
 * fast 60 states 0/106/4,955 -> 0/96/122. Every hard count stays 0; edits that fall back to a fresh layout
 * (a rule the incremental drawing would break, over 250 nodes) still move states far.
 *
 * Over 250 nodes (LE_SIZES=1000 LE_SEEDS=2 LE_STEPS=8 LE_DIRECTIONS=DOWN --kinds, auto = fast layouter, a busy
 * 2-core machine): every hard count 0; untouched-state movement median 0 / p90 96 / max 65,849 px (one reconnect
 * re-layered the drawing; insert 96/96/274, add 106/106/235, duplicate 0/24/413, dropTerminal 0/0/96); layout
 * per edit median 964 ms, max 2,716 ms under load. Keeping positions there (keepFollowingFlow, then checking the
 * rules only around the edit) cost 330-800 ms per edit on top of a 500-2,400 ms fresh layout in the same runs, and
 * inserts and adds still hit the 24-reroute limit: over the 10% speed budget, so big machines keep the aligned
 * fresh drawing.
 *
 * Since splice.ts (an inserted state opens the previous drawing) and spliceDelete.ts (a deleted chain state leaves
 * its gap), same runs (LE_SEEDS=2 at 1,000, 3 at 300, LE_STEPS=10, DOWN, --kinds; load average ~20):
 * 1,000 states insert 96/96/274 px, 756 ms -> 96/96/96 px, 39-77 ms (all edits: layout median 581 -> 221-292
 * ms); 300 states insert max 2,398 -> 96 px, 109 -> 16-24 ms; random chain deletes at 300 states: 13 of 24 take spliceDelete, each moving 0 px. Other
 * edits (reconnect, duplicate, paste, move, deletes of terminals or Choice targets) still take the aligned
 * fresh layout and can move states far (reconnect max 65,849 px at 1,000).
 *
 * Since spliceConnect.ts (a connect or reconnect keeps every state, draws the new edges), LE_KINDS=reconnect,connect
 * LE_SEEDS=4 LE_STEPS=10 at 300 (load average ~10): reconnect 88/3,266/20,560 px, 52 ms -> 0/0/21,165 px, 6-9 ms;
 * connect 15/1,060/16,174 px, 89 ms -> 0/122/21,817 px, 16-24 ms (the maxima: an edge that would go against the
 * flow without closing a loop, or a Catch to the left, still takes the aligned fresh layout). Hard counts stay 0.
 * At 1,000 (2 seeds x 10): reconnect 436/18,974/66,480 px -> 0/3,349/57,807; connect 12/636/848 -> 0/110/66,421
 * (a fallback after spliced edits re-aligns a drawing that no longer matches a fresh one: it moves far).
 *
 * Since spliceDelete.ts also takes terminals and Choice arms that end, LE_KINDS=delete, 3 seeds x 10 at 300:
 * 0/274/18,474 px, layout median 42 ms -> 0/214/18,474 px, 1 ms (the maximum: a Choice or container deleted).
 *
 * Since spliceAdd.ts (a duplicate, a paste, a Succeed/Fail dropped onto a state, a state added: beside the flow,
 * moving nothing, else the drawing opened for it as for an insert, spliceAddOpen.ts), LE_KINDS=duplicate,paste,
 * dropTerminal,add --kinds. At 1,000 (2 seeds x 10, load ~5): DOWN 0/106/10,514 px, layout median 192 ms ->
 * 0/144/604 px, 54 ms (duplicate max 10,514 -> 604, dropTerminal 212 -> 144, add 214 -> 208); RIGHT 0/86/4,070,
 * 105 ms -> 0/276/1,221, 36 ms. At 300 (3 seeds x 10): 28 of 30 edits spliced (before: the 2 inserts), layout
 * median 41 -> 29 ms (3 interleaved rounds, load ~5); dropTerminal 0/106/212 -> 0/96/144 px, but the maximum
 * rises, 1,977 -> 17,916 px DOWN, 793 -> 37,664 RIGHT: the 2 edits left to the fresh layout (a Parallel or Map
 * wider than the branch it lands in) re-align a drawing that the splices kept apart from a fresh one. Hard
 * counts stay 0.
 *
 * Since bandAlign.ts (the fallback placed band by band), spliceDelete.ts for Choices and containers and
 * spliceMove.ts (a state moved into a branch or a Map), 3 seeds x 10 at 300, DOWN / RIGHT, load average ~8-10,
 * median/p90/max px (moved share): LE_KINDS=connect,reconnect,delete,move 0/470/18,960 (0.22) -> 0/96/19,269
 * (0.14) DOWN, 0/536/36,925 (0.26) -> 0/228/37,849 (0.16) RIGHT; delete alone 0/214/18,474 -> 0/0/0 DOWN,
 * 0/464/36,589 -> 0/0/0 RIGHT; move alone 0/444/2,818 -> 0/96/1,638 DOWN, 0/468/2,377 -> 0/232/2,544 RIGHT.
 * Mixed (all kinds): DOWN 0/96/19,718 (0.32) -> 0/96/19,750 (0.14), RIGHT 0/233/38,735 (0.29) -> 0/228/38,738
 * (0.15). At 1,000 (2 seeds x 10, DOWN, mixed): 0/96/65,820 (0.25) -> 0/96/65,912 (0.15). Hard counts 0
 * throughout. The maxima left: a connect or reconnect that would draw an edge against the flow without closing
 * a loop (or a Catch to the left), and fallbacks where the fresh layout puts two independent chains in the other
 * order along the flow (no placement of the fresh drawing keeps both). bandAlign costs 3.5-10 ms beside a
 * 119-205 ms fresh layout at 1,000 states, 20-27 ms beside 630-646 ms at 5,000 (minimum of 11, --expose-gc).
 * (Those figures were measured apart: each without the other's splices.)
 *
 * Since fastPlace.ts places each layer by least squares (packNearest: the main column no longer steps left at every
 * Choice), 3 seeds x 10 at 300, DOWN, all kinds: 0/125/19,978 px (0.34) -> 0/97/19,764 (0.31); duplicate max 604
 * -> 125. Hard counts 0. A fresh fast drawing of a generated 1,000-state machine: 13,786 -> 6,413 px wide.
 * Since the fast layouter puts a state nothing reaches just before what it leads to (fast.ts pullUnreachedDown; the
 * remaining maximum was a fallback after a reconnect had cut a chain off: the fresh drawing put it above the start),
 * same runs: DOWN max 19,764 -> 2,644 px, RIGHT 0/229/39,458 -> 0/229/5,274. Hard counts 0.
 * Since Catch handlers follow their sources again after the last sweep (fastPlace.ts handlersBeside; a generated
 * 1,000-state machine 6,413 -> 1,346 px wide), same runs: medians and p90 unchanged, maxima DOWN 2,644 -> 4,842,
 * RIGHT 5,274 -> 10,488 (a duplicate whose copied Catch must stay left of its handler, now beside the column, finds
 * no room beside the flow and takes the fresh layout). At 1,000 (2 seeds x 10, DOWN): 0/97/144 px, hard counts 0.
 */
import { generateRealisticMachine, seededRandom } from '../src/asl/generate.ts';
import type { StateMachineDefinition } from '../src/asl/types.ts';
import { QUALITY_KEYS, sumQuality } from '../src/layout/quality.ts';
import { runEditSequence, type EditKind, type EditStep } from '../src/layout/testing/editSequence.ts';
import type { Direction, LayoutEngineKind } from '../src/layout/types.ts';
import { layoutGraph } from '../src/layout/layoutGraph.ts';
import { toGraph } from '../src/asl/graph.ts';

const sizes = (process.env.LE_SIZES ?? '20,60,150').split(',').map(Number);
const seeds = Number(process.env.LE_SEEDS ?? 5);
const steps = Number(process.env.LE_STEPS ?? 12);
const directions = (process.env.LE_DIRECTIONS ?? 'DOWN,RIGHT').split(',') as Direction[];
const pinCount = Number(process.env.LE_PINNED ?? 0);
const engine = (process.env.LE_ENGINE ?? 'auto') as LayoutEngineKind;
const kinds = process.env.LE_KINDS ? (process.env.LE_KINDS.split(',') as EditKind[]) : undefined;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length === 0 ? 0 : s.length % 2 ? (s[Math.floor(m)] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function main(): Promise<void> {
  console.log(['dir', 'size', 'edits', ...QUALITY_KEYS, 'moveMedian', 'moveP90', 'moveMax', 'movedShare', 'ms/edit', 'layoutMs med', 'layoutMs max'].join('\t'));
  for (const direction of directions) {
    for (const size of sizes) {
      const all: EditStep[] = [];
      const t0 = performance.now();
      for (let seed = 1; seed <= seeds; seed++) {
        const def = generateRealisticMachine(size, seed) as unknown as StateMachineDefinition;
        let pinned: Record<string, { x: number; y: number }> | undefined;
        if (pinCount > 0) {
          const g = toGraph(def);
          const fresh = await layoutGraph(g, { direction, engine });
          const states = g.nodes.filter((n) => n.kind === 'state' && !n.parentId);
          const rand = seededRandom(seed * 7);
          pinned = {};
          for (let i = 0; i < pinCount; i++) {
            const n = states[Math.floor(rand() * states.length)]!;
            const b = fresh.nodes[n.id]!;
            pinned[n.id] = { x: Math.round(b.x + (rand() - 0.5) * 400), y: Math.round(b.y + (rand() - 0.5) * 200) };
          }
        }
        all.push(...(await runEditSequence(def, seededRandom(seed), { direction, engine, steps, ...(kinds ? { kinds } : {}), ...(pinned ? { pinned } : {}) })));
      }
      const ms = (performance.now() - t0) / Math.max(1, all.length);
      const layoutMs = all.map((s) => s.ms).sort((a, b) => a - b);
      const q = sumQuality(all.map((s) => s.quality));
      const d = all.flatMap((s) => s.distances);
      const sorted = [...d].sort((a, b) => a - b);
      const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
      const share = d.length ? d.filter((x) => x > 0.5).length / d.length : 0;
      if (process.argv.includes('--kinds')) {
        for (const kind of new Set(all.map((x) => x.kind))) {
          const k = all.filter((x) => x.kind === kind).flatMap((x) => x.distances).sort((a, b) => a - b);
          const t = all.filter((x) => x.kind === kind).map((x) => x.ms);
          console.log(`  ${kind}: ${t.length} edits, median ${median(k).toFixed(0)}, p90 ${(k[Math.floor(k.length * 0.9)] ?? 0).toFixed(0)}, max ${(k[k.length - 1] ?? 0).toFixed(0)}, layout ms median ${median(t).toFixed(0)}`);
        }
      }
      console.log([direction, size, all.length, ...QUALITY_KEYS.map((k) => q[k]), median(d).toFixed(0), p90.toFixed(0), (sorted[sorted.length - 1] ?? 0).toFixed(0), share.toFixed(2), ms.toFixed(0), median(layoutMs).toFixed(0), (layoutMs[layoutMs.length - 1] ?? 0).toFixed(0)].join('\t'));
    }
  }
}

void main();
