import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../asl/templates/index.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { coverageModel, countRun, summarizeCoverage, type CoverageCounts } from './coverage.ts';
import { inspectionsOf, runTestCase } from './runner.ts';
import { parseSuite } from './schema.ts';
import { TEMPLATE_SUITES } from './templateSuites.ts';

describe('template suites', () => {
  it('every template has a suite, and every suite a template', () => {
    expect(Object.keys(TEMPLATE_SUITES).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: every case passes and the suite takes every state and transition`, async () => {
      const suite = TEMPLATE_SUITES[t.id]!;
      expect(parseSuite(suite)).toEqual({ ok: true, value: suite });
      const def = JSON.parse(t.text) as StateMachineDefinition;
      const model = coverageModel(def);
      const counts: CoverageCounts = {};
      for (const c of suite.cases) {
        const r = await runTestCase(def, c);
        expect({ name: c.name, problems: r.result.problems, diff: r.result.diff.filter((l) => l.op !== ' ') }).toEqual({ name: c.name, problems: [], diff: [] });
        countRun(def, model, inspectionsOf(r.snapshot!), counts);
      }
      const s = summarizeCoverage(model, counts);
      expect(s.uncoveredTransitions.map((i) => i.label)).toEqual([]);
      expect(s.uncoveredStates.map((i) => i.id)).toEqual([]);
      expect(s.transitions.percent).toBe(100);
    });
  }
});
