/**
 * The vitest side of the robustness properties: one test per property, at `runsFor` cases (FUZZ_RUNS, default
 * 10,000, divided by the property's cost). Split over two files so vitest runs them on two workers.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PROPERTIES, runsFor } from './properties.ts';

/** Generous: 10,000 cases take seconds on an idle core, minutes on a machine shared by several test runs. */
const TIMEOUT_MS = 600_000;

export function propertyTests(names: readonly string[]): void {
  const selected = PROPERTIES.filter((p) => names.some((n) => p.name.startsWith(n)));
  it('selects every property it names', () => {
    expect(selected).toHaveLength(names.length);
  });
  it.each(selected.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const runs = runsFor(p);
      const details = await fc.check(p.property(), { numRuns: runs });
      expect(details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : '').toBe('');
      expect(details.numRuns).toBe(runs);
    },
    TIMEOUT_MS,
  );
}
