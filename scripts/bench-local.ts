/**
 * `npm run bench:local`: executions per second through the Step Functions HTTP API (AWS JSON 1.0), for
 * `asl-studio local` (the real command line, its own process, waits skipped) and for the npm package
 * stepfunctions-local (e2e/sfnLocal/server.ts starts it), in the same run on the same machine. Per server: create
 * one machine (Pass → Choice → Pass → Succeed: what stepfunctions-local runs correctly), start BENCH_LOCAL_N
 * executions (default 1,000) with BENCH_LOCAL_CONCURRENCY requests in flight (default 50), then describe each
 * until none is RUNNING. Reports starts per second, executions finished per second (first start to last end) and
 * how many ended SUCCEEDED. Prints one JSON line per measurement. Not a test: nothing fails on a slow number.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sfnCall, startSfnLocal } from '../e2e/sfnLocal/server.ts';

const N = Number(process.env.BENCH_LOCAL_N ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_LOCAL_CONCURRENCY ?? 50);
const ROLE = 'arn:aws:iam::123456789012:role/BenchRole';
const DEFINITION = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Next: 'Decide' },
    Decide: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 0, Next: 'Work' }], Default: 'Work' },
    Work: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Server {
  name: string;
  url: string;
  close: () => Promise<void>;
}

async function startAslLocal(): Promise<Server> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'asl-studio.mjs'), 'local', '--port', '0', '--skip-waits'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!(url = /Step Functions endpoint on (http:\/\/\S+)/.exec(out)?.[1])) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`asl-studio local did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const close = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));
  return { name: 'asl-studio local', url, close };
}

async function call(url: string, op: string, body: unknown): Promise<Record<string, unknown>> {
  const r = await sfnCall(url, op, body);
  if (r.status !== 200) throw new Error(`${op} answered ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json as Record<string, unknown>;
}

/** Runs `f` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i] as T);
      }
    }),
  );
  return out;
}

async function bench(server: Server): Promise<void> {
  const { stateMachineArn } = await call(server.url, 'CreateStateMachine', { name: 'Bench', definition: JSON.stringify(DEFINITION), roleArn: ROLE });
  const began = performance.now();
  const arns = await pool([...Array(N).keys()], CONCURRENCY, async (i) => (await call(server.url, 'StartExecution', { stateMachineArn, name: `run-${i}`, input: JSON.stringify({ n: i }) })).executionArn as string);
  const started = performance.now();
  let pending = arns;
  let succeeded = 0;
  const deadline = Date.now() + 600_000;
  while (pending.length > 0 && Date.now() < deadline) {
    const statuses = await pool(pending, CONCURRENCY, async (executionArn) => (await call(server.url, 'DescribeExecution', { executionArn })).status as string);
    succeeded += statuses.filter((s) => s === 'SUCCEEDED').length;
    pending = pending.filter((_, i) => statuses[i] === 'RUNNING');
  }
  const ended = performance.now();
  const line = (metric: string, value: number, unit: string) => console.log(JSON.stringify({ metric: `local.${metric}`, server: server.name, size: N, value: Math.round(value * 10) / 10, unit }));
  line('startsPerSecond', (N / (started - began)) * 1000, 'executions/s');
  line('executionsPerSecond', (N / (ended - began)) * 1000, 'executions/s');
  line('succeeded', succeeded, 'executions');
  line('unfinished', pending.length, 'executions');
  console.error(`${server.name}: ${N} executions, ${((N / (ended - began)) * 1000).toFixed(0)} finished/s (starts ${((N / (started - began)) * 1000).toFixed(0)}/s), ${succeeded} SUCCEEDED, ${pending.length} unfinished`);
}

async function main(): Promise<void> {
  console.error(`bench:local: ${N} executions, ${CONCURRENCY} requests in flight, per server`);
  for (const start of [startAslLocal, async (): Promise<Server> => ({ name: 'stepfunctions-local', ...(await startSfnLocal()) })]) {
    const server = await start();
    try {
      await bench(server);
    } finally {
      await server.close();
    }
  }
}

await main();
