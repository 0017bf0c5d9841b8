/**
 * Property tests of the decoders of outside data (decoders.ts): share payloads, layout sidecars, MockConfigFiles.
 * Each property runs in a worker thread with a deadline, so a case that loops forever fails the test (it hung
 * the page on main: x = 1e19 in a sidecar, key "4294967294" in a MockConfigFile); each case must also finish
 * within CASE_BUDGET_MS. The seed is fixed unless FUZZ_SEED is set (as in suite.ts); FUZZ_RUNS scales the runs.
 */
import { describe, expect, it } from 'vitest';
import { runBounded } from '../testing/bounded.ts';
import type { PropertyReport } from './decoders.ts';
import { DEFAULT_SEED } from './suite.ts';

const MODULE = new URL('./decoders.ts', import.meta.url).href;
const SEED = process.env.FUZZ_SEED && process.env.FUZZ_SEED !== 'random' ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_SEED === 'random' ? Date.now() : DEFAULT_SEED;
/** 300 cases each by default (10,000 with FUZZ_RUNS=10000): a few seconds on an idle core. */
const RUNS = Math.max(50, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 33));
const DEADLINE_MS = 240_000;

async function property(name: string): Promise<PropertyReport> {
  const r = await runBounded<PropertyReport>(MODULE, name, [RUNS, SEED], DEADLINE_MS);
  if (!r.done) throw new Error(`${name}: ${RUNS} cases did not finish within ${DEADLINE_MS / 1000} s (a case hangs; seed ${SEED})`);
  return r.value;
}

describe('decoders of outside data never throw and never hang (fast-check)', () => {
  it.each(['sharePayloads', 'sidecars', 'mockConfigs'])('%s', async (name) => {
    const report = await property(name);
    expect(report.failure ?? 'ok').toBe('ok');
    expect(report).toMatchObject({ ok: true, runs: RUNS });
  }, 300_000);
});
