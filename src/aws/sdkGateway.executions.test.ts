/** Execution calls of the SDK gateway with the SDK client mocked (aws-sdk-client-mock): requests sent, results mapped. */
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { createSdkGateway } from './sdkGateway.ts';

const sfn = mockClient(SFNClient);
afterEach(() => sfn.reset());

const settings = { region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'tok' }, proxyUrl: 'http://127.0.0.1:9/aws-proxy' };
const MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:Orders';
const EXEC = 'arn:aws:states:eu-west-1:123456789012:execution:Orders:run-1';
const T0 = new Date('2026-11-26T12:00:00Z');
const T1 = new Date('2026-11-26T12:00:05Z');

describe('StartExecution / StartSyncExecution', () => {
  it('a Standard machine starts asynchronously and returns the execution ARN', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: EXEC, startDate: T0 });
    const r = await (await createSdkGateway(settings)).startExecution({ arn: MACHINE, type: 'STANDARD' }, '{"order":1}');
    expect(r).toEqual({ executionArn: EXEC });
    expect(sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input).toEqual({ stateMachineArn: MACHINE, input: '{"order":1}' });
    expect(sfn.commandCalls(StartSyncExecutionCommand)).toHaveLength(0);
  });

  it('an Express machine runs synchronously (StartSyncExecution) and returns its result', async () => {
    sfn.on(StartSyncExecutionCommand).resolves({ executionArn: EXEC, name: 'run-1', status: 'FAILED', startDate: T0, stopDate: T1, input: '{}', error: 'States.TaskFailed', cause: 'boom' });
    const r = await (await createSdkGateway(settings)).startExecution({ arn: MACHINE, type: 'EXPRESS' }, '{}');
    expect(sfn.commandCalls(StartSyncExecutionCommand)[0]?.args[0].input).toEqual({ stateMachineArn: MACHINE, input: '{}' });
    expect(sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
    expect(r).toEqual({
      executionArn: EXEC,
      result: { arn: EXEC, name: 'run-1', status: 'FAILED', startDate: T0.toISOString(), stopDate: T1.toISOString(), input: '{}', output: undefined, error: 'States.TaskFailed', cause: 'boom' },
    });
  });
});

describe('DescribeExecution', () => {
  it('maps status, dates, input, output', async () => {
    sfn.on(DescribeExecutionCommand).resolves({ executionArn: EXEC, stateMachineArn: MACHINE, name: 'run-1', status: 'SUCCEEDED', startDate: T0, stopDate: T1, input: '{"a":1}', output: '{"b":2}' });
    const d = await (await createSdkGateway(settings)).describeExecution(EXEC);
    expect(sfn.commandCalls(DescribeExecutionCommand)[0]?.args[0].input).toEqual({ executionArn: EXEC });
    expect(d).toEqual({ arn: EXEC, name: 'run-1', status: 'SUCCEEDED', startDate: T0.toISOString(), stopDate: T1.toISOString(), input: '{"a":1}', output: '{"b":2}', error: undefined, cause: undefined });
  });

  it('a missing execution is a classified not-found error', async () => {
    sfn.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ $metadata: { httpStatusCode: 400 }, message: `Execution Does Not Exist: '${EXEC}'` }));
    await expect((await createSdkGateway(settings)).describeExecution(EXEC)).rejects.toMatchObject({ code: 'ExecutionDoesNotExist', network: false, problem: { kind: 'not-found', retryable: false } });
  });
});

describe('GetExecutionHistory', () => {
  it('pages with nextToken, asks for execution data, maps events (dates as ISO text)', async () => {
    sfn
      .on(GetExecutionHistoryCommand, { nextToken: undefined })
      .resolves({ events: [{ id: 1, previousEventId: 0, timestamp: T0, type: 'ExecutionStarted', executionStartedEventDetails: { input: '{}', roleArn: 'r' } }], nextToken: 'h1' })
      .on(GetExecutionHistoryCommand, { nextToken: 'h1' })
      .resolves({ events: [{ id: 2, previousEventId: 1, timestamp: T1, type: 'PassStateEntered', stateEnteredEventDetails: { name: 'P', input: '{}' } }] });
    const gw = await createSdkGateway(settings);
    const first = await gw.getExecutionHistory(EXEC);
    expect(first.nextToken).toBe('h1');
    expect(first.items).toEqual([{ id: 1, previousEventId: 0, timestamp: T0.toISOString(), type: 'ExecutionStarted', executionStartedEventDetails: { input: '{}', roleArn: 'r' } }]);
    const second = await gw.getExecutionHistory(EXEC, first.nextToken);
    expect(second).toEqual({ items: [{ id: 2, previousEventId: 1, timestamp: T1.toISOString(), type: 'PassStateEntered', stateEnteredEventDetails: { name: 'P', input: '{}' } }], nextToken: undefined });
    expect(sfn.commandCalls(GetExecutionHistoryCommand).map((c) => c.args[0].input)).toEqual([
      { executionArn: EXEC, nextToken: undefined, maxResults: 1000, includeExecutionData: true },
      { executionArn: EXEC, nextToken: 'h1', maxResults: 1000, includeExecutionData: true },
    ]);
  });
});

describe('StopExecution', () => {
  it('stops with an error and cause saying it came from asl-studio', async () => {
    sfn.on(StopExecutionCommand).resolves({ stopDate: T1 });
    await (await createSdkGateway(settings)).stopExecution(EXEC);
    expect(sfn.commandCalls(StopExecutionCommand)[0]?.args[0].input).toEqual({ executionArn: EXEC, error: 'asl-studio.Stopped', cause: 'Stopped from asl-studio' });
  });

  it('a denied stop names the action', async () => {
    sfn.on(StopExecutionCommand).rejects(new SFNServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: `User: arn:aws:iam::123456789012:user/dev is not authorized to perform: states:StopExecution on resource: ${EXEC}` }));
    const e = await (await createSdkGateway(settings)).stopExecution(EXEC).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'AccessDeniedException', problem: { kind: 'access-denied', message: `Your credentials are not allowed to call states:StopExecution on ${EXEC}.` } });
  });
});

describe('ListExecutions', () => {
  it('lists recent executions of a machine, paged', async () => {
    sfn
      .on(ListExecutionsCommand, { nextToken: undefined })
      .resolves({ executions: [{ executionArn: EXEC, stateMachineArn: MACHINE, name: 'run-1', status: 'RUNNING', startDate: T0 }], nextToken: 'e1' })
      .on(ListExecutionsCommand, { nextToken: 'e1' })
      .resolves({ executions: [{ executionArn: `${EXEC}0`, stateMachineArn: MACHINE, name: 'run-0', status: 'ABORTED', startDate: T0, stopDate: T1 }] });
    const gw = await createSdkGateway(settings);
    const first = await gw.listExecutions(MACHINE);
    const second = await gw.listExecutions(MACHINE, first.nextToken);
    expect([...first.items, ...second.items].map((e) => `${e.name}:${e.status}:${e.stopDate ?? '-'}`)).toEqual(['run-1:RUNNING:-', `run-0:ABORTED:${T1.toISOString()}`]);
    expect(second.nextToken).toBeUndefined();
    expect(sfn.commandCalls(ListExecutionsCommand).map((c) => c.args[0].input)).toEqual([
      { stateMachineArn: MACHINE, nextToken: undefined, maxResults: 20 },
      { stateMachineArn: MACHINE, nextToken: 'e1', maxResults: 20 },
    ]);
  });
});

describe('credentials', () => {
  it('empty keys fail as no-credentials before any call is sent', async () => {
    const gw = await createSdkGateway({ ...settings, credentials: { accessKeyId: ' ', secretAccessKey: '' } });
    await expect(gw.listExecutions(MACHINE)).rejects.toMatchObject({ code: 'NoCredentials', problem: { kind: 'no-credentials' } });
    await expect(gw.validateDefinition('{}', 'STANDARD')).rejects.toMatchObject({ problem: { kind: 'no-credentials' } });
    expect(sfn.calls()).toHaveLength(0);
  });
});
