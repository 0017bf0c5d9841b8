/** The HTTP surface of the local endpoint with plain fetch: AWS JSON 1.0 framing, error shape, CORS, limits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type RunningLocal } from './server.ts';

const APP = 'http://127.0.0.1:5173';
let local: RunningLocal;
beforeAll(async () => {
  local = await startLocalServer({ port: 0, host: '127.0.0.1', hostExplicit: false, allowOrigins: [APP], maxBodyBytes: 64 * 1024 });
});
afterAll(() => local.close());

function call(target: string | undefined, body: string, headers: Record<string, string> = {}) {
  return fetch(local.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', ...(target ? { 'x-amz-target': target } : {}), ...headers },
    body,
  });
}

describe('the local endpoint over HTTP', () => {
  it('answers in AWS JSON 1.0 with a request id', async () => {
    const res = await call('AWSStepFunctions.ListStateMachines', '{}');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual({ stateMachines: [] });
  });

  it('sends errors as {__type, message} with the status and x-amzn-ErrorType', async () => {
    const res = await call('AWSStepFunctions.DescribeStateMachine', JSON.stringify({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:None' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('StateMachineDoesNotExist');
    expect(await res.json()).toEqual({ __type: 'StateMachineDoesNotExist', message: "State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:None'" });
    const unknown = await call('AWSStepFunctions.MakeCoffee', '{}');
    expect([unknown.status, ((await unknown.json()) as { __type: string }).__type]).toEqual([400, 'UnknownOperationException']);
    const noTarget = await call(undefined, '{}');
    expect([noTarget.status, ((await noTarget.json()) as { __type: string }).__type]).toEqual([400, 'UnknownOperationException']);
    const notJson = await call('AWSStepFunctions.ListStateMachines', '{');
    expect([notJson.status, ((await notJson.json()) as { __type: string }).__type]).toEqual([400, 'SerializationException']);
    const missing = await call('AWSStepFunctions.DescribeExecution', '{}');
    expect([missing.status, ((await missing.json()) as { __type: string }).__type]).toEqual([400, 'ValidationException']);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await call('AWSStepFunctions.ValidateStateMachineDefinition', JSON.stringify({ definition: 'x'.repeat(100 * 1024) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { __type: string }).__type).toBe('RequestEntityTooLarge');
  });

  it("answers CORS for the app's origin and refuses other origins", async () => {
    const pre = await fetch(local.url, { method: 'OPTIONS', headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target,authorization' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(APP);
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type,x-amz-target,authorization');
    const ok = await call('AWSStepFunctions.ListStateMachines', '{}', { origin: APP });
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
    expect(ok.headers.get('access-control-expose-headers')).toContain('x-amzn-requestid');
    const other = await call('AWSStepFunctions.ListStateMachines', '{}', { origin: 'http://evil.example' });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('listens on loopback unless --host is explicit, and warns then', async () => {
    await expect(startLocalServer({ port: 0, host: '0.0.0.0', hostExplicit: false })).rejects.toThrow(/loopback/);
    const open = await startLocalServer({ port: 0, host: '0.0.0.0', hostExplicit: true });
    try {
      expect(open.warning).toMatch(/reachable from other machines/);
    } finally {
      await open.close();
    }
    expect(local.warning).toBeUndefined();
  });
});
