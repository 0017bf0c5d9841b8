import { describe, expect, it } from 'vitest';
import { SEED_MOCK_CODE } from '../../asl/seed.ts';
import { defaultMock, fromMockConfig, mockFor, stepFor, toMockConfig, type MockSet } from './mockSet.ts';

const tasks = [
  { name: 'Lambda', lambda: true },
  { name: 'Sdk', lambda: false },
  { name: 'Flaky', lambda: true },
  { name: 'Code', lambda: true },
];

const set: MockSet = {
  Lambda: { kind: 'result', result: { ok: 1 } },
  Sdk: { kind: 'error', error: 'S3.NoSuchKey', cause: 'missing' },
  Flaky: {
    kind: 'sequence',
    steps: [
      { kind: 'error', error: 'Lambda.ServiceException', cause: 'boom' },
      { kind: 'error', error: 'Lambda.ServiceException', cause: 'boom' },
      { kind: 'result', result: 'done' },
    ],
  },
  Code: { kind: 'code', code: 'export function handler() { return 1 }' },
};

describe('mock set ↔ MockConfigFile', () => {
  it('exports fixed responses, ranges for repeats, and wraps lambda:invoke results in a Payload', () => {
    const r = toMockConfig(set, tasks, 'SM', 'Case');
    expect(r.file).toEqual({
      StateMachines: { SM: { TestCases: { Case: { Lambda: 'LambdaMock', Sdk: 'SdkMock', Flaky: 'FlakyMock' } } } },
      MockedResponses: {
        LambdaMock: { '0': { Return: { StatusCode: 200, Payload: { ok: 1 } } } },
        SdkMock: { '0': { Throw: { Error: 'S3.NoSuchKey', Cause: 'missing' } } },
        FlakyMock: {
          '0-1': { Throw: { Error: 'Lambda.ServiceException', Cause: 'boom' } },
          '2': { Return: { StatusCode: 200, Payload: 'done' } },
        },
      },
    });
    expect(r.notes).toEqual(['Code: JavaScript mock not representable in a MockConfigFile (run it once to export its last result)']);
  });

  it('exports a JavaScript mock as its last result when there is one', () => {
    const r = toMockConfig(set, tasks, 'SM', 'Case', { Code: { n: 1 } });
    expect(r.file.MockedResponses?.CodeMock).toEqual({ '0': { Return: { StatusCode: 200, Payload: { n: 1 } } } });
    expect(r.notes).toEqual(['Code: JavaScript mock exported as its last result']);
  });

  it('re-imports its export identically (code mocks aside)', () => {
    const { Code: _code, ...fixed } = set;
    const file = toMockConfig(set, tasks, 'SM', 'Case').file;
    expect(fromMockConfig(file, tasks)).toEqual(fixed);
    expect(toMockConfig(fromMockConfig(file, tasks), tasks.slice(0, 3), 'SM', 'Case').file).toEqual(file);
  });

  it('refuses files without the named pieces', () => {
    expect(() => fromMockConfig({}, tasks)).toThrow(/no state machine/);
    expect(() => fromMockConfig({ StateMachines: { SM: { TestCases: { C: { Sdk: 'X' } } } } }, tasks)).toThrow(/no 'X'/);
    expect(() => fromMockConfig({ StateMachines: { SM: { TestCases: { C: { Sdk: 'X' } } } }, MockedResponses: { X: { first: {} } } }, tasks)).toThrow(/Invalid invocation key/);
  });

  it('defaults to the seed handlers, then an empty result', () => {
    expect(defaultMock('CreateUser')).toEqual({ kind: 'code', code: SEED_MOCK_CODE.CreateUser });
    expect(defaultMock('Other')).toEqual({ kind: 'result', result: {} });
  });

  it('repeats the last entry of a sequence', () => {
    const flaky = set.Flaky as Exclude<MockSet[string], { kind: 'code' }>;
    expect([0, 1, 2, 7].map((n) => stepFor(flaky, n).kind)).toEqual(['error', 'error', 'result', 'result']);
  });
});

describe('MockConfigFile import from outside (issue 18)', () => {
  const file = (responses: unknown) => ({ StateMachines: { SM: { TestCases: { C: { Sdk: 'R' } } } }, MockedResponses: { R: responses } });

  it('refuses a key of "4294967294" at once instead of expanding a sparse array', () => {
    const t0 = performance.now();
    expect(() => fromMockConfig(file({ '4294967294': { Return: 1 } }), tasks)).toThrow("invocation key '4294967294' goes past invocation 100000");
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('keeps the last range as one repeating entry however long it is', () => {
    expect(fromMockConfig(file({ '0': { Throw: { Error: 'E', Cause: 'c' } }, '1-99999': { Return: 'ok' } }), tasks)).toEqual({
      Sdk: { kind: 'sequence', steps: [{ kind: 'error', error: 'E', cause: 'c' }, { kind: 'result', result: 'ok' }] },
    });
  });

  it('fills a gap with the failure of an invocation that has no mock', () => {
    const set = fromMockConfig(file({ '0': { Return: 1 }, '2': { Return: 3 } }), tasks);
    expect(set.Sdk).toEqual({ kind: 'sequence', steps: [{ kind: 'result', result: 1 }, { kind: 'error', error: 'States.Runtime', cause: "'R' has no entry for this invocation" }, { kind: 'result', result: 3 }] });
  });

  it('refuses a sequence longer than the editor holds, saying so', () => {
    expect(() => fromMockConfig(file({ '0-5000': { Return: 1 }, '5001': { Return: 2 } }), tasks)).toThrow('more than 1000 invocations before its last entry');
  });

  it('finds mocks of states named like Object.prototype members only when they are set', () => {
    const named: MockSet = JSON.parse('{"__proto__":{"kind":"result","result":1}}') as MockSet;
    expect(mockFor(named, '__proto__')).toEqual({ kind: 'result', result: 1 });
    expect(mockFor({}, 'constructor')).toEqual({ kind: 'result', result: {} });
    expect(mockFor({}, 'toString')).toEqual({ kind: 'result', result: {} });
  });
});
