/**
 * Acceptance with a client no one here wrote: the AWS CLI v2 (Debian's `awscli` package, /usr/bin/aws;
 * scripts/test.mjs installs it when missing) against the local endpoint with dummy credentials: create a machine,
 * start, describe, read the history, answer a callback with send-task-success, stop another execution.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLocal, type TestLocal } from './testServer.ts';

const AWS = process.env.AWS_CLI_PATH ?? '/usr/bin/aws';
const work = mkdtempSync(join(tmpdir(), 'asl-awscli-'));
let local: TestLocal;

beforeAll(async () => {
  local = await startTestLocal({ waitScale: 1 });
});
afterAll(async () => {
  await local.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * `aws stepfunctions <args> --endpoint-url <local>` with dummy credentials and no user configuration; parsed JSON
 * output. Asynchronous: the server runs in this process.
 */
async function aws(...args: string[]): Promise<Record<string, unknown>> {
  const r = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(AWS, ['stepfunctions', ...args, '--endpoint-url', local.url, '--output', 'json'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      HOME: work,
      AWS_ACCESS_KEY_ID: 'AKIDUMMYDUMMYDUMMY',
      AWS_SECRET_ACCESS_KEY: 'dummy',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(work, 'none-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(work, 'none-credentials'),
      AWS_PAGER: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
  if (r.status !== 0) throw new Error(`aws stepfunctions ${args[0]} exited ${r.status}: ${r.stderr}`);
  return r.stdout.trim() ? (JSON.parse(r.stdout) as Record<string, unknown>) : {};
}

const DEFINITION = {
  StartAt: 'Approve',
  States: {
    Approve: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals', MessageBody: { 'token.$': '$$.Task.Token', 'order.$': '$.order' } },
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

describe('the AWS CLI v2 against asl-studio local', () => {
  it('is installed (Debian package awscli: apt-get install -y awscli)', () => {
    expect(existsSync(AWS) ? 'installed' : `${AWS} is missing: apt-get install -y awscli, or set AWS_CLI_PATH`).toBe('installed');
    const v = spawnSync(AWS, ['--version'], { encoding: 'utf8' });
    expect(v.stdout).toMatch(/^aws-cli\/2\./);
  });

  it('creates, starts, describes, reads history, sends task success and stops', { timeout: 300_000 }, async () => {
    const file = join(work, 'machine.json');
    writeFileSync(file, JSON.stringify(DEFINITION));
    const created = await aws('create-state-machine', '--name', 'Approvals', '--definition', `file://${file}`, '--role-arn', 'arn:aws:iam::123456789012:role/DummyRole');
    expect(created.stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:Approvals');
    expect(typeof created.creationDate).toBe('string');
    const machine = String(created.stateMachineArn);

    const started = await aws('start-execution', '--state-machine-arn', machine, '--name', 'order-42', '--input', '{"order":42}');
    expect(started.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:Approvals:order-42');
    const arn = String(started.executionArn);
    expect(await aws('describe-execution', '--execution-arn', arn)).toMatchObject({ status: 'RUNNING', name: 'order-42', input: '{"order":42}' });

    const history = (await aws('get-execution-history', '--execution-arn', arn)).events as { type: string; taskScheduledEventDetails?: { parameters: string } }[];
    const scheduled = history.find((e) => e.type === 'TaskScheduled');
    expect(scheduled?.type ?? JSON.stringify(history)).toBe('TaskScheduled');
    const body = (JSON.parse(scheduled!.taskScheduledEventDetails!.parameters) as { MessageBody: { token: string; order: number } }).MessageBody;
    expect(body.order).toBe(42);

    expect(await aws('send-task-success', '--task-token', body.token, '--task-output', '{"approved":true}')).toEqual({});
    let described = await aws('describe-execution', '--execution-arn', arn);
    for (let i = 0; i < 20 && described.status === 'RUNNING'; i++) described = await aws('describe-execution', '--execution-arn', arn);
    expect(described).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":true}' });
    const last = (await aws('get-execution-history', '--execution-arn', arn, '--reverse-order', '--max-items', '2')).events as { type: string }[];
    expect(last.map((e) => e.type)).toEqual(['ExecutionSucceeded', 'SucceedStateExited']);

    const second = String((await aws('start-execution', '--state-machine-arn', machine, '--name', 'order-43', '--input', '{"order":43}')).executionArn);
    expect(typeof (await aws('stop-execution', '--execution-arn', second, '--error', 'Cancelled', '--cause', 'customer changed their mind')).stopDate).toBe('string');
    expect(await aws('describe-execution', '--execution-arn', second)).toMatchObject({ status: 'ABORTED', error: 'Cancelled', cause: 'customer changed their mind' });
    const listed = (await aws('list-executions', '--state-machine-arn', machine)).executions as { name: string; status: string }[];
    expect(listed.map((e) => [e.name, e.status])).toEqual([['order-43', 'ABORTED'], ['order-42', 'SUCCEEDED']]);
  });

  it('reports AWS errors by name', { timeout: 60_000 }, async () => {
    await expect(aws('describe-execution', '--execution-arn', 'arn:aws:states:us-east-1:123456789012:execution:Approvals:nope')).rejects.toThrow(/ExecutionDoesNotExist/);
  });
});
