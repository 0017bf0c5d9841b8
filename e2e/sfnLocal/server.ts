/**
 * Real local servers for the AWS-mode tests, each a child process on a free loopback port, stopped by `close()`:
 * - `startSfnLocal`: stepfunctions-local (a Node implementation of the Step Functions API, AWS JSON 1.0 on `POST /`,
 *   no CORS, no signature checks), ready once it answers ListStateMachines;
 * - `startCliProxy`: the project's own `asl-studio proxy` command (bin/asl-studio.mjs), allowing one browser origin
 *   and one custom endpoint, ready once it prints its URL.
 * Readiness is polled, never assumed after a delay: on a loaded CI machine either can take seconds to start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  url: string;
  /** What the process printed (stdout and stderr), for failure messages. */
  output: () => string;
  close: () => Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** A port that was free a moment ago (the caller retries if another process takes it first). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function collect(child: ChildProcess): () => string {
  let out = '';
  const add = (c: Buffer) => {
    out = (out + c.toString()).slice(-20_000);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => out;
}

/** Stop a child process: SIGTERM, then SIGKILL if it has not exited after a while. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `ready` until it says yes, the process exits, or the deadline passes. */
async function until(child: ChildProcess, what: string, output: () => string, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) {
      await stop(child);
      throw new Error(`${what} was not ready after ${timeoutMs} ms:\n${output()}`);
    }
    await pause(100);
  }
}

/** One Step Functions API call, as the SDK sends it (unsigned: stepfunctions-local checks no signature). */
export async function sfnCall(url: string, operation: string, body: unknown = {}): Promise<{ status: number; json: unknown }> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AWSStepFunctions.${operation}` },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: r.status, json };
}

/** stepfunctions-local on a free port of 127.0.0.1 (its state machine ARNs name `region`). */
export async function startSfnLocal(o: { region?: string; timeoutMs?: number } = {}): Promise<RunningServer> {
  const require = createRequire(import.meta.url);
  const main = path.join(path.dirname(require.resolve('stepfunctions-local/package.json')), 'bin', 'stepfunctions-local-start.js');
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    // The start script itself (not the `stepfunctions-local start` dispatcher, which would fork a grandchild that
    // outlives a kill). It listens on every interface: the preload binds it to loopback only.
    const child = spawn(process.execPath, ['--require', path.join(here, 'loopbackOnly.cjs'), main, '--port', String(port), '--region', o.region ?? 'us-east-1'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBUG: '', NODE_OPTIONS: '', AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
    });
    const output = collect(child);
    const url = `http://127.0.0.1:${port}`;
    try {
      await until(child, 'stepfunctions-local', output, async () => (await sfnCall(url, 'ListStateMachines')).status === 200, o.timeoutMs ?? 30_000);
      return { url, output, close: () => stop(child) };
    } catch (e) {
      lastError = e;
      await stop(child);
      // A port taken between freePort() and listen: try another one.
      if (!/EADDRINUSE/.test(output())) break;
    }
  }
  throw lastError;
}

/**
 * `asl-studio proxy --port 0 --allow-origin <origin> --endpoint <endpoint>`: the real command line, in its own
 * process. Its URL (`http://127.0.0.1:N/aws-proxy`) is what the app's *Proxy URL* field takes.
 */
export async function startCliProxy(o: { allowOrigin: string; endpoint: string; timeoutMs?: number }): Promise<RunningServer & { log: () => string[] }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'asl-studio.mjs'), 'proxy', '--port', '0', '--allow-origin', o.allowOrigin, '--endpoint', o.endpoint], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const output = collect(child);
  const printed = () => /AWS proxy on (http:\/\/\S+\/aws-proxy)/.exec(output())?.[1];
  await until(child, 'asl-studio proxy', output, async () => printed() !== undefined, o.timeoutMs ?? 30_000);
  const url = printed() as string;
  return { url, output, log: () => output().split('\n').filter(Boolean), close: () => stop(child) };
}
