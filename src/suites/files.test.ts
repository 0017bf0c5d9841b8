import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { caseFromFile, exportSuite, importSuite, MOCK_CONFIG_FILE } from './files.ts';
import type { TestSuite } from './model.ts';
import { runTestCase } from './runner.ts';

const def: StateMachineDefinition = {
  StartAt: 'A',
  States: { A: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:a', Retry: [{ ErrorEquals: ['X'] }], Next: 'B' }, B: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:b', End: true } },
};

const suite: TestSuite = {
  cases: [
    {
      name: 'Retry then ok: A',
      input: { n: 1 },
      mocks: { A: { '0': { Throw: { Error: 'X', Cause: 'c' } }, '1-2': { Return: { a: 1 }, DurationSeconds: 2 } }, B: { '0': { Return: 'b' } } },
      expect: { status: 'SUCCEEDED', output: { x: 1 }, outputMatch: 'subset', visits: ['B'], path: ['A', 'B'] },
    },
    { name: 'Retry then ok', input: null, mocks: { A: { '0': { Throw: { Error: 'Y' } } } }, expect: { status: 'FAILED', error: 'Y', cause: '' } },
    { name: 'no mocks', input: [1, 'two'], mocks: {}, expect: { status: 'FAILED', error: 'States.Runtime' } },
  ],
};

describe('suite files', () => {
  it('export then import gives the same definition and suite', () => {
    const files = exportSuite(def, suite);
    expect(files.map((f) => f.name)).toEqual(['01-retry-then-ok-a.json', '02-retry-then-ok.json', '03-no-mocks.json', MOCK_CONFIG_FILE]);
    const back = importSuite(JSON.parse(JSON.stringify(files)));
    expect(back).toEqual({ ok: true, value: { definition: def, suite } });
  });

  it('writes a MockConfigFile that names one test case per case, and case files in the conformance format', () => {
    const files = exportSuite(def, suite);
    const config = files.at(-1)!.content as Record<string, any>;
    expect(Object.keys(config.StateMachines.SM.TestCases)).toEqual(['Retry then ok: A', 'Retry then ok', 'no mocks']);
    expect(config.StateMachines.SM.TestCases['Retry then ok: A']).toEqual({ A: 'Retry then ok: A: A', B: 'Retry then ok: A: B' });
    expect(files[0]!.content).toMatchObject({ name: 'Retry then ok: A', definition: def, input: { n: 1 }, expected: { status: 'SUCCEEDED' } });
  });

  it('reads a conformance case with its mocks inline (SM / T)', async () => {
    const c = caseFromFile(
      {
        name: 'inline',
        definition: def,
        input: {},
        mocks: { StateMachines: { SM: { TestCases: { T: { A: 'ra', B: 'rb' } } } }, MockedResponses: { ra: { '0': { Return: 1 } }, rb: { '0': { Return: 2 } } } },
        expected: { status: 'SUCCEEDED', output: 2 },
      },
      () => {
        throw new Error('not asked');
      },
    );
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.value.testCase.mocks).toEqual({ A: { '0': { Return: 1 } }, B: { '0': { Return: 2 } } });
    expect((await runTestCase(c.value.definition, c.value.testCase)).result.passed).toBe(true);
  });

  it('says what is missing', () => {
    const files = exportSuite(def, suite).slice(0, 1);
    expect(importSuite(files)).toEqual({ ok: false, message: `01-retry-then-ok-a.json: cannot read ${MOCK_CONFIG_FILE}: no such file among the imported ones` });
    expect(importSuite([])).toEqual({ ok: false, message: 'none of the files is a test case' });
  });
});
