/**
 * Runs every case of a suite off the page's thread (src/suites/runner.ts) and counts coverage over all of them:
 * posts each case's result as it ends, then the coverage counts and summary.
 */
import type { StateMachineDefinition } from '../../asl/types.ts';
import { coverageModel, countRun, summarizeCoverage, type CoverageCounts } from '../../suites/coverage.ts';
import type { TestSuite } from '../../suites/model.ts';
import { inspectionsOf, runTestCase, type CaseResult } from '../../suites/runner.ts';
import type { SuiteCoverage } from './testsStore.ts';

export interface RunAllRequest {
  definition: StateMachineDefinition;
  suite: TestSuite;
}

export type RunAllMessage =
  | { type: 'case'; result: CaseResult }
  | { type: 'done'; counts: CoverageCounts; items: string[]; coverage: SuiteCoverage }
  | { type: 'fatal'; message: string };

const post = (m: RunAllMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<RunAllRequest>) => {
  try {
    const { definition, suite } = e.data;
    const model = coverageModel(definition);
    const counts: CoverageCounts = {};
    for (const c of suite.cases) {
      const r = await runTestCase(definition, c);
      if (r.snapshot) countRun(definition, model, inspectionsOf(r.snapshot), counts);
      post({ type: 'case', result: r.result });
    }
    const s = summarizeCoverage(model, counts);
    post({
      type: 'done',
      counts,
      items: [...model.states, ...model.transitions].map((i) => i.id),
      coverage: { states: s.states, transitions: s.transitions, uncovered: [...s.uncoveredStates.map((i) => `${i.label} (never entered)`), ...s.uncoveredTransitions.map((i) => i.label)] },
    });
  } catch (err) {
    post({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
  }
};
