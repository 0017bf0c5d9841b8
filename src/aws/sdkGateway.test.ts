/** The real SDK → the proxy → the fake Step Functions endpoint (which verifies every signature), all on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { FAKE_ACCESS_KEY, FAKE_SECRET, startFakeSfn, type RunningFake } from '../../e2e/fakeSfn/server.ts';
import { GatewayError, type ConnectionSettings, type StepFunctionsGateway } from './gateway.ts';
import { historyView } from './history.ts';
import { startProxyServer, type RunningProxy } from './proxy/server.ts';
import { createSdkGateway } from './sdkGateway.ts';

const APP = 'http://127.0.0.1:4173';
const credentials = { accessKeyId: FAKE_ACCESS_KEY, secretAccessKey: FAKE_SECRET };
/** What the browser adds after the SDK signed the request. */
const asBrowser = (client: SFNClient) =>
  client.middlewareStack.add(
    (next) => (args) => {
      (args.request as { headers: Record<string, string> }).headers.origin = APP;
      return next(args);
    },
    { step: 'deserialize', priority: 'low', name: 'browserOrigin' },
  );

let fake: RunningFake;
let proxy: RunningProxy;
let awsProxy: RunningProxy;
let gw: StepFunctionsGateway;

beforeAll(async () => {
  // Long enough that a loaded machine still sees the run RUNNING right after starting it.
  fake = await startFakeSfn({ runningMs: 1500 });
  const fakePort = Number(new URL(fake.url).port);
  proxy = await startProxyServer({ port: 0, host: '127.0.0.1', hostExplicit: false, allowOrigins: [APP], endpoint: fake.url });
  // A proxy whose "AWS" is the fake: the SDK signs for states.eu-west-1.amazonaws.com as it would for real.
  awsProxy = await startProxyServer({ port: 0, host: '127.0.0.1', hostExplicit: false, allowOrigins: [APP], connectTo: () => ({ protocol: 'http:', host: '127.0.0.1', port: fakePort }) });
  gw = await createSdkGateway({ region: 'us-east-1', credentials, endpoint: fake.url, proxyUrl: proxy.url }, asBrowser);
});

afterAll(async () => {
  await proxy.close();
  await awsProxy.close();
  await fake.close();
});

async function finished(g: StepFunctionsGateway, arn: string) {
  for (;;) {
    const d = await g.describeExecution(arn);
    if (d.status !== 'RUNNING') return d;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the SDK gateway through the proxy', () => {
  it('lists, describes and validates state machines', async () => {
    const page = await gw.listStateMachines();
    expect(page.items.map((m) => m.name)).toEqual(['HelloWorld', 'OrderPipeline', 'NightlyReport', 'SlowJob']);
    const m = await gw.describeStateMachine(page.items[0]?.arn ?? '');
    expect(m).toMatchObject({ name: 'HelloWorld', type: 'STANDARD', roleArn: expect.stringContaining(':role/'), revisionId: expect.stringMatching(/^rev-/) });
    expect(JSON.parse(m.definition)).toMatchObject({ StartAt: 'Hello' });
    const bad = await gw.validateDefinition(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }), 'STANDARD');
    expect(bad.result).toBe('FAIL');
    expect(bad.diagnostics[0]).toMatchObject({ severity: 'ERROR', location: '/States/A/Next' });
    expect(fake.hosts.every((h) => h === new URL(fake.url).host)).toBe(true);
  });

  it('creates and updates a machine, showing revision ids', async () => {
    const definition = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 1, End: true } } });
    const created = await gw.createStateMachine({ name: 'Created', definition, roleArn: 'arn:aws:iam::123456789012:role/R', type: 'STANDARD', loggingLevel: 'OFF' });
    expect(created).toMatchObject({ name: 'Created', revisionId: expect.stringMatching(/^rev-/) });
    const updated = await gw.updateStateMachine(created.arn, definition.replace('"Result":1', '"Result":2'));
    expect(updated.revisionId).not.toBe(created.revisionId);
    await expect(gw.createStateMachine({ name: 'Created', definition, roleArn: 'arn:aws:iam::123456789012:role/R', type: 'STANDARD', loggingLevel: 'OFF' })).rejects.toMatchObject({ code: 'StateMachineAlreadyExists', network: false });
  });

  it('runs an execution, maps its history to node statuses, lists it', async () => {
    const [hello] = (await gw.listStateMachines()).items;
    const started = await gw.startExecution({ arn: hello?.arn ?? '', type: 'STANDARD' }, '{"x":1}');
    expect((await gw.describeExecution(started.executionArn)).status).toBe('RUNNING');
    const done = await finished(gw, started.executionArn);
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: '{"hello":"world"}' });
    const history = await gw.getExecutionHistory(started.executionArn);
    expect(history.items.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
    expect(history.items[0]?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    const m = await gw.describeStateMachine(hello?.arn ?? '');
    expect(historyView(JSON.parse(m.definition), history.items).nodeStatus).toEqual({ Hello: 'succeeded', Done: 'succeeded' });
    expect((await gw.listExecutions(hello?.arn ?? '')).items[0]).toMatchObject({ arn: started.executionArn, status: 'SUCCEEDED' });
  });

  it('stops a running execution', async () => {
    const [hello] = (await gw.listStateMachines()).items;
    const started = await gw.startExecution({ arn: hello?.arn ?? '', type: 'STANDARD' }, '{}');
    await gw.stopExecution(started.executionArn);
    expect((await gw.describeExecution(started.executionArn)).status).toBe('ABORTED');
  });

  it('signs for the real Step Functions hosts (states. and sync-states.) and the proxy keeps them valid', async () => {
    const before = fake.hosts.length;
    const aws = await createSdkGateway({ region: 'eu-west-1', credentials, proxyUrl: awsProxy.url }, asBrowser);
    const machines = (await aws.listStateMachines()).items;
    const express = machines.find((m) => m.type === 'EXPRESS');
    const r = await aws.startExecution({ arn: express?.arn ?? '', type: 'EXPRESS' }, '{}');
    expect(r.result).toMatchObject({ status: 'SUCCEEDED', output: '{"hello":"world"}' });
    expect(fake.hosts.slice(before)).toEqual(['states.eu-west-1.amazonaws.com', 'sync-states.eu-west-1.amazonaws.com']);
  });

  it('reports API errors, bad credentials and network loss as GatewayErrors', async () => {
    await expect(gw.describeStateMachine('arn:aws:states:us-east-1:123456789012:stateMachine:Nope')).rejects.toMatchObject({ code: 'StateMachineDoesNotExist', network: false });
    const wrong = await createSdkGateway({ region: 'us-east-1', credentials: { ...credentials, secretAccessKey: 'wrong' }, endpoint: fake.url, proxyUrl: proxy.url }, asBrowser);
    await expect(wrong.listStateMachines()).rejects.toMatchObject({ code: 'InvalidSignatureException', network: false });
    const settings: ConnectionSettings = { region: 'us-east-1', credentials, endpoint: fake.url, proxyUrl: 'http://127.0.0.1:9/aws-proxy' };
    const offline = await createSdkGateway(settings, asBrowser);
    const error = await offline.listStateMachines().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ network: true });
  });
});
