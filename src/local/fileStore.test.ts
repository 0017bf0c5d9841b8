/**
 * `--data DIR`: machines and finished executions survive a restart, and a SIGKILL of the real command line
 * (`asl-studio local --data DIR`) loses no finished execution; one that was running is found ABORTED.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStore, writeAtomic } from './fileStore.ts';
import { ROLE, startTestLocal, until } from './testServer.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'asl-local-data-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 'done', End: true } } });
const LONG = JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } });

const client = (url: string) => new SFNClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });

describe('the file store', () => {
  it('writes atomically: no temporary file is left behind', () => {
    const dir = scratch();
    writeAtomic(join(dir, 'a.json'), '{"v":1}');
    writeAtomic(join(dir, 'a.json'), '{"v":2}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps machines, tags and finished executions across a restart', async () => {
    const dir = scratch();
    const first = await startTestLocal({ store: fileStore(dir), waitScale: 0 });
    const { stateMachineArn } = await first.client.send(new CreateStateMachineCommand({ name: 'Kept', definition: PASS, roleArn: ROLE, tags: [{ key: 'k', value: 'v' }] }));
    const { executionArn } = await first.client.send(new StartExecutionCommand({ stateMachineArn, name: 'run1', input: '{"x":1}' }));
    await until(async () => ((await first.client.send(new DescribeExecutionCommand({ executionArn }))).status === 'SUCCEEDED' ? true : undefined));
    const before = await first.client.send(new GetExecutionHistoryCommand({ executionArn }));
    await first.close();
    const second = await startTestLocal({ store: fileStore(dir), waitScale: 0 });
    try {
      expect((await second.client.send(new ListStateMachinesCommand({}))).stateMachines?.map((m) => m.name)).toEqual(['Kept']);
      expect(await second.client.send(new DescribeExecutionCommand({ executionArn }))).toMatchObject({ status: 'SUCCEEDED', output: '"done"', input: '{"x":1}' });
      expect((await second.client.send(new GetExecutionHistoryCommand({ executionArn }))).events).toEqual(before.events);
      await expect(second.client.send(new StartExecutionCommand({ stateMachineArn, name: 'run1' }))).rejects.toThrow(/Execution Already Exists/);
    } finally {
      await second.close();
    }
  });

  it('loses no finished execution when the server is killed (SIGKILL) mid-run', { timeout: 60_000 }, async () => {
    const dir = scratch();
    const startCli = async (): Promise<{ child: ChildProcess; url: string }> => {
      const child = spawn(process.execPath, [join(repo, 'bin/asl-studio.mjs'), 'local', '--port', '0', '--data', dir], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const url = await new Promise<string>((res, rej) => {
        child.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /endpoint on (http:\/\/\S+)/.exec(out);
          if (m) res(m[1] as string);
        });
        child.once('exit', (code) => rej(new Error(`asl-studio local exited (${code}): ${out}`)));
      });
      return { child, url };
    };
    const a = await startCli();
    const c = client(a.url);
    const quick = (await c.send(new CreateStateMachineCommand({ name: 'Quick', definition: PASS, roleArn: ROLE }))).stateMachineArn as string;
    const slow = (await c.send(new CreateStateMachineCommand({ name: 'Slow', definition: LONG, roleArn: ROLE }))).stateMachineArn as string;
    const started = await Promise.all(Array.from({ length: 50 }, (_, i) => c.send(new StartExecutionCommand({ stateMachineArn: quick, name: `q${i}` }))));
    const running = await c.send(new StartExecutionCommand({ stateMachineArn: slow, name: 'long' }));
    await until(async () => {
      const list = await c.send(new ListExecutionsCommand({ stateMachineArn: quick, statusFilter: 'SUCCEEDED', maxResults: 1000 }));
      return list.executions?.length === 50 ? true : undefined;
    });
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    const b = await startCli();
    try {
      const c2 = client(b.url);
      for (const s of started) {
        const d = await c2.send(new DescribeExecutionCommand({ executionArn: s.executionArn }));
        expect(d.status).toBe('SUCCEEDED');
      }
      const h = await c2.send(new GetExecutionHistoryCommand({ executionArn: started[7]!.executionArn }));
      expect(h.events?.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
      const lost = await c2.send(new DescribeExecutionCommand({ executionArn: running.executionArn }));
      expect(lost).toMatchObject({ status: 'ABORTED', error: 'States.Aborted' });
      expect(lost.cause).toMatch(/stopped while the execution was running/);
    } finally {
      b.child.kill('SIGTERM');
      await new Promise((r) => b.child.once('exit', r));
    }
  });
});
