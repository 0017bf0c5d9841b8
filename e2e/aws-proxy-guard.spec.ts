/**
 * Where the app may send AWS calls, with real loopback listeners. A canary server stands for any other service on
 * this machine: neither the preview server's built-in proxy nor `asl-studio proxy` relays a page's request to it.
 * A static host posing as the app's origin (the default proxy URL is the page's own origin) receives no
 * Authorization or session-token header from "Test connection": the app asks the proxy to identify itself first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { awsDialog, keepLocal } from './fakeSfn/client.ts';
import { FAKE_ACCESS_KEY, FAKE_SECRET } from './fakeSfn/server.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { startCliProxy } from './sfnLocal/server.ts';
import { startStaticHost, type StaticHost } from './staticHost.ts';

let canary: http.Server;
let canaryPort: number;
let canaryHits: string[] = [];

test.beforeAll(async () => {
  canary = http.createServer((req, res) => {
    canaryHits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('canary secret');
  });
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  canaryPort = (canary.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((r) => canary.close(() => r())));
test.beforeEach(() => {
  canaryHits = [];
});

// A loaded machine (2 cores shared by many runs) can take long to bring the app and its AWS chunk.
test.describe.configure({ timeout: 120_000 });

/** The app's shell is enough here (the code editor, a large lazy chunk, is not needed). */
async function openApp(page: import('@playwright/test').Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: /^AWS: / })).toBeVisible({ timeout: 30_000 });
}

/** From the page: a Step Functions-looking POST through `proxy` to `target`; the status, or 0 when blocked. */
async function tryThrough(page: import('@playwright/test').Page, proxy: string, target: string): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ proxy, target }) => {
      try {
        const r = await fetch(`${proxy}/${target}`, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.ListStateMachines' }, body: '{}' });
        return { status: r.status, text: await r.text() };
      } catch {
        return { status: 0, text: '' };
      }
    },
    { proxy, target },
  );
}

test('the preview server’s proxy relays nothing to another loopback port', async ({ page }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  for (const target of [`127.0.0.1:${canaryPort}/`, `localhost:${canaryPort}/`, `127.0.0.1:${canaryPort}/admin`]) {
    const r = await tryThrough(page, '/aws-proxy', target);
    expect(r.status, target).toBe(403);
    expect(r.text).not.toContain('canary');
  }
  expect(canaryHits).toEqual([]);
  expect(outside).toEqual([]);
});

test('asl-studio proxy relays nothing to another loopback port for the page it allows', async ({ page, baseURL, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  // The page stands for https://someone.github.io: an origin the proxy was told to allow.
  const proxy = await startCliProxy({ allowOrigin: new URL(baseURL ?? '').origin, endpoint: fakeSfnUrl });
  try {
    await openApp(page);
    for (const target of [`127.0.0.1:${canaryPort}/`, `localhost:${canaryPort}/x`, `[::1]:${canaryPort}/`]) {
      const r = await tryThrough(page, proxy.url, target);
      expect(r.status, target).not.toBe(200);
      expect(r.text).not.toContain('canary');
    }
    expect(canaryHits).toEqual([]);
    // The proxy is up and forwards what it should: the configured endpoint answers through it.
    expect((await tryThrough(page, proxy.url, `${new URL(fakeSfnUrl).host}/`)).status).not.toBe(0);
  } finally {
    await proxy.close();
  }
  expect(outside).toEqual([]);
});

test.describe('an app served by a static host', () => {
  let host: StaticHost;
  test.beforeEach(async () => {
    host = await startStaticHost();
  });
  test.afterEach(() => host.close());

  test('Test connection sends no credentials to the static host and says there is no proxy', async ({ page }) => {
    const outside = await keepLocal(page);
    await openApp(page, `${host.origin}/`);
    await page.getByRole('button', { name: /^AWS: / }).click();
    const dialog = awsDialog(page);
    // AWS mode is a lazy chunk: give a loaded machine time to bring it.
    await expect(dialog.getByLabel('Proxy URL')).toHaveValue(`${host.origin}/aws-proxy`, { timeout: 60_000 });
    await dialog.getByLabel('Access key ID').fill(FAKE_ACCESS_KEY);
    await dialog.getByLabel('Secret access key').fill(FAKE_SECRET);
    await dialog.getByLabel('Session token (optional)').fill('FwoGZXIvYXdzEXAMPLETOKEN');
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.locator('[data-connection-status]')).toHaveAttribute('data-connection-status', 'failed', { timeout: 20_000 });
    // The host saw the health call, and nothing signed: no Authorization, no session token, no AWS call.
    const signed = host.seen.filter((r) => r.headers.authorization !== undefined || r.headers['x-amz-security-token'] !== undefined || r.headers['x-amz-target'] !== undefined);
    expect(signed.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(host.seen.map((r) => r.url)).toContain('/aws-proxy/health');
    const problem = dialog.getByRole('alert', { name: 'Connection problem' });
    await expect(problem).toHaveAttribute('data-error-kind', 'proxy-not-running');
    await expect(problem).toContainText(`No asl-studio proxy at ${host.origin}/aws-proxy — start it with \`npx asl-studio proxy --allow-origin ${host.origin}\``);
    expect(outside).toEqual([]);
  });
});
