/**
 * A Playwright fixture for AWS mode against `asl-studio local` (src/local/, docs/local.md): per test, the real
 * command line (bin/asl-studio.mjs) in its own process on a free loopback port, allowing the app's origin (CORS),
 * so the app connects to it directly with the "Local endpoint" preset, without the proxy. Ready once it prints
 * its URL; stopped (SIGTERM, then SIGKILL) after the test. `--verbose` makes it log one line per call, which a
 * test reads to prove what the app called.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

export interface AslLocal {
  /** The endpoint to type into the Custom endpoint field. */
  url: string;
  /** Its log so far: `<Operation> <status>[ <error>]` per call. */
  log: () => string[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function startAslLocal(o: { allowOrigin: string; waitScale?: number; timeoutMs?: number }): Promise<AslLocal & { output: () => string; close: () => Promise<void> }> {
  const args = [path.join(repoRoot, 'bin', 'asl-studio.mjs'), 'local', '--port', '0', '--allow-origin', o.allowOrigin, '--wait-scale', String(o.waitScale ?? 1), '--verbose'];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let out = '';
  const add = (c: Buffer) => {
    out = (out + c.toString()).slice(-50_000);
  };
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  const printed = () => /Step Functions endpoint on (http:\/\/\S+)/.exec(out)?.[1];
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + (o.timeoutMs ?? 30_000);
  while (printed() === undefined) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`asl-studio local exited (${child.exitCode ?? child.signalCode}):\n${out}`);
    if (Date.now() > deadline) {
      await close();
      throw new Error(`asl-studio local did not start in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: printed() as string, output: () => out, log: () => out.split('\n').filter(Boolean), close };
}

export const test = base.extend<{ aslLocal: AslLocal }>({
  aslLocal: async ({ baseURL }, use, testInfo) => {
    const local = await startAslLocal({ allowOrigin: new URL(baseURL ?? 'http://127.0.0.1').origin });
    try {
      await use(local);
    } finally {
      await local.close();
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('asl-studio local output', { body: local.output(), contentType: 'text/plain' });
    }
  },
});

export { expect } from '@playwright/test';
export { keepLocal } from '../fakeSfn/client.ts';
