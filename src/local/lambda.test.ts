/**
 * `--lambda-endpoint`: unmocked Lambda tasks call a Lambda endpoint through @aws-sdk/client-lambda. The endpoint
 * here is a fake of Lambda's Invoke API (`POST /2015-03-31/functions/<name>/invocations`, as `sam local
 * start-lambda` serves it).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaCaller } from './lambda.ts';
import { ROLE, startTestLocal, until, type TestLocal } from './testServer.ts';

const calls: { name: string; payload: unknown }[] = [];
let fake: http.Server;
let local: TestLocal;

beforeAll(async () => {
  fake = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
      const name = decodeURIComponent(m?.[1] ?? '');
      const payload = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as Record<string, unknown>;
      calls.push({ name, payload });
      if (name === 'boom') {
        res.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
        return res.end(JSON.stringify({ errorType: 'BoomError', errorMessage: 'it blew up' }));
      }
      if (name === 'missing') {
        res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' });
        return res.end(JSON.stringify({ Type: 'User', message: 'Function not found: missing' }));
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' });
      res.end(JSON.stringify({ greeting: `hello ${String(payload?.who)}`, from: name }));
    });
  });
  await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  local = await startTestLocal({ waitScale: 0, lambda: await lambdaCaller(url) });
});
afterAll(async () => {
  await local.close();
  await new Promise((r) => fake.close(r));
});

async function run(name: string, definition: object, input: object) {
  const { stateMachineArn } = await local.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
  const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
  return until(async () => {
    const d = await local.client.send(new DescribeExecutionCommand({ executionArn }));
    return d.status === 'RUNNING' ? undefined : d;
  });
}

describe('unmocked Lambda tasks with --lambda-endpoint', () => {
  it('calls a function ARN with the task input and returns its result', async () => {
    const d = await run('Arn', { StartAt: 'Greet', States: { Greet: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:greeter', End: true } } }, { who: 'arn' });
    expect(d).toMatchObject({ status: 'SUCCEEDED' });
    expect(JSON.parse(d.output!)).toEqual({ greeting: 'hello arn', from: 'greeter' });
    expect(calls.at(-1)).toEqual({ name: 'greeter', payload: { who: 'arn' } });
  });

  it('calls lambda:invoke with FunctionName and Payload and returns the API response', async () => {
    const def = { StartAt: 'Greet', States: { Greet: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:inv', 'Payload.$': '$' }, ResultSelector: { 'p.$': '$.Payload', 's.$': '$.StatusCode' }, End: true } } };
    const d = await run('Invoke', def, { who: 'invoke' });
    expect(JSON.parse(d.output!)).toEqual({ p: { greeting: 'hello invoke', from: 'inv' }, s: 200 });
  });

  it("fails with the function's errorType, and with Lambda.<Exception> when the call fails", async () => {
    const boom = await run('Boom', { StartAt: 'B', States: { B: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:boom', End: true } } }, {});
    expect(boom).toMatchObject({ status: 'FAILED', error: 'BoomError' });
    expect(JSON.parse(boom.cause!)).toEqual({ errorType: 'BoomError', errorMessage: 'it blew up' });
    const missing = await run('Missing', { StartAt: 'M', States: { M: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:missing', End: true } } }, {});
    expect(missing).toMatchObject({ status: 'FAILED', error: 'Lambda.ResourceNotFoundException' });
  });

  it('calls lambda:invoke.waitForTaskToken and then waits for the token', async () => {
    const def = { StartAt: 'Ask', States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { FunctionName: 'asker', Payload: { 'token.$': '$$.Task.Token', who: 'cb' } }, End: true } } };
    const { stateMachineArn } = await local.client.send(new CreateStateMachineCommand({ name: 'Cb', definition: JSON.stringify(def), roleArn: ROLE }));
    const { executionArn } = await local.client.send(new StartExecutionCommand({ stateMachineArn }));
    const token = await until(async () => {
      const c = calls.find((x) => x.name === 'asker');
      return c ? (c.payload as { token: string }).token : undefined;
    });
    const h = await local.client.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(h.events?.at(-1)?.type).toBe('TaskStarted');
    await local.client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"ok":1}' }));
    const d = await until(async () => {
      const x = await local.client.send(new DescribeExecutionCommand({ executionArn }));
      return x.status === 'RUNNING' ? undefined : x;
    });
    expect(d).toMatchObject({ status: 'SUCCEEDED', output: '{"ok":1}' });
  });
});
