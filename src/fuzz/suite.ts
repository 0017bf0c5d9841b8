/**
 * The vitest side of the robustness properties: one test per property, at `runsFor` cases (FUZZ_RUNS, default
 * 10,000, divided by the property's cost). The properties are split over two files so vitest runs them on two
 * workers. A failure prints fast-check's report; to replay it under vitest, set FUZZ_SEED (and FUZZ_PATH, both
 * from the report), or run `npm run fuzz -- --seed S --only NAME`. Without FUZZ_SEED the seed is fixed (DEFAULT_SEED).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PROPERTIES, runsFor, type RobustnessProperty } from './properties.ts';

/** Generous: 10,000 cases take seconds on an idle core, minutes on a machine shared by several test runs. */
const TIMEOUT_MS = 600_000;

/**
 * The seed `npm test` uses: the same cases on every run, so CI never fails by chance on a case nobody saw.
 * Fresh random cases come from `npm run fuzz` (a new seed each run) or FUZZ_SEED=random.
 */
export const DEFAULT_SEED = 20261126;

/** fast-check parameters for a property: the run count, and the seed (fixed by default) and replay path. */
export function parameters(p: RobustnessProperty, env: Record<string, string | undefined> = process.env): fc.Parameters<unknown> {
  const params: fc.Parameters<unknown> = { numRuns: runsFor(p) };
  if (env.FUZZ_SEED === undefined) params.seed = DEFAULT_SEED;
  else if (env.FUZZ_SEED !== 'random') params.seed = Number(env.FUZZ_SEED);
  if (env.FUZZ_PATH !== undefined) params.path = env.FUZZ_PATH;
  return params;
}

/** The properties whose names start with one of `names` (each name must select exactly one). */
export function selectProperties(names: readonly string[]): RobustnessProperty[] {
  return names.map((n) => {
    const found = PROPERTIES.filter((p) => p.name.startsWith(n));
    if (found.length !== 1) throw new Error(`'${n}' selects ${found.length} properties`);
    return found[0]!;
  });
}

/** One vitest test per named property; it fails with fast-check's report (seed, path, shrunk counterexample). */
export function propertyTests(names: readonly string[]): void {
  const selected = selectProperties(names);
  it.each(selected.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const params = parameters(p);
      const details = await fc.check(p.property(), params);
      expect(details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : '').toBe('');
      expect(details.numRuns).toBe(params.path === undefined ? params.numRuns : details.numRuns);
    },
    TIMEOUT_MS,
  );
}
