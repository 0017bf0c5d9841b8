import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { readHistoryFile } from '../../aws/historyFile.ts';
import { runCase, type ConformanceCase } from '../../simulator/testCases.ts';
import { fixturePath } from '../../testing/fixtures.ts';
import { runTestCase } from '../../suites/runner.ts';
import { caseFileText, caseFromHistory, toSuiteCase } from './historyCase.ts';

const load = (name: string) => {
  const text = readFileSync(fixturePath('conformance-recorded', 'histories', `${name}.json`), 'utf8');
  const r = readHistoryFile(text);
  if (!r.ok) throw new Error(r.message);
  return { definition: (JSON.parse(text) as { definition: StateMachineDefinition }).definition, events: r.history.events };
};

describe('caseFromHistory', () => {
  it('a Lambda task that succeeded: its recorded result is the mock, the final output the expectation', async () => {
    const { definition, events } = load('lambda-task-success');
    const r = await caseFromHistory(definition, events, 'Recorded run');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.case.mocks)).toEqual(['step1']);
    expect(r.case.mocks.step1).toEqual({ '0': { Return: 'HelloWorld' } }); // LambdaFunctionSucceeded's output, a bare function ARN
    expect(r.case.expected.status).toBe('SUCCEEDED');
    expect(r.case.warnings).toEqual([]);
    // The file `asl-studio test` runs passes.
    const file = JSON.parse(caseFileText(r.case, definition, 'test')) as ConformanceCase;
    expect((await runCase(file)).problems).toEqual([]);
  });

  // Not lambda-task-retry-then-catch: its recorder stored the causes parsed, so their text (spacing) is lost and the
  // caught Cause cannot equal the recorded output byte for byte (recordedMocks.test.ts compares it parsed).
  it.each(['lambda-task-success', 'lambda-invoke-jsonata-to-jsonpath', 'map-inline-parameters', 'map-iteration-fail-catch', 'parallel-branch-fail-retry', 'parallel-order', 'choice'])(
    '%s: as a case of the test suite, it passes the suite runner',
    async (name) => {
      const { definition, events } = load(name);
      const r = await caseFromHistory(definition, events, `Recorded ${name}`);
      if (!r.ok) throw new Error(r.message);
      const testCase = toSuiteCase(r.case);
      expect(testCase.expect.path).toEqual(r.case.expected.path);
      const { result } = await runTestCase(definition, testCase);
      expect(result.problems).toEqual([]);
      expect(result.passed).toBe(true);
    },
  );

  it('says when the workflow no longer ends as the recording did', async () => {
    const { definition, events } = load('lambda-task-retry-then-catch');
    const changed = structuredClone(definition) as unknown as { States: Record<string, Record<string, unknown>> };
    changed.States.HandleError = { Type: 'Fail', Error: 'Changed' };
    const r = await caseFromHistory(changed as unknown as StateMachineDefinition, events, 'x');
    expect(r.ok).toBe(true);
    expect(r.ok && r.case.warnings.join(' ')).toMatch(/ends FAILED \(Changed\), the recording SUCCEEDED/);
  });

  it('refuses a history that has not ended', async () => {
    const { definition, events } = load('pass-chain');
    const r = await caseFromHistory(definition, events.slice(0, -1), 'x');
    expect(r).toEqual({ ok: false, message: 'The execution had not ended when this history was saved' });
  });
});
