/** TestState through the SDK gateway, with the SDK client mocked (aws-sdk-client-mock): request and result mapping. */
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { SFNClient, TestStateCommand } from '@aws-sdk/client-sfn';
import { createSdkGateway } from './sdkGateway.ts';

const sfn = mockClient(SFNClient);
afterEach(() => sfn.reset());

const settings = { region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, proxyUrl: 'http://127.0.0.1:9/aws-proxy' };
const state = JSON.stringify({ Type: 'Pass', InputPath: '$.a', Parameters: { 'v.$': '$' }, ResultPath: '$.r', Next: 'B' });
const role = 'arn:aws:iam::123456789012:role/StepFunctionsTest';

describe('testState', () => {
  it('sends the one state with inspection level DEBUG by default and maps every data-flow stage', async () => {
    sfn.on(TestStateCommand).resolves({
      status: 'SUCCEEDED',
      output: '{"a":1,"r":{"v":1}}',
      nextState: 'B',
      inspectionData: { input: '{"a":1}', afterInputPath: '1', afterParameters: '{"v":1}', result: '{"v":1}', afterResultSelector: '{"v":1}', afterResultPath: '{"a":1,"r":{"v":1}}', variables: '{"x":2}' },
    });
    const gw = await createSdkGateway(settings);
    const r = await gw.testState({ definition: state, roleArn: role, input: '{"a":1}', variables: '{"x":2}' });
    expect(sfn.commandCalls(TestStateCommand)[0]?.args[0].input).toEqual({ definition: state, roleArn: role, input: '{"a":1}', inspectionLevel: 'DEBUG', variables: '{"x":2}', revealSecrets: undefined });
    expect(r).toEqual({
      status: 'SUCCEEDED',
      output: '{"a":1,"r":{"v":1}}',
      nextState: 'B',
      error: undefined,
      cause: undefined,
      inspectionData: expect.objectContaining({ input: '{"a":1}', afterInputPath: '1', afterParameters: '{"v":1}', result: '{"v":1}', afterResultSelector: '{"v":1}', afterResultPath: '{"a":1,"r":{"v":1}}', variables: '{"x":2}' }),
    });
  });

  it.each(['INFO', 'TRACE'] as const)('passes inspection level %s through', async (level) => {
    sfn.on(TestStateCommand).resolves({ status: 'SUCCEEDED', output: '{}' });
    const gw = await createSdkGateway(settings);
    const r = await gw.testState({ definition: state, roleArn: role, inspectionLevel: level });
    expect(sfn.commandCalls(TestStateCommand)[0]?.args[0].input.inspectionLevel).toBe(level);
    expect(r.inspectionData).toBeUndefined();
  });

  it('maps a failed state (error, cause, catch/retry details, HTTP traffic)', async () => {
    sfn.on(TestStateCommand).resolves({
      status: 'CAUGHT_ERROR',
      error: 'States.TaskFailed',
      cause: 'boom',
      nextState: 'Handler',
      inspectionData: { input: '{}', errorDetails: { catchIndex: 0 }, request: { method: 'GET', url: 'https://example.com' }, response: { statusCode: '500', body: 'x' } },
    });
    const gw = await createSdkGateway(settings);
    const r = await gw.testState({ definition: state, roleArn: role, inspectionLevel: 'TRACE' });
    expect(r).toMatchObject({ status: 'CAUGHT_ERROR', error: 'States.TaskFailed', cause: 'boom', nextState: 'Handler' });
    expect(r.inspectionData).toMatchObject({ errorDetails: { catchIndex: 0 }, request: { method: 'GET', url: 'https://example.com' }, response: { statusCode: '500', body: 'x' } });
  });

  it('defaults a missing status from the presence of an error', async () => {
    sfn.on(TestStateCommand).resolvesOnce({ error: 'States.Runtime' }).resolvesOnce({ output: '1' });
    const gw = await createSdkGateway(settings);
    expect((await gw.testState({ definition: state, roleArn: role })).status).toBe('FAILED');
    expect((await gw.testState({ definition: state, roleArn: role })).status).toBe('SUCCEEDED');
  });
});
