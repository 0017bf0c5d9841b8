/**
 * The robustness properties (src/fuzz/properties.ts) at the default run count: FUZZ_RUNS (default 10,000) cases
 * each. `npm run fuzz -- --runs N` runs the same properties longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTIES, runsFor } from './properties.ts';

describe('robustness properties', () => {
  it.each(PROPERTIES.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const runs = runsFor(p);
    const details = await fc.check(p.property(), { numRuns: runs });
    expect(details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : '').toBe('');
    expect(details.numRuns).toBe(runs);
  });
});
