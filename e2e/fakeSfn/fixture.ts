/**
 * A Playwright fixture: the fake Step Functions endpoint in its own Node process (tsx runs the simulator's
 * TypeScript sources), one per worker, on the loopback port playwright.config.ts picked for that worker (the
 * preview server's proxy relays to those endpoints only). Its URL is the custom endpoint the tests type in.
 * Each test gets it reset: the seeded machines only, no executions, no armed faults.
 */
import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const test = base.extend<{ fakeSfnUrl: string }, { fakeSfnProcessUrl: string }>({
  fakeSfnProcessUrl: [
    // Playwright reads the fixture's dependencies from this destructuring pattern: it has none.
    // oxlint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      // The port the preview server's proxy was told about (playwright.config.ts): one per parallel worker.
      const port = (process.env.E2E_FAKE_SFN_PORTS ?? '').split(',')[workerInfo.parallelIndex];
      if (!port) throw new Error(`no fake Step Functions port for worker ${workerInfo.parallelIndex} (E2E_FAKE_SFN_PORTS=${process.env.E2E_FAKE_SFN_PORTS})`);
      const main = fileURLToPath(new URL('./server.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', main], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FAKE_SFN_RUNNING_MS: '600', FAKE_SFN_PORT: port } });
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /FAKE_SFN_URL=(\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`fake Step Functions exited with ${code}`)));
      });
      await use(url);
      // Wait until it is gone: a worker restarted after a failure takes the same port.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
    { scope: 'worker' },
  ],
  fakeSfnUrl: async ({ fakeSfnProcessUrl }, use) => {
    const r = await fetch(`${fakeSfnProcessUrl}/__fake/reset`, { method: 'POST' });
    if (r.status !== 200) throw new Error(`could not reset the fake Step Functions: HTTP ${r.status}`);
    await use(fakeSfnProcessUrl);
  },
});

export { expect } from '@playwright/test';
