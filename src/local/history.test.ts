/**
 * Histories served by the local endpoint against GetExecutionHistory recordings from AWS
 * (fixtures/conformance-recorded/histories), event for event: types, ids, previousEventId and details (payload
 * texts parsed; timestamps, ARNs and placeholders left out, as src/simulator/events.test.ts compares them).
 * Lambda tasks are answered by MockConfigFile test cases (`stateMachineArn#TestCase`). All 10 recordings, every
 * Parallel and Map one with ids and previousEventIds; parallel-order as its recording tool rewrote it
 * (src/testing/parallelOrder.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, StartExecutionCommand, type HistoryEvent } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../testing/fixtures.ts';
import { asRecorded } from '../testing/parallelOrder.ts';
import type { MockConfigFile } from '../simulator/mocks.ts';
import { ROLE, startTestLocal, until, type TestLocal } from './testServer.ts';

interface Recorded {
  definition: object;
  input: unknown;
  events: Record<string, unknown>[];
}

const load = (name: string) => JSON.parse(readFileSync(join(fixturePath('conformance-recorded/histories'), `${name}.json`), 'utf8')) as Recorded;

const IGNORED = new Set(['timestamp', 'roleArn', 'stateMachineArn', 'resource', 'cause', 'requestId']);

function normalize(v: unknown, key = ''): unknown {
  if (typeof v === 'string' && ['input', 'output', 'parameters'].includes(key)) {
    try {
      return normalize(JSON.parse(v));
    } catch {
      return v;
    }
  }
  if (Array.isArray(v)) return v.map((x) => normalize(x));
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!IGNORED.has(k) && x !== undefined) out[k] = normalize(x, k);
    return out;
  }
  return v;
}

const shape = (events: object[], withIds: boolean) =>
  events.map((e) => {
    const { id, previousEventId, type, ...details } = normalize(e) as Record<string, unknown>;
    return withIds ? { id, previousEventId, type, ...details } : { type, ...details };
  });

/** The Lambda answer AWS recorded for lambda-invoke-jsonata-to-jsonpath (its TaskSucceeded output). */
const jsonataAnswer = () => {
  const succeeded = load('lambda-invoke-jsonata-to-jsonpath').events.find((e) => e.type === 'TaskSucceeded') as { taskSucceededEventDetails: { output: unknown } };
  return succeeded.taskSucceededEventDetails.output;
};

const MOCKS: MockConfigFile = {
  StateMachines: {
    'lambda-task-success': { TestCases: { Recorded: { step1: 'HelloWorldResult' } } },
    'lambda-task-retry-then-catch': { TestCases: { Recorded: { InvokeLambdaWithRetry: 'AlwaysRaises' } } },
    'lambda-invoke-jsonata-to-jsonpath': { TestCases: { Recorded: { StateJsonata: 'DataFlow' } } },
  },
  MockedResponses: {
    HelloWorldResult: { '0': { Return: 'HelloWorld' } },
    AlwaysRaises: { '0-3': { Throw: { Error: 'Exception', Cause: 'Some exception was raised.' } } },
    DataFlow: { '0': { Return: jsonataAnswer() as never } },
  },
};

/** Types, ids and previousEventIds only (for recordings whose details hold values no mock can reproduce). */
const skeleton = (events: object[]) =>
  events.map((e) => {
    const { id, previousEventId, type } = e as Record<string, unknown>;
    return { id, previousEventId, type };
  });

let local: TestLocal;
beforeAll(async () => {
  local = await startTestLocal({ waitScale: 0, mockConfig: MOCKS });
});
afterAll(() => local.close());

async function served(name: string, testCase?: string): Promise<{ ours: HistoryEvent[]; recorded: Recorded['events'] }> {
  const r = load(name);
  const { stateMachineArn } = await local.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(r.definition), roleArn: ROLE }));
  const { executionArn } = await local.client.send(
    new StartExecutionCommand({ stateMachineArn: testCase ? `${stateMachineArn}#${testCase}` : stateMachineArn, input: JSON.stringify(r.input) }),
  );
  await until(async () => ((await local.client.send(new DescribeExecutionCommand({ executionArn }))).status === 'RUNNING' ? undefined : true));
  const ours = (await local.client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
  return { ours, recorded: r.events };
}

describe('GetExecutionHistory matches AWS recordings', () => {
  it.each(['pass-chain', 'choice', 'jsonata-choice-assign'])('%s: same events, ids and details', async (name) => {
    const { ours, recorded } = await served(name);
    expect(ours.length).toBeGreaterThan(2);
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('lambda-task-success through a MockConfigFile test case: LambdaFunction* events, ids and details', async () => {
    const { ours, recorded } = await served('lambda-task-success', 'Recorded');
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it.each(['map-inline-parameters', 'map-iteration-fail-catch', 'parallel-branch-fail-retry'])('%s: same events, ids and details', async (name) => {
    const { ours, recorded } = await served(name);
    expect(shape(ours, true)).toEqual(shape(recorded, true));
  });

  it('parallel-order: every branch entered before any exits, AWS ids around the branches', async () => {
    const { ours, recorded } = await served('parallel-order');
    expect(asRecorded(shape(ours, true))).toEqual(shape(recorded, true));
    const exited = ours.find((e) => e.type === 'ParallelStateExited');
    expect([exited?.id, exited?.previousEventId]).toEqual([13, 11]);
  });

  it('lambda-task-retry-then-catch through a test case that throws 4 times: every attempt, then the catcher', async () => {
    const { ours, recorded } = await served('lambda-task-retry-then-catch', 'Recorded');
    expect(skeleton(ours)).toEqual(skeleton(recorded));
    const failed = (h: object[]) => h.filter((e) => (e as { type: string }).type === 'LambdaFunctionFailed').map((e) => (e as { lambdaFunctionFailedEventDetails: { error: string } }).lambdaFunctionFailedEventDetails.error);
    expect(failed(ours)).toEqual(failed(recorded));
  });

  it('lambda-invoke-jsonata-to-jsonpath: ids, the TaskScheduled parameters and the final output', async () => {
    const { ours, recorded } = await served('lambda-invoke-jsonata-to-jsonpath', 'Recorded');
    expect(skeleton(ours)).toEqual(skeleton(recorded));
    const scheduled = (h: object[]) => (normalize(h.find((e) => (e as { type: string }).type === 'TaskScheduled')) as { taskScheduledEventDetails: { parameters: { Payload: unknown } } }).taskScheduledEventDetails.parameters.Payload;
    expect(scheduled(ours)).toEqual(scheduled(recorded));
    expect(shape(ours, true).at(-1)).toEqual(shape(recorded, true).at(-1));
  });

  it('refuses a test case the mock config does not have', async () => {
    const { stateMachineArn } = await local.client.send(new CreateStateMachineCommand({ name: 'NoCase', definition: JSON.stringify(load('pass-chain').definition), roleArn: ROLE }));
    await expect(local.client.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#Missing` }))).rejects.toThrow(/no state machine 'NoCase'/);
  });
});
