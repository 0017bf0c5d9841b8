/**
 * `npm run fuzz -- --runs N [--seed S] [--only TEXT]`: the robustness properties of src/fuzz/properties.ts with N
 * cases each (default 10,000, not divided by cost), then a summary line per property and `N passed, M failed`.
 * A failure prints fast-check's report (seed, path and the shrunk counterexample) so it can be replayed.
 */
import fc from 'fast-check';
import { loadYaml } from '../src/asl/yamlLib.ts';
import { PROPERTIES } from '../src/fuzz/properties.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const runs = Number(option('runs') ?? 10_000);
const seedText = option('seed');
const only = option('only');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run fuzz -- --runs N [--seed S] [--only TEXT]');
  process.exit(2);
}

await loadYaml();
let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const p of PROPERTIES) {
  if (only && !p.name.includes(only)) continue;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const details = await fc.check(p.property(), {
    numRuns: runs,
    ...(seedText ? { seed: Number(seedText) } : {}),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
  if (details.failed) {
    failed += 1;
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    console.log(`\nFAILED: ${p.name}: ${error}\n${fc.defaultReportMessage(details) ?? ''}`.slice(0, 4000));
    lines.push(`✗ ${p.name}: failed after ${details.numRuns} cases (${seconds} s, seed ${details.seed})`);
  } else {
    passed += 1;
    lines.push(`✓ ${p.name}: ${details.numRuns} cases in ${seconds} s (${cpuSeconds} s CPU)`);
  }
}
console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
