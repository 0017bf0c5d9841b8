/**
 * Layout timing on synthetic machines: `npx tsx scripts/bench-layout.ts [sizes…]` (default 100 1000 5000).
 * Reports ELK (per-scope elk.layered) and the pure-TS fast layouter, plus one stable re-layout after an insert.
 */
import { toGraph } from '../src/asl/graph.ts';
import { layoutGraph } from '../src/layout/layoutGraph.ts';
import { countStates, generateMachine } from '../src/layout/testing/generate.ts';
import type { LayoutEngineKind } from '../src/layout/types.ts';
import { layoutProblems } from '../src/layout/verify.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ELK_LIMIT = Number(process.env.ELK_LIMIT ?? 5000);

async function time(label: string, fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms`);
  return ms;
}

async function main() {
  await layoutGraph(toGraph(generateMachine(20)), { direction: 'DOWN', engine: 'elk' }); // load ELK once
  for (const size of sizes.length ? sizes : [100, 1000, 5000]) {
    const def = generateMachine(size);
    const graph = toGraph(def);
    console.log(`\n${countStates(def)} states, ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
    const engines: LayoutEngineKind[] = size <= ELK_LIMIT ? ['elk', 'fast'] : ['fast'];
    for (const engine of engines) {
      let result: Awaited<ReturnType<typeof layoutGraph>> | undefined;
      await time(`  ${engine} layout`, async () => {
        result = await layoutGraph(graph, { direction: 'DOWN', engine });
      });
      if (size <= 1000 && result) console.log(`  ${engine} layout problems: ${layoutProblems(graph, result).length}`);
    }
    const previous = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    const first = Object.values(def.States).find((s) => s.Type === 'Task' && typeof s.Next === 'string');
    if (first) {
      def.States['Inserted'] = { Type: 'Pass', Next: first.Next };
      first.Next = 'Inserted';
      const g2 = toGraph(def);
      await time('  stable re-layout after one insert (fast)', () => layoutGraph(g2, { direction: 'DOWN', engine: 'fast', previous }));
    }
  }
}

void main();
