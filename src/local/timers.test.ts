/**
 * Callback task timers on the local endpoint: TimeoutSeconds/TimeoutSecondsPath end a `.waitForTaskToken` task
 * with States.Timeout, HeartbeatSeconds/HeartbeatSecondsPath with States.HeartbeatTimeout (a heartbeat resets it),
 * both on the wall clock times the server's wait scale (here 0.01: 100 s of task time take about a second), and
 * the history's timestamps count the task's time unscaled, as on AWS.
 */
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, SendTaskHeartbeatCommand, SendTaskSuccessCommand, StartExecutionCommand, type HistoryEvent } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, startTestLocal, until, type TestLocal } from './testServer.ts';

const SCALE = 0.01;
let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal({ waitScale: SCALE });
});
afterAll(() => local.close());

const callback = (limits: Record<string, unknown>, language: 'JSONPath' | 'JSONata' = 'JSONPath') => ({
  QueryLanguage: language,
  StartAt: 'Ask',
  States: {
    Ask: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      ...limits,
      ...(language === 'JSONata' ? { Arguments: { QueueUrl: 'q', MessageBody: '{% $states.context.Task.Token %}' } } : { Parameters: { QueueUrl: 'q', 'MessageBody.$': '$$.Task.Token' } }),
      End: true,
    },
  },
});

async function start(name: string, definition: object, input: object = {}): Promise<string> {
  const { stateMachineArn } = await local.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
  const r = await local.client.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
  return r.executionArn as string;
}

const history = async (executionArn: string): Promise<HistoryEvent[]> => (await local.client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];

async function token(executionArn: string): Promise<string> {
  return until(async () => {
    const e = (await history(executionArn)).find((x) => x.type === 'TaskScheduled');
    return e ? (JSON.parse(e.taskScheduledEventDetails?.parameters ?? '{}') as { MessageBody: string }).MessageBody : undefined;
  });
}

async function ended(executionArn: string) {
  return until(async () => {
    const d = await local.client.send(new DescribeExecutionCommand({ executionArn }));
    return d.status === 'RUNNING' ? undefined : d;
  }, 20_000);
}

/** Seconds of history time between the task's start and its timeout event. */
async function taskSeconds(executionArn: string): Promise<{ seconds: number; scheduled: HistoryEvent }> {
  const events = await history(executionArn);
  const scheduled = events.find((e) => e.type === 'TaskScheduled') as HistoryEvent;
  const timedOut = events.find((e) => e.type === 'TaskTimedOut') as HistoryEvent;
  return { seconds: (timedOut.timestamp!.getTime() - scheduled.timestamp!.getTime()) / 1000, scheduled };
}

describe('callback task timers', () => {
  it('TimeoutSecondsPath: States.Timeout after the input’s 100 s, taking about 1 s of real time', async () => {
    const began = Date.now();
    const arn = await start('TimeoutPath', callback({ TimeoutSecondsPath: '$.limit' }), { limit: 100 });
    expect(await ended(arn)).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    const real = Date.now() - began;
    expect(real).toBeGreaterThanOrEqual(100 * 1000 * SCALE);
    expect(real).toBeLessThan(15_000);
    const { seconds, scheduled } = await taskSeconds(arn);
    expect(seconds).toBeGreaterThanOrEqual(100);
    expect(seconds).toBeLessThan(102);
    expect(scheduled.taskScheduledEventDetails?.timeoutInSeconds).toBe(100);
  });

  it('HeartbeatSecondsPath: States.HeartbeatTimeout when no heartbeat comes within the input’s 50 s', async () => {
    const arn = await start('HeartbeatPath', callback({ TimeoutSeconds: 1000, HeartbeatSecondsPath: '$.beat' }), { beat: 50 });
    expect(await ended(arn)).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    const { seconds, scheduled } = await taskSeconds(arn);
    expect(seconds).toBeGreaterThanOrEqual(50);
    expect(seconds).toBeLessThan(52);
    expect(scheduled.taskScheduledEventDetails?.heartbeatInSeconds).toBe(50);
  });

  it('heartbeats keep a task alive past its HeartbeatSeconds; SendTaskSuccess then ends it', async () => {
    const arn = await start('HeartbeatKept', callback({ HeartbeatSeconds: 200 }));
    const t = await token(arn);
    // Five heartbeats 0.5 s apart (50 s of task time each): 250 s in all, past the 200 s heartbeat, and each one
    // 1.5 s of real time inside it, so a busy machine does not time the task out.
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 500));
      await local.client.send(new SendTaskHeartbeatCommand({ taskToken: t }));
    }
    await local.client.send(new SendTaskSuccessCommand({ taskToken: t, output: '{"ok":true}' }));
    expect(await ended(arn)).toMatchObject({ status: 'SUCCEEDED', output: '{"ok":true}' });
    const events = await history(arn);
    const started = events.find((e) => e.type === 'TaskStarted') as HistoryEvent;
    const done = events.find((e) => e.type === 'TaskSucceeded') as HistoryEvent;
    expect((done.timestamp!.getTime() - started.timestamp!.getTime()) / 1000).toBeGreaterThan(200);
  });

  it('the machine’s TimeoutSeconds ends an execution waiting on a callback: TIMED_OUT, ExecutionTimedOut last', async () => {
    const arn = await start('MachineTimeout', { ...callback({}), TimeoutSeconds: 50 });
    await token(arn);
    expect(await ended(arn)).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    const events = await history(arn);
    expect(events.map((e) => e.type).slice(-3)).toEqual(['TaskScheduled', 'TaskStarted', 'ExecutionTimedOut']);
    const last = events.at(-1) as HistoryEvent;
    expect(last.previousEventId).toBe(events.at(-2)?.id);
    expect(last.executionTimedOutEventDetails?.error).toBe('States.Timeout');
    expect((last.timestamp!.getTime() - events[0]!.timestamp!.getTime()) / 1000).toBeCloseTo(50, 0);
  });

  it('JSONata TimeoutSeconds from the input: States.Timeout', async () => {
    const arn = await start('TimeoutJsonata', callback({ TimeoutSeconds: '{% $states.input.limit %}' }, 'JSONata'), { limit: 30 });
    expect(await ended(arn)).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect((await taskSeconds(arn)).seconds).toBeGreaterThanOrEqual(30);
  });
});
