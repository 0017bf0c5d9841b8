/** Execution operations and callbacks through @aws-sdk/client-sfn against the local endpoint. */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startTestLocal, until, type TestLocal } from './testServer.ts';

let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal({ waitScale: 1 });
});
afterAll(() => local.close());

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).name;
  }
  throw new Error('expected the call to fail');
}

async function machine(name: string, definition: object, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Promise<string> {
  const r = await local.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE, type }));
  return r.stateMachineArn as string;
}

async function finished(executionArn: string) {
  return until(async () => {
    const d = await local.client.send(new DescribeExecutionCommand({ executionArn }));
    return d.status === 'RUNNING' ? undefined : d;
  }, 15_000, `${executionArn} to end`);
}

async function history(executionArn: string): Promise<HistoryEvent[]> {
  return (await local.client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
}

const PASS3 = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Result: { b: true }, ResultPath: '$.b', Next: 'C' }, C: { Type: 'Succeed' } } };

describe('executions', () => {
  it('starts, describes, lists and reads the history of an execution', async () => {
    const arn = await machine('Basic', PASS3);
    const { executionArn, startDate } = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'first', input: '{"n":1}' }));
    expect(executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:Basic:first');
    expect(startDate).toBeInstanceOf(Date);
    const d = await finished(executionArn as string);
    expect(d).toMatchObject({ status: 'SUCCEEDED', name: 'first', stateMachineArn: arn, input: '{"n":1}', output: '{"n":1,"b":{"b":true}}' });
    expect(d.stopDate!.getTime()).toBeGreaterThanOrEqual(d.startDate!.getTime());
    const events = await history(executionArn as string);
    expect(events.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'PassStateEntered', 'PassStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
    expect(events.map((e) => [e.id, e.previousEventId])).toEqual([[1, 0], [2, 0], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]]);
    expect(events[0]!.timestamp).toBeInstanceOf(Date);
    expect(events[0]!.executionStartedEventDetails).toMatchObject({ input: '{"n":1}', roleArn: ROLE });
    const list = await local.client.send(new ListExecutionsCommand({ stateMachineArn: arn }));
    expect(list.executions?.map((e) => [e.name, e.status])).toEqual([['first', 'SUCCEEDED']]);
    const forExec = await local.client.send(new DescribeStateMachineForExecutionCommand({ executionArn }));
    expect(forExec).toMatchObject({ stateMachineArn: arn, name: 'Basic', definition: JSON.stringify(PASS3), roleArn: ROLE });
  });

  it('pages the history, reverses it and leaves out execution data on request', async () => {
    const arn = await machine('Paged', PASS3);
    const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{"secret":1}' }));
    await finished(executionArn as string);
    const ids: number[] = [];
    let nextToken: string | undefined;
    do {
      const p = await local.client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 3, nextToken }));
      expect(p.events!.length).toBeLessThanOrEqual(3);
      ids.push(...p.events!.map((e) => e.id as number));
      nextToken = p.nextToken;
    } while (nextToken);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const reversed = await local.client.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 2 }));
    expect(reversed.events!.map((e) => e.type)).toEqual(['ExecutionSucceeded', 'SucceedStateExited']);
    const bare = await local.client.send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false }));
    expect(JSON.stringify(bare.events)).not.toContain('secret');
    expect(bare.events![0]!.executionStartedEventDetails).toMatchObject({ roleArn: ROLE });
  });

  it('answers a repeated start of a running execution with it, and ExecutionAlreadyExists otherwise', async () => {
    const arn = await machine('Idem', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 30, End: true } } });
    const a = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'same', input: '{"a":1}' }));
    const b = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'same', input: '{"a":1}' }));
    expect(b.executionArn).toBe(a.executionArn);
    expect(b.startDate).toEqual(a.startDate);
    expect(await failure(local.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'same', input: '{"a":2}' })))).toBe('ExecutionAlreadyExists');
    await local.client.send(new StopExecutionCommand({ executionArn: a.executionArn }));
    expect(await failure(local.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'same', input: '{"a":1}' })))).toBe('ExecutionAlreadyExists');
  });

  it('refuses bad input, names and unknown machines', async () => {
    const arn = await machine('Refuse', PASS3);
    expect(await failure(local.client.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{nope' })))).toBe('InvalidExecutionInput');
    expect(await failure(local.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'a/b' })))).toBe('InvalidName');
    expect(await failure(local.client.send(new StartExecutionCommand({ stateMachineArn: `${arn}X` })))).toBe('StateMachineDoesNotExist');
    expect(await failure(local.client.send(new DescribeExecutionCommand({ executionArn: 'arn:aws:states:us-east-1:123456789012:execution:Refuse:none' })))).toBe('ExecutionDoesNotExist');
    expect(await failure(local.client.send(new DescribeExecutionCommand({ executionArn: 'nonsense' })))).toBe('InvalidArn');
  });

  it('stops an execution during a Wait: ABORTED, the history ends with ExecutionAborted after WaitStateEntered', async () => {
    const arn = await machine('Stoppable', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, Next: 'Done' }, Done: { Type: 'Succeed' } } });
    const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn }));
    await until(async () => ((await history(executionArn as string)).some((e) => e.type === 'WaitStateEntered') ? true : undefined));
    expect((await history(executionArn as string)).map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered']);
    const stop = await local.client.send(new StopExecutionCommand({ executionArn, error: 'MyError', cause: 'no more' }));
    expect(stop.stopDate).toBeInstanceOf(Date);
    const d = await finished(executionArn as string);
    expect(d).toMatchObject({ status: 'ABORTED', error: 'MyError', cause: 'no more' });
    const events = await history(executionArn as string);
    expect(events.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionAborted']);
    expect(events[2]).toMatchObject({ id: 3, previousEventId: 2, executionAbortedEventDetails: { error: 'MyError', cause: 'no more' } });
    const aborted = await local.client.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'ABORTED' }));
    expect(aborted.executions?.map((e) => e.executionArn)).toEqual([executionArn]);
    expect((await local.client.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'SUCCEEDED' }))).executions).toEqual([]);
  });

  it('waits in real time: a 1 s Wait takes a second', async () => {
    const arn = await machine('OneSecond', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } });
    const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const d = await finished(executionArn as string);
    expect(d.stopDate!.getTime() - d.startDate!.getTime()).toBe(1000);
    const wall = Date.now() - d.startDate!.getTime();
    expect(wall).toBeGreaterThanOrEqual(990);
  });

  it('runs a callback task until SendTaskSuccess, with the token from the history', async () => {
    const def = {
      StartAt: 'Ask',
      States: {
        Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token' } }, Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    const arn = await machine('Callback', def);
    const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const token = await until(async () => {
      const started = (await history(executionArn as string)).find((e) => e.type === 'TaskScheduled');
      return started ? (JSON.parse(started.taskScheduledEventDetails!.parameters as string) as { MessageBody: { token: string } }).MessageBody.token : undefined;
    });
    expect((await local.client.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('RUNNING');
    await local.client.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    await local.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"approved":true}' }));
    const d = await finished(executionArn as string);
    expect(d).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":true}' });
    expect((await history(executionArn as string)).map((e) => e.type)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded',
    ]);
    expect(await failure(local.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' })))).toBe('TaskDoesNotExist');
    expect(await failure(local.client.send(new SendTaskSuccessCommand({ taskToken: 'never-issued', output: '{}' })))).toBe('TaskDoesNotExist');
  });

  it('fails a callback task with SendTaskFailure, and times it out on HeartbeatSeconds', async () => {
    const def = (hb?: number) => ({
      StartAt: 'Ask',
      States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', ...(hb ? { HeartbeatSeconds: hb } : {}), Parameters: { FunctionName: 'f', Payload: { 't.$': '$$.Task.Token' } }, End: true } },
    });
    const tokenOf = async (executionArn: string) =>
      until(async () => {
        const s = (await history(executionArn)).find((e) => e.type === 'TaskScheduled');
        return s ? (JSON.parse(s.taskScheduledEventDetails!.parameters as string) as { Payload: { t: string } }).Payload.t : undefined;
      });
    const failing = await machine('CallbackFail', def());
    const a = await local.client.send(new StartExecutionCommand({ stateMachineArn: failing }));
    await local.client.send(new SendTaskFailureCommand({ taskToken: await tokenOf(a.executionArn as string), error: 'Rejected', cause: 'by a human' }));
    expect(await finished(a.executionArn as string)).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'by a human' });
    const slow = await machine('CallbackHeartbeat', def(1));
    const b = await local.client.send(new StartExecutionCommand({ stateMachineArn: slow }));
    const token = await tokenOf(b.executionArn as string);
    expect(await finished(b.executionArn as string)).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect((await history(b.executionArn as string)).some((e) => e.type === 'TaskTimedOut')).toBe(true);
    expect(await failure(local.client.send(new SendTaskHeartbeatCommand({ taskToken: token })))).toBe('TaskTimedOut');
  });

  it('gives executions of two machines with the same name different task tokens', async () => {
    const def = { StartAt: 'Ask', States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { QueueUrl: 'q', 'MessageBody.$': '$$.Task.Token' }, End: true } } };
    const runs = await Promise.all(['TokenA', 'TokenB'].map(async (n) => (await local.client.send(new StartExecutionCommand({ stateMachineArn: await machine(n, def), name: 'same-name' }))).executionArn as string));
    const tokens = await Promise.all(
      runs.map((arn) =>
        until(async () => {
          const s = (await history(arn)).find((e) => e.type === 'TaskScheduled');
          return s ? (JSON.parse(s.taskScheduledEventDetails!.parameters as string) as { MessageBody: string }).MessageBody : undefined;
        }),
      ),
    );
    expect(tokens[0]).not.toBe(tokens[1]);
    await local.client.send(new SendTaskSuccessCommand({ taskToken: tokens[1], output: '"B"' }));
    expect(await finished(runs[1]!)).toMatchObject({ status: 'SUCCEEDED', output: '"B"' });
    expect((await local.client.send(new DescribeExecutionCommand({ executionArn: runs[0] }))).status).toBe('RUNNING');
    await local.client.send(new StopExecutionCommand({ executionArn: runs[0] }));
  });

  it('fails an unmocked Task naming the state', async () => {
    const arn = await machine('Unmocked', { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true } } });
    const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const d = await finished(executionArn as string);
    expect(d.status).toBe('FAILED');
    expect(d.error).toBe('States.TaskFailed');
    expect(d.cause).toContain("Task state 'Call'");
  });

  it('runs Express machines synchronously with StartSyncExecution, and refuses it for Standard ones', async () => {
    const express = await machine('Quick', PASS3, 'EXPRESS');
    const r = await local.client.send(new StartSyncExecutionCommand({ stateMachineArn: express, name: 'sync1', input: '{"q":1}' }));
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: '{"q":1,"b":{"b":true}}', name: 'sync1', stateMachineArn: express, input: '{"q":1}' });
    expect(r.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:Quick:sync1:[0-9a-f-]{36}$/);
    expect(r.billingDetails?.billedDurationInMilliseconds).toBeGreaterThanOrEqual(100);
    const failed = await machine('QuickFail', { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'c' } } }, 'EXPRESS');
    expect(await local.client.send(new StartSyncExecutionCommand({ stateMachineArn: failed }))).toMatchObject({ status: 'FAILED', error: 'E', cause: 'c' });
    const standard = await machine('NotQuick', PASS3);
    expect(await failure(local.client.send(new StartSyncExecutionCommand({ stateMachineArn: standard })))).toBe('StateMachineTypeNotSupported');
  });
});
