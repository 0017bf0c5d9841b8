import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { startExecution } from '../simulator/engine.ts';
import type { TaskInvoker } from '../simulator/execution.ts';
import { run } from '../simulator/run.ts';
import { caseFromSnapshot } from './capture.ts';
import { isSubset, jsonDiff } from './compare.ts';
import { runTestCase } from './runner.ts';
import type { TestCase } from './model.ts';

const lambda = 'arn:aws:states:::lambda:invoke';
const def: StateMachineDefinition = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: lambda,
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'receipt.$': '$.Payload.receipt' },
      Retry: [{ ErrorEquals: ['Busy'], MaxAttempts: 3, IntervalSeconds: 1 }],
      Catch: [{ ErrorEquals: ['Declined'], Next: 'Refused' }],
      Next: 'Paid',
    },
    Paid: { Type: 'Pass', Parameters: { 'receipt.$': '$.receipt', status: 'paid', at: 1 }, End: true },
    Refused: { Type: 'Fail', Error: 'PaymentRefused', Cause: 'card declined' },
  },
};

const paid: TestCase = {
  name: 'pays after a busy retry',
  input: { amount: 5 },
  mocks: { Charge: { '0': { Throw: { Error: 'Busy', Cause: 'try later' } }, '1': { Return: { Payload: { receipt: 'R1' }, StatusCode: 200 } } } },
  expect: { status: 'SUCCEEDED', output: { receipt: 'R1', status: 'paid', at: 1 }, visits: ['Charge', 'Paid'], path: ['Charge', 'Paid'] },
};

describe('runTestCase', () => {
  it('passes when status, output, visits and path match', async () => {
    const r = await runTestCase(def, paid);
    expect(r.result.problems).toEqual([]);
    expect(r.result.passed).toBe(true);
    expect(r.result.actual.visited.sort()).toEqual(['Charge', 'Paid']);
  });

  it('fails with a readable line diff of the output', async () => {
    const r = await runTestCase(def, { ...paid, expect: { status: 'SUCCEEDED', output: { receipt: 'R2', status: 'paid', at: 1 } } });
    expect(r.result.passed).toBe(false);
    expect(r.result.problems).toEqual(['output: differs from the expected output']);
    expect(r.result.diff.filter((l) => l.op !== ' ')).toEqual([
      { op: '-', text: '  "receipt": "R2",' },
      { op: '+', text: '  "receipt": "R1",' },
    ]);
  });

  it('compares a JSON subset, ignoring extra keys, and diffs only the named keys', async () => {
    const pass = await runTestCase(def, { ...paid, expect: { status: 'SUCCEEDED', output: { status: 'paid' }, outputMatch: 'subset' } });
    expect(pass.result.passed).toBe(true);
    const fail = await runTestCase(def, { ...paid, expect: { status: 'SUCCEEDED', output: { status: 'open' }, outputMatch: 'subset' } });
    expect(fail.result.passed).toBe(false);
    expect(fail.result.diff).toEqual([
      { op: ' ', text: '{' },
      { op: '-', text: '  "status": "open"' },
      { op: '+', text: '  "status": "paid"' },
      { op: ' ', text: '}' },
    ]);
  });

  it('checks error and cause of a failed run, and states that must be visited', async () => {
    const declined: TestCase = {
      name: 'declined',
      input: {},
      mocks: { Charge: { '0': { Throw: { Error: 'Declined', Cause: 'no funds' } } } },
      expect: { status: 'FAILED', error: 'PaymentRefused', cause: 'card declined', visits: ['Refused'] },
    };
    expect((await runTestCase(def, declined)).result.passed).toBe(true);
    const wrong = await runTestCase(def, { ...declined, expect: { status: 'FAILED', error: 'Other', visits: ['Paid'] } });
    expect(wrong.result.problems).toEqual(['error: expected Other, got PaymentRefused', "visits: never entered 'Paid'"]);
    const status = await runTestCase(def, { ...declined, expect: { status: 'SUCCEEDED' } });
    expect(status.result.problems[0]).toMatch(/^status: expected SUCCEEDED, got FAILED \(PaymentRefused/);
  });

  it('fails a case whose Task has no mock, saying which', async () => {
    const r = await runTestCase(def, { ...paid, mocks: {} });
    expect(r.result.passed).toBe(false);
    expect(r.result.actual.error).toBe('States.Runtime');
    expect(r.result.actual.cause).toMatch(/No mock for Task state 'Charge'/);
  });
});

describe('isSubset', () => {
  it('allows extra keys, not missing ones or other array lengths', () => {
    expect(isSubset({ a: 1 }, { a: 1, b: 2 })).toBe(true);
    expect(isSubset({ a: 1, c: 3 }, { a: 1 })).toBe(false);
    expect(isSubset([{ a: 1 }], [{ a: 1, b: 1 }])).toBe(true);
    expect(isSubset([1], [1, 2])).toBe(false);
    expect(isSubset(null, null)).toBe(true);
    expect(isSubset({ a: null }, { a: 0 })).toBe(false);
  });

  it('diffs keys in sorted order', () => {
    expect(jsonDiff({ b: 1, a: 1 }, { a: 1, b: 1 }).every((l) => l.op === ' ')).toBe(true);
  });
});

describe('caseFromSnapshot', () => {
  it('captures every call per invocation (thrown and returned) so the saved case replays and passes', async () => {
    const invoker: TaskInvoker = (req) =>
      req.invocation === 0 ? { error: 'Busy', cause: 'slow' } : { output: { Payload: { receipt: `R${req.invocation}` }, StatusCode: 200 } };
    const end = await run(startExecution(def, { input: { amount: 9 }, invoker }));
    expect(end.status).toBe('SUCCEEDED');
    const c = caseFromSnapshot('from run', end);
    expect(c.input).toEqual({ amount: 9 });
    expect(c.mocks).toEqual({
      Charge: { '0': { Throw: { Error: 'Busy', Cause: 'slow' } }, '1': { Return: { Payload: { receipt: 'R1' }, StatusCode: 200 } } },
    });
    expect(c.expect).toEqual({ status: 'SUCCEEDED', output: { receipt: 'R1', status: 'paid', at: 1 } });
    expect((await runTestCase(def, c)).result.passed).toBe(true);
  });
});
