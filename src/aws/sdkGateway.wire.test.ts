/**
 * The SDK gateway on the wire: a stand-in proxy on 127.0.0.1 records each request (the host the SDK signed, the
 * operation, the body) and answers from a script, so the SDK's own retry strategy, host prefixes and error
 * deserialisation run for real. Each failure class reaches the app as a classified GatewayError.
 */
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError, type StepFunctionsGateway } from './gateway.ts';
import { createSdkGateway, SDK_MAX_ATTEMPTS } from './sdkGateway.ts';

interface Seen {
  host: string;
  op: string;
  body: Record<string, unknown>;
}
type Reply = { status: number; body: string; type?: string };

const json = (status: number, body: unknown): Reply => ({ status, body: JSON.stringify(body) });
const awsError = (status: number, type: string, message: string): Reply => json(status, { __type: `com.amazonaws.states#${type}`, message });

let server: http.Server;
let proxyUrl: string;
let seen: Seen[] = [];
let script: Reply[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [, , host = ''] = (req.url ?? '').split('/');
      const op = String(req.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
      seen.push({ host, op, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown> });
      const reply = script.length > 1 ? (script.shift() as Reply) : (script[0] ?? json(200, {}));
      res.writeHead(reply.status, { 'content-type': reply.type ?? 'application/x-amz-json-1.0' });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/aws-proxy`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  seen = [];
  script = [];
});

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const gateway = (endpoint?: string) => createSdkGateway({ region: 'eu-west-1', credentials, proxyUrl, endpoint });
const MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:Orders';
const failure = (p: Promise<unknown>) => p.then(() => expect.fail('expected a failure'), (e: unknown) => e as GatewayError);

describe('hosts', () => {
  it('StartSyncExecution and TestState go to sync-states, the rest to states', async () => {
    const gw = await gateway();
    script = [json(200, { executionArn: `${MACHINE}:x`, status: 'SUCCEEDED', startDate: 1, stopDate: 2 })];
    await gw.startExecution({ arn: MACHINE, type: 'EXPRESS' }, '{}');
    script = [json(200, { executionArn: `${MACHINE}:y`, startDate: 1 })];
    await gw.startExecution({ arn: MACHINE, type: 'STANDARD' }, '{}');
    script = [json(200, { status: 'SUCCEEDED', output: '{}' })];
    await gw.testState({ definition: '{"Type":"Pass","End":true}', roleArn: 'arn:aws:iam::1:role/R' });
    expect(seen.map((s) => `${s.op}@${s.host}`)).toEqual([
      'StartSyncExecution@sync-states.eu-west-1.amazonaws.com',
      'StartExecution@states.eu-west-1.amazonaws.com',
      'TestState@sync-states.eu-west-1.amazonaws.com',
    ]);
    expect(seen[2]?.body).toEqual({ definition: '{"Type":"Pass","End":true}', roleArn: 'arn:aws:iam::1:role/R', inspectionLevel: 'DEBUG' });
  });

  it('a custom endpoint gets no sync- prefix', async () => {
    const gw = await gateway('http://127.0.0.1:8083');
    script = [json(200, { executionArn: 'e', status: 'SUCCEEDED', startDate: 1, stopDate: 2 })];
    await gw.startExecution({ arn: MACHINE, type: 'EXPRESS' }, '{}');
    expect(seen.map((s) => s.host)).toEqual(['127.0.0.1:8083']);
  });
});

describe('retries (the SDK standard retry strategy)', () => {
  it(`retries throttling until it passes, within ${SDK_MAX_ATTEMPTS} attempts`, async () => {
    script = [awsError(400, 'ThrottlingException', 'Rate exceeded'), awsError(400, 'ThrottlingException', 'Rate exceeded'), json(200, { stateMachines: [] })];
    expect(await (await gateway()).listStateMachines()).toEqual({ items: [], nextToken: undefined });
    expect(seen.map((s) => s.op)).toEqual(['ListStateMachines', 'ListStateMachines', 'ListStateMachines']);
  });

  it('gives up after 3 attempts of throttling (also HTTP 429) and reports it classified', async () => {
    script = [awsError(400, 'ThrottlingException', 'Rate exceeded')];
    const e = await failure((await gateway()).describeExecution(`${MACHINE}:x`));
    expect(seen).toHaveLength(3);
    expect(e).toMatchObject({ code: 'ThrottlingException', network: false, problem: { kind: 'throttling', retryable: true } });
    seen = [];
    script = [awsError(429, 'TooManyRequestsException', 'Too Many Requests')];
    expect(await failure((await gateway()).describeExecution(`${MACHINE}:x`))).toMatchObject({ problem: { kind: 'throttling' } });
    expect(seen).toHaveLength(3);
  });

  it('retries AWS server errors; never retries access denied', async () => {
    script = [awsError(500, 'InternalFailure', 'oops'), json(200, { stateMachines: [] })];
    await (await gateway()).listStateMachines();
    expect(seen).toHaveLength(2);
    seen = [];
    script = [awsError(400, 'AccessDeniedException', 'User: u is not authorized to perform: states:ListStateMachines on resource: arn:aws:states:eu-west-1:1:stateMachine:*')];
    expect(await failure((await gateway()).listStateMachines())).toMatchObject({ problem: { kind: 'access-denied', message: expect.stringContaining('states:ListStateMachines') } });
    expect(seen).toHaveLength(1);
  });
});

describe('each failure class through the SDK', () => {
  const cases: [string, Reply, string][] = [
    ['expired token', awsError(400, 'ExpiredTokenException', 'The security token included in the request is expired'), 'expired-token'],
    ['unknown key', awsError(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.'), 'credentials-rejected'],
    ['bad signature', awsError(400, 'InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.'), 'credentials-rejected'],
    ['access denied', awsError(400, 'AccessDeniedException', 'User: u is not authorized to perform: states:CreateStateMachine on resource: arn:aws:states:eu-west-1:1:stateMachine:Orders'), 'access-denied'],
    ['role not passable', awsError(400, 'AccessDeniedException', 'User: u is not authorized to perform: iam:PassRole on resource: arn:aws:iam::1:role/R'), 'missing-role'],
    ['role not assumable', awsError(400, 'AccessDeniedException', 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.'), 'missing-role'],
    ['invalid role ARN', awsError(400, 'InvalidArn', "Invalid Arn: 'Resource type not valid in this context: role'"), 'missing-role'],
    ['invalid definition', awsError(400, 'InvalidDefinition', "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET'"), 'validation'],
    ['validation', awsError(400, 'ValidationException', "1 validation error detected: Value at 'name' failed to satisfy constraint"), 'validation'],
    ['name taken', awsError(400, 'StateMachineAlreadyExists', 'State Machine Already Exists'), 'conflict'],
    ['quota', awsError(400, 'StateMachineLimitExceeded', 'limit'), 'limit-exceeded'],
    ['proxy cannot reach AWS', json(502, { __type: 'ProxyRefused', message: 'upstream unreachable: getaddrinfo ENOTFOUND states.eu-west-1.amazonaws.com' }), 'network-down'],
    ['proxy refuses the origin', json(403, { __type: 'ProxyRefused', message: 'this origin may not use the AWS proxy' }), 'proxy-refused'],
    ['not the proxy answering', { status: 404, body: '<!doctype html><title>Not found</title>', type: 'text/html' }, 'proxy-not-running'],
  ];
  it.each(cases)('%s → %s', async (_name, reply, kind) => {
    script = [reply];
    const gw = await gateway();
    const e = await failure(gw.createStateMachine({ name: 'Orders', definition: '{}', roleArn: 'arn:aws:iam::1:role/R', type: 'STANDARD', loggingLevel: 'OFF' }));
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.problem.kind).toBe(kind);
    expect(e.problem.action.length).toBeGreaterThan(20);
  });

  it('not found on describe', async () => {
    script = [awsError(400, 'StateMachineDoesNotExist', `State Machine Does Not Exist: '${MACHINE}'`)];
    expect((await failure((await gateway()).describeStateMachine(MACHINE))).problem).toMatchObject({ kind: 'not-found', message: expect.stringContaining(MACHINE) });
  });

  it('the proxy not running: nothing listens at the proxy URL', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const gw: StepFunctionsGateway = await createSdkGateway({ region: 'eu-west-1', credentials, proxyUrl: `http://127.0.0.1:${port}/aws-proxy` });
    const e = await failure(gw.listStateMachines());
    expect(e).toMatchObject({ network: true, problem: { kind: 'proxy-not-running', retryable: true } });
    expect(e.problem.message).toContain(`http://127.0.0.1:${port}/aws-proxy`);
  });
});
