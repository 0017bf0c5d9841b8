/** TestState on the local endpoint through @aws-sdk/client-sfn: statuses, next states, mocks and inspection data. */
import { TestStateCommand, type TestStateCommandInput } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startTestLocal, type TestLocal } from './testServer.ts';

let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal({ waitScale: 0 });
});
afterAll(() => local.close());

const test = (state: object, more: Partial<TestStateCommandInput> = {}) => local.client.send(new TestStateCommand({ definition: JSON.stringify(state), roleArn: ROLE, ...more }));
const TASK = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$.order' } };

describe('TestState', () => {
  it('INFO: a Pass state’s output and next state, without inspection data', async () => {
    const r = await test({ Type: 'Pass', Parameters: { 'sum.$': 'States.MathAdd($.a, $.b)' }, ResultPath: '$.r', Next: 'After' }, { input: '{"a":1,"b":2}' });
    expect(r.status).toBe('SUCCEEDED');
    expect(JSON.parse(r.output as string)).toEqual({ a: 1, b: 2, r: { sum: 3 } });
    expect(r.nextState).toBe('After');
    expect(r.inspectionData).toBeUndefined();
  });

  it('DEBUG: each JSONPath stage as JSON text, with a mocked Task result', async () => {
    const r = await test(
      { ...TASK, InputPath: '$.body', ResultSelector: { 'id.$': '$.Payload.id' }, ResultPath: '$.created', OutputPath: '$.created', End: true },
      { input: '{"body":{"order":{"n":7}}}', inspectionLevel: 'DEBUG', mock: { result: '{"Payload":{"id":"o-7"},"StatusCode":200}' } },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: '{"id":"o-7"}' });
    expect(r.nextState).toBeUndefined();
    expect(r.inspectionData).toEqual({
      input: '{"body":{"order":{"n":7}}}',
      afterInputPath: '{"order":{"n":7}}',
      afterParameters: '{"FunctionName":"f","Payload":{"n":7}}',
      result: '{"Payload":{"id":"o-7"},"StatusCode":200}',
      afterResultSelector: '{"id":"o-7"}',
      // ResultPath places the result into the state's raw input (not the InputPath's selection), as on AWS.
      afterResultPath: '{"body":{"order":{"n":7}},"created":{"id":"o-7"}}',
    });
  });

  it('JSONata with variables: afterArguments and the variables after Assign', async () => {
    const r = await test(
      { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.x * $factor %}', Assign: { last: '{% $states.input.x %}' }, Next: 'Next' },
      { input: '{"x":4}', variables: '{"factor":10}', inspectionLevel: 'DEBUG' },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: '40', nextState: 'Next' });
    expect(JSON.parse(r.inspectionData?.variables as string)).toMatchObject({ last: 4 });
  });

  it('a Choice state names the branch taken', async () => {
    const choice = { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' }], Default: 'Small' };
    expect((await test(choice, { input: '{"n":11}' })).nextState).toBe('Big');
    expect((await test(choice, { input: '{"n":1}' })).nextState).toBe('Small');
  });

  it('a mocked error: FAILED, CAUGHT_ERROR with the catcher’s output and next state, RETRIABLE with the backoff', async () => {
    const errorOutput = { error: 'Lambda.ServiceException', cause: 'boom' };
    expect(await test({ ...TASK, End: true }, { input: '{"order":1}', mock: { errorOutput } })).toMatchObject({ status: 'FAILED', error: 'Lambda.ServiceException', cause: 'boom' });
    const caught = await test({ ...TASK, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Recover' }], End: true }, { input: '{"order":1}', mock: { errorOutput }, inspectionLevel: 'DEBUG' });
    expect(caught).toMatchObject({ status: 'CAUGHT_ERROR', error: 'Lambda.ServiceException', nextState: 'Recover' });
    expect(JSON.parse(caught.output as string)).toEqual({ order: 1, err: { Error: 'Lambda.ServiceException', Cause: 'boom' } });
    expect(caught.inspectionData?.errorDetails).toEqual({ catchIndex: 0 });
    const retried = await test({ ...TASK, Retry: [{ ErrorEquals: ['Other'] }, { ErrorEquals: ['States.ALL'], IntervalSeconds: 2, BackoffRate: 3 }], End: true }, { input: '{"order":1}', mock: { errorOutput }, inspectionLevel: 'DEBUG', stateConfiguration: { retrierRetryCount: 1 } });
    expect(retried).toMatchObject({ status: 'RETRIABLE', error: 'Lambda.ServiceException' });
    expect(retried.inspectionData?.errorDetails).toEqual({ retryIndex: 1, retryBackoffIntervalSeconds: 6 });
  });

  it('a state of a whole machine by stateName; errors in AWS’s names', async () => {
    const machine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Result: 'b', End: true } } };
    expect(await test(machine, { stateName: 'B' })).toMatchObject({ status: 'SUCCEEDED', output: '"b"' });
    await expect(test({ Type: 'Pass', Next: 'X' }, { inspectionLevel: 'LOUD' as 'INFO' })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(test({ Type: 'Nope', End: true })).rejects.toMatchObject({ name: 'InvalidDefinition' });
    await expect(test({ Type: 'Pass', End: true }, { input: '{bad' })).rejects.toMatchObject({ name: 'InvalidExecutionInput' });
    await expect(test({ ...TASK, Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', End: true })).rejects.toMatchObject({ name: 'ValidationException' });
  });
  it('a mocked Map runs no iteration: the mock is its result, then ResultPath and OutputPath as AWS applies them', async () => {
    const map = {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Call', States: { Call: { ...TASK, End: true } } },
      ResultPath: '$.results',
      OutputPath: '$.results',
      Next: 'Done',
    };
    const r = await test(map, { input: '{"items":[1,2,3]}', inspectionLevel: 'DEBUG', mock: { result: '[{"ok":1},{"ok":2},{"ok":3}]' } });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: '[{"ok":1},{"ok":2},{"ok":3}]', nextState: 'Done' });
    expect(r.inspectionData).toMatchObject({ result: '[{"ok":1},{"ok":2},{"ok":3}]', afterResultPath: '{"items":[1,2,3],"results":[{"ok":1},{"ok":2},{"ok":3}]}' });
  });

  it('a mocked Parallel: its Parameters shape the input, a mocked error goes to its Catch', async () => {
    const branch = (n: string) => ({ StartAt: n, States: { [n]: { Type: 'Pass', End: true } } });
    const parallel = { Type: 'Parallel', Parameters: { 'id.$': '$.order.id' }, Branches: [branch('A'), branch('B')], ResultSelector: { 'first.$': '$[0]' }, Next: 'Ship' };
    const ok = await test(parallel, { input: '{"order":{"id":9}}', inspectionLevel: 'DEBUG', mock: { result: '["a","b"]' } });
    expect(ok).toMatchObject({ status: 'SUCCEEDED', output: '{"first":"a"}', nextState: 'Ship' });
    expect(ok.inspectionData?.afterParameters).toBe('{"id":9}');
    const caught = await test(
      { ...parallel, Catch: [{ ErrorEquals: ['States.BranchFailed'], ResultPath: '$.error', Next: 'Undo' }] },
      { input: '{"order":{"id":9}}', mock: { errorOutput: { error: 'States.BranchFailed', cause: 'branch 1 failed' } }, stateConfiguration: { errorCausedByState: 'A' } },
    );
    expect(caught).toMatchObject({ status: 'CAUGHT_ERROR', error: 'States.BranchFailed', nextState: 'Undo' });
    expect(JSON.parse(caught.output as string)).toEqual({ order: { id: 9 }, error: { Error: 'States.BranchFailed', Cause: 'branch 1 failed' } });
    // The branches are checked even though the mock stands in for them: two states named A are refused.
    await expect(test({ ...parallel, Branches: [branch('A'), branch('A')] }, { mock: { result: '[1,2]' } })).rejects.toMatchObject({ name: 'InvalidDefinition' });
  });
});
