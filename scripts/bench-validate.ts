/**
 * Validation timing on a generated machine: `npx tsx scripts/bench-validate.ts [states]` (default 1000).
 * Prints ms per validation for ours (with and without source ranges) and for asl-validator, in the same run:
 * the first (cold) run, the median and mean wall time of the warm runs, and the process CPU time per warm run
 * (steadier than wall time on a busy machine).
 */
import { createRequire } from 'node:module';
import { parseDocument } from '../src/asl/parse.ts';
import { validate, validateDefinition } from '../src/asl/validate.ts';
import { generateMachine } from '../src/asl/validate/generate.ts';

/** asl-validator ships no type declarations. */
type AslValidator = (definition: unknown) => { isValid: boolean; errorsText: (separator?: string) => string };
const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;

const size = Number(process.argv[2] ?? 1000);
const definition = generateMachine(size);
const text = JSON.stringify(definition, null, 2);
const doc = parseDocument(text);

function time(label: string, fn: () => unknown, runs: number): void {
  const t0 = performance.now();
  fn();
  const cold = performance.now() - t0;
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1000 / runs;
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`${label.padEnd(40)} first ${cold.toFixed(2).padStart(8)} ms   median ${median.toFixed(2).padStart(8)} ms   mean ${mean.toFixed(2).padStart(8)} ms   cpu ${cpu.toFixed(2).padStart(8)} ms`);
}

const ours = validate(doc);
const theirs = aslValidator(definition);
console.log(`${size} states, ${text.length} characters of JSON`);
console.log(`ours: ${ours.filter((d) => d.severity === 'error').length} errors, ${ours.length} diagnostics; asl-validator: ${theirs.isValid ? 'valid' : theirs.errorsText('; ')}`);
time('parseDocument (JSON text)', () => parseDocument(text), 30);
time('ours: validate(doc) (with ranges)', () => validate(doc), 50);
time('ours: validateDefinition(value)', () => validateDefinition(definition), 50);
time('ours: parse + validate (a keystroke)', () => validate(parseDocument(text)), 30);
time('asl-validator', () => aslValidator(definition), 10);
