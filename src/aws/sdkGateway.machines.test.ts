/** State machine calls of the SDK gateway with the SDK client mocked (aws-sdk-client-mock): requests sent, results mapped. */
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateStateMachineCommand,
  DescribeStateMachineCommand,
  InvalidDefinition,
  ListStateMachinesCommand,
  SFNClient,
  StateMachineAlreadyExists,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
} from '@aws-sdk/client-sfn';
import { GatewayError, locationToPath } from './gateway.ts';
import { createSdkGateway } from './sdkGateway.ts';

const sfn = mockClient(SFNClient);
afterEach(() => sfn.reset());

const settings = { region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, proxyUrl: 'http://127.0.0.1:9/aws-proxy' };
const ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:';
const ROLE = 'arn:aws:iam::123456789012:role/StatesRole';
const LOG_GROUP = 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/states/Orders:*';
const definition = JSON.stringify({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Nowhere' }], Default: 'D' }, D: { Type: 'Succeed' } } });
const inputOf = <T>(calls: { args: [{ input: T }] }[], i = 0) => calls[i]?.args[0].input;

describe('ListStateMachines', () => {
  it('pages with nextToken across pages and maps each machine', async () => {
    const created = new Date('2026-11-01T10:00:00Z');
    sfn
      .on(ListStateMachinesCommand, { nextToken: undefined })
      .resolves({ stateMachines: [{ stateMachineArn: `${ARN}A`, name: 'A', type: 'STANDARD', creationDate: created }], nextToken: 't1' })
      .on(ListStateMachinesCommand, { nextToken: 't1' })
      .resolves({ stateMachines: [{ stateMachineArn: `${ARN}B`, name: 'B', type: 'EXPRESS', creationDate: created }], nextToken: 't2' })
      .on(ListStateMachinesCommand, { nextToken: 't2' })
      .resolves({ stateMachines: [{ stateMachineArn: `${ARN}C`, name: 'C', type: 'STANDARD', creationDate: created }] });
    const gw = await createSdkGateway(settings);
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await gw.listStateMachines(token);
      names.push(...page.items.map((m) => `${m.name}:${m.type}`));
      token = page.nextToken;
      pages++;
    } while (token);
    expect(names).toEqual(['A:STANDARD', 'B:EXPRESS', 'C:STANDARD']);
    expect(pages).toBe(3);
    const calls = sfn.commandCalls(ListStateMachinesCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([
      { nextToken: undefined, maxResults: 100 },
      { nextToken: 't1', maxResults: 100 },
      { nextToken: 't2', maxResults: 100 },
    ]);
    expect((await gw.listStateMachines()).items[0]).toEqual({ arn: `${ARN}A`, name: 'A', type: 'STANDARD', creationDate: '2026-11-01T10:00:00.000Z' });
  });

  it('an empty account has no machines and no next page', async () => {
    sfn.on(ListStateMachinesCommand).resolves({});
    expect(await (await createSdkGateway(settings)).listStateMachines()).toEqual({ items: [], nextToken: undefined });
  });
});

describe('DescribeStateMachine', () => {
  it('maps definition, role, revision and logging', async () => {
    sfn.on(DescribeStateMachineCommand).resolves({
      stateMachineArn: `${ARN}Orders`,
      name: 'Orders',
      type: 'EXPRESS',
      definition,
      roleArn: ROLE,
      revisionId: 'rev-7',
      creationDate: new Date('2026-11-01T10:00:00Z'),
      loggingConfiguration: { level: 'ALL', includeExecutionData: true, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: LOG_GROUP } }] },
    });
    const m = await (await createSdkGateway(settings)).describeStateMachine(`${ARN}Orders`);
    expect(inputOf(sfn.commandCalls(DescribeStateMachineCommand))).toEqual({ stateMachineArn: `${ARN}Orders` });
    expect(m).toEqual({
      arn: `${ARN}Orders`,
      name: 'Orders',
      type: 'EXPRESS',
      creationDate: '2026-11-01T10:00:00.000Z',
      definition,
      roleArn: ROLE,
      revisionId: 'rev-7',
      loggingLevel: 'ALL',
      logGroupArn: LOG_GROUP,
      includeExecutionData: true,
    });
  });
});

describe('ValidateStateMachineDefinition', () => {
  it('sends the definition and type; maps diagnostics with their location, which points into the definition', async () => {
    sfn.on(ValidateStateMachineDefinitionCommand).resolves({
      result: 'FAIL',
      diagnostics: [
        { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message: "Missing 'Next' target: Nowhere", location: '/States/C/Choices/0/Next' },
        { severity: 'WARNING', code: 'SOME_WARNING', message: 'Something to look at' },
      ],
    });
    const gw = await createSdkGateway(settings);
    const r = await gw.validateDefinition(definition, 'EXPRESS');
    expect(inputOf(sfn.commandCalls(ValidateStateMachineDefinitionCommand))).toEqual({ definition, type: 'EXPRESS', maxResults: 100 });
    expect(r).toEqual({
      result: 'FAIL',
      diagnostics: [
        { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message: "Missing 'Next' target: Nowhere", location: '/States/C/Choices/0/Next' },
        { severity: 'WARNING', code: 'SOME_WARNING', message: 'Something to look at', location: undefined },
      ],
    });
    expect(locationToPath(JSON.parse(definition), r.diagnostics[0]?.location)).toEqual(['States', 'C', 'Choices', 0, 'Next']);
  });

  it('OK with no diagnostics', async () => {
    sfn.on(ValidateStateMachineDefinitionCommand).resolves({ result: 'OK', diagnostics: [] });
    expect(await (await createSdkGateway(settings)).validateDefinition(definition, 'STANDARD')).toEqual({ result: 'OK', diagnostics: [] });
  });
});

describe('CreateStateMachine', () => {
  it.each(['STANDARD', 'EXPRESS'] as const)('creates a %s machine with its logging configuration, then describes it for its revision', async (type) => {
    sfn.on(CreateStateMachineCommand).resolves({ stateMachineArn: `${ARN}Orders`, creationDate: new Date() });
    sfn.on(DescribeStateMachineCommand).resolves({ stateMachineArn: `${ARN}Orders`, name: 'Orders', type, definition, roleArn: ROLE, revisionId: 'rev-1' });
    const gw = await createSdkGateway(settings);
    const m = await gw.createStateMachine({ name: 'Orders', definition, roleArn: ROLE, type, loggingLevel: 'ERROR', logGroupArn: LOG_GROUP, includeExecutionData: true });
    expect(inputOf(sfn.commandCalls(CreateStateMachineCommand))).toEqual({
      name: 'Orders',
      definition,
      roleArn: ROLE,
      type,
      loggingConfiguration: { level: 'ERROR', includeExecutionData: true, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: LOG_GROUP } }] },
    });
    expect(inputOf(sfn.commandCalls(DescribeStateMachineCommand))).toEqual({ stateMachineArn: `${ARN}Orders` });
    expect(m).toMatchObject({ arn: `${ARN}Orders`, type, revisionId: 'rev-1' });
  });

  it('with tracing and publish: sends them and returns the published version', async () => {
    sfn.on(CreateStateMachineCommand).resolves({ stateMachineArn: `${ARN}Orders`, stateMachineVersionArn: `${ARN}Orders:1` });
    sfn.on(DescribeStateMachineCommand).resolves({ stateMachineArn: `${ARN}Orders`, name: 'Orders', revisionId: 'rev-1', tracingConfiguration: { enabled: true } });
    const gw = await createSdkGateway(settings);
    const m = await gw.createStateMachine({ name: 'Orders', definition, roleArn: ROLE, type: 'STANDARD', loggingLevel: 'OFF', tracingEnabled: true, publish: true, versionDescription: 'first' });
    expect(inputOf(sfn.commandCalls(CreateStateMachineCommand))).toMatchObject({ tracingConfiguration: { enabled: true }, publish: true, versionDescription: 'first' });
    expect(m).toMatchObject({ tracingEnabled: true, versionArn: `${ARN}Orders:1`, revisionId: 'rev-1' });
  });

  it('logging OFF sends no destination', async () => {
    sfn.on(CreateStateMachineCommand).resolves({ stateMachineArn: `${ARN}Orders` });
    sfn.on(DescribeStateMachineCommand).resolves({ stateMachineArn: `${ARN}Orders`, name: 'Orders' });
    await (await createSdkGateway(settings)).createStateMachine({ name: 'Orders', definition, roleArn: ROLE, type: 'STANDARD', loggingLevel: 'OFF' });
    const sent = inputOf(sfn.commandCalls(CreateStateMachineCommand));
    expect(sent?.loggingConfiguration).toEqual({ level: 'OFF', includeExecutionData: false });
    expect([sent?.tracingConfiguration, sent?.publish]).toEqual([undefined, undefined]);
  });

  it('a taken name and an invalid definition surface as classified GatewayErrors', async () => {
    sfn
      .on(CreateStateMachineCommand)
      .rejectsOnce(new StateMachineAlreadyExists({ $metadata: { httpStatusCode: 400 }, message: 'State Machine Already Exists' }))
      .rejectsOnce(new InvalidDefinition({ $metadata: { httpStatusCode: 400 }, message: "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED'" }));
    const gw = await createSdkGateway(settings);
    const request = { name: 'Orders', definition, roleArn: ROLE, type: 'STANDARD', loggingLevel: 'OFF' } as const;
    const taken = await gw.createStateMachine(request).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(GatewayError);
    expect(taken).toMatchObject({ code: 'StateMachineAlreadyExists', network: false, status: 400, problem: { kind: 'conflict' } });
    await expect(gw.createStateMachine(request)).rejects.toMatchObject({ code: 'InvalidDefinition', problem: { kind: 'validation', message: expect.stringContaining('SCHEMA_VALIDATION_FAILED') } });
    expect(sfn.commandCalls(DescribeStateMachineCommand)).toHaveLength(0);
  });
});

describe('UpdateStateMachine', () => {
  it('sends the definition (and role when given) and returns the new revision id', async () => {
    sfn.on(UpdateStateMachineCommand).resolves({ revisionId: 'rev-2', updateDate: new Date() });
    const gw = await createSdkGateway(settings);
    expect(await gw.updateStateMachine(`${ARN}Orders`, definition, ROLE)).toEqual({ revisionId: 'rev-2' });
    expect(await gw.updateStateMachine(`${ARN}Orders`, definition, '')).toEqual({ revisionId: 'rev-2' });
    const calls = sfn.commandCalls(UpdateStateMachineCommand).map((c) => c.args[0].input);
    expect(calls[0]).toEqual({ stateMachineArn: `${ARN}Orders`, definition, roleArn: ROLE, loggingConfiguration: undefined });
    expect(calls[1]).toEqual({ stateMachineArn: `${ARN}Orders`, definition, roleArn: undefined, loggingConfiguration: undefined });
  });

  it('turns tracing on or off and publishes a version only when asked', async () => {
    sfn.on(UpdateStateMachineCommand).resolves({ revisionId: 'rev-4', stateMachineVersionArn: `${ARN}Orders:2` });
    const gw = await createSdkGateway(settings);
    expect(await gw.updateStateMachine(`${ARN}Orders`, definition, undefined, undefined, { tracingEnabled: false, publish: true, versionDescription: 'v2' })).toEqual({ revisionId: 'rev-4', versionArn: `${ARN}Orders:2` });
    expect(inputOf(sfn.commandCalls(UpdateStateMachineCommand))).toEqual({ stateMachineArn: `${ARN}Orders`, definition, roleArn: undefined, loggingConfiguration: undefined, tracingConfiguration: { enabled: false }, publish: true, versionDescription: 'v2' });
  });

  it('replaces the logging configuration only when asked', async () => {
    sfn.on(UpdateStateMachineCommand).resolves({ revisionId: 'rev-3' });
    await (await createSdkGateway(settings)).updateStateMachine(`${ARN}Orders`, definition, undefined, { level: 'ALL', logGroupArn: LOG_GROUP });
    expect(inputOf(sfn.commandCalls(UpdateStateMachineCommand))?.loggingConfiguration).toEqual({ level: 'ALL', includeExecutionData: false, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: LOG_GROUP } }] });
  });
});
