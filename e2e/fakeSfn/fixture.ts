/**
 * A Playwright fixture: the fake Step Functions endpoint in its own Node process (tsx runs the simulator's
 * TypeScript sources), on a free loopback port, one per worker. Its URL is the custom endpoint the tests type in.
 * Each test gets it reset: the seeded machines only, no executions, no armed faults.
 */
import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const test = base.extend<{ fakeSfnUrl: string }, { fakeSfnProcessUrl: string }>({
  fakeSfnProcessUrl: [
    // Playwright reads the fixture's dependencies from this destructuring pattern: it has none.
    // oxlint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const main = fileURLToPath(new URL('./server.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', main], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FAKE_SFN_RUNNING_MS: '600' } });
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
      child.kill('SIGTERM');
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
