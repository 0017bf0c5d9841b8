/**
 * The real SDK → the project's proxy → a real local Step Functions API (stepfunctions-local, in its own process):
 * what such an emulator answers differently from AWS must not break the gateway (see emulatorQuirks.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { startSfnLocal, type RunningServer } from '../../e2e/sfnLocal/server.ts';
import { GatewayError, type StepFunctionsGateway } from './gateway.ts';
import { VALIDATION_UNAVAILABLE, withTerminalEvent } from './emulatorQuirks.ts';
import { historyView } from './history.ts';
import { startProxyServer, type RunningProxy } from './proxy/server.ts';
import { createSdkGateway } from './sdkGateway.ts';

const APP = 'http://127.0.0.1:4173';
const asBrowser = (client: SFNClient) =>
  client.middlewareStack.add(
    (next) => (args) => {
      (args.request as { headers: Record<string, string> }).headers.origin = APP;
      return next(args);
    },
    { step: 'deserialize', priority: 'low', name: 'browserOrigin' },
  );

const definition = (waitSeconds: number) =>
  JSON.stringify({
    StartAt: 'Prepare',
    States: {
      Prepare: { Type: 'Pass', Result: { go: true }, Next: 'Decide' },
      Decide: { Type: 'Choice', Choices: [{ Variable: '$.go', BooleanEquals: true, Next: 'Pause' }], Default: 'Done' },
      Pause: { Type: 'Wait', Seconds: waitSeconds, Next: 'Done' },
      Done: { Type: 'Succeed' },
    },
  });

let sfn: RunningServer;
let proxy: RunningProxy;
let gw: StepFunctionsGateway;
const logged: string[] = [];

beforeAll(async () => {
  sfn = await startSfnLocal();
  proxy = await startProxyServer({ port: 0, host: '127.0.0.1', hostExplicit: false, allowOrigins: [APP], endpoint: sfn.url, log: (l) => logged.push(l) });
  gw = await createSdkGateway({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' }, endpoint: sfn.url, proxyUrl: proxy.url }, asBrowser);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await sfn?.close();
});

async function ended(arn: string) {
  for (let i = 0; i < 200; i++) {
    const d = await gw.describeExecution(arn);
    if (d.status !== 'RUNNING') return d;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the execution did not end');
}

describe('the SDK gateway against stepfunctions-local through the proxy', () => {
  it('creates, lists and describes a machine; the definition comes back as text', { timeout: 30_000 }, async () => {
    expect((await gw.listStateMachines()).items).toEqual([]);
    const created = await gw.createStateMachine({ name: 'Local1', definition: definition(0), roleArn: 'arn:aws:iam::123456789012:role/R', type: 'STANDARD', loggingLevel: 'OFF' });
    expect(created).toMatchObject({ name: 'Local1', type: 'STANDARD', arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Local1' });
    // stepfunctions-local sends the definition as a JSON object.
    expect(typeof created.definition).toBe('string');
    expect(JSON.parse(created.definition)).toEqual(JSON.parse(definition(0)));
    const page = await gw.listStateMachines();
    expect(page).toEqual({ items: [{ arn: created.arn, name: 'Local1', type: 'STANDARD', creationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }], nextToken: undefined });
    expect(logged.some((l) => l.startsWith('CreateStateMachine → 127.0.0.1:'))).toBe(true);
  });

  it('says validation is unavailable (stepfunctions-local answers 400 "InvalidAction" as plain text)', { timeout: 30_000 }, async () => {
    const e = await gw.validateDefinition(definition(0), 'STANDARD').then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(GatewayError);
    expect(e).toMatchObject({ code: VALIDATION_UNAVAILABLE, network: false });
  });

  it('runs an execution to SUCCEEDED with its history, updates the machine, stops a run (ABORTED)', { timeout: 60_000 }, async () => {
    const machine = await gw.createStateMachine({ name: 'Local2', definition: definition(0), roleArn: 'arn:aws:iam::123456789012:role/R', type: 'STANDARD', loggingLevel: 'OFF' });
    const { executionArn } = await gw.startExecution(machine, '{"from":"test"}');
    const done = await ended(executionArn);
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: '{"go":true}', startDate: expect.stringMatching(/Z$/), stopDate: expect.stringMatching(/Z$/) });
    const history = await gw.getExecutionHistory(executionArn);
    expect(history.nextToken).toBeUndefined();
    expect(history.items.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'PassStateEntered',
      'PassStateExited',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'WaitStateEntered',
      'WaitStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
    expect(historyView(JSON.parse(machine.definition), history.items).nodeStatus).toEqual({ Prepare: 'succeeded', Decide: 'succeeded', Pause: 'succeeded', Done: 'succeeded' });

    await gw.updateStateMachine(machine.arn, definition(60));
    expect(JSON.parse((await gw.describeStateMachine(machine.arn)).definition).States.Pause.Seconds).toBe(60);
    const second = await gw.startExecution(machine, '{}');
    for (let i = 0; i < 200 && !(await gw.getExecutionHistory(second.executionArn)).items.some((e) => e.type === 'WaitStateEntered'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await gw.stopExecution(second.executionArn);
    expect((await gw.describeExecution(second.executionArn)).status).toBe('ABORTED');
    const stopped = (await gw.getExecutionHistory(second.executionArn)).items;
    expect(stopped.some((e) => e.type === 'ExecutionAborted')).toBe(false);
    expect(historyView(JSON.parse(machine.definition), withTerminalEvent(stopped, 'ABORTED')).nodeStatus.Pause).toBe('aborted');
    expect((await gw.listExecutions(machine.arn)).items.map((e) => e.status).sort()).toEqual(['ABORTED', 'SUCCEEDED']);
  });
});
