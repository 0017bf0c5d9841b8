/**
 * In-process measurements (Node): validation of the generated machines, ours against asl-validator in the same
 * run, and the layout pipeline (fast layouter, and the stable re-layout after an insert). Each is the median of
 * several runs after a warm-up, with the process CPU time per run (steadier than wall time on a busy machine).
 */
import { createRequire } from 'node:module';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { toGraph } from '../../src/asl/graph.ts';
import { parseDocument } from '../../src/asl/parse.ts';
import { validate } from '../../src/asl/validate.ts';
import { layoutGraph } from '../../src/layout/layoutGraph.ts';
import { median, record } from './report.ts';

type AslValidator = (definition: unknown) => { isValid: boolean };
const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;

async function timed(fn: () => unknown, runs: number): Promise<{ wall: number; cpu: number }> {
  await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

export async function benchValidation(sizes: number[]): Promise<void> {
  for (const size of sizes) {
    const def = generateRealisticMachine(size);
    const text = JSON.stringify(def, null, 2);
    const doc = parseDocument(text);
    const runs = size >= 5000 ? 5 : 11;
    const parse = await timed(() => parseDocument(text), runs);
    record({ metric: 'node.parse', size, value: parse.wall, unit: 'ms', note: `cpu ${parse.cpu.toFixed(1)} ms` });
    const ours = await timed(() => validate(doc), runs);
    record({ metric: 'node.validate.ours', size, value: ours.wall, unit: 'ms', target: size === 1000 ? '< 20' : '', note: `cpu ${ours.cpu.toFixed(1)} ms` });
    // asl-validator mutates its input: give it a fresh copy each call (the copy is cheap next to the call).
    const theirs = await timed(() => aslValidator(structuredClone(def)), size >= 5000 ? 3 : 5);
    record({ metric: 'node.validate.asl-validator', size, value: theirs.wall, unit: 'ms', note: `cpu ${theirs.cpu.toFixed(1)} ms (reference)` });
  }
}

export async function benchLayout(sizes: number[]): Promise<void> {
  for (const size of sizes) {
    const def = generateRealisticMachine(size);
    const graph = toGraph(def);
    const fresh = await timed(() => layoutGraph(graph, { direction: 'DOWN', engine: size > 300 ? 'fast' : 'auto' }), 3);
    record({ metric: 'node.layout.fresh', size, value: fresh.wall, unit: 'ms', note: `${graph.nodes.length} nodes, cpu ${fresh.cpu.toFixed(0)} ms` });
    const previous = await layoutGraph(graph, { direction: 'DOWN', engine: 'fast' });
    const first = def.States['b0 Task'] ?? Object.values(def.States)[0];
    if (first && typeof first.Next === 'string') {
      def.States.Inserted = { Type: 'Pass', Next: first.Next };
      first.Next = 'Inserted';
    }
    const g2 = toGraph(def);
    const stable = await timed(() => layoutGraph(g2, { direction: 'DOWN', engine: 'fast', previous }), 3);
    record({ metric: 'node.layout.stable-after-insert', size, value: stable.wall, unit: 'ms', note: `cpu ${stable.cpu.toFixed(0)} ms` });
  }
}
