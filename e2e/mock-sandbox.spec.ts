/**
 * Mock code runs where the network and storage do not exist (QuickJS in WebAssembly, in the sandbox worker).
 * Playwright's `context.route` does not see requests from nested workers, so the proof is a real loopback listener
 * started here: the mock aims every channel at it, and it must receive nothing, while the page itself can reach it
 * (the page policy allows loopback for the AWS proxy), which shows the listener would have seen a leak.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { executionStatus, openApp, openSimulation, simulationPanel, stateNode } from './helpers.ts';

let server: Server;
let port = 0;
const received: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(req.url ?? '');
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/javascript' });
    res.end('export default 1;');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function openTab(page: Page, name: string) {
  await simulationPanel(page).getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name }).click();
  return simulationPanel(page).getByRole('tabpanel', { name });
}

const leakCode = (p: number) => `export async function handler(event) {
  const url = 'http://127.0.0.1:${p}/';
  const tries = {
    import: () => import/**/(url + 'import.js?d=' + JSON.stringify(event)),
    evalImport: () => eval('import(url + "eval.js")'),
    fetch: () => fetch(url + 'fetch'),
    fontFace: () => new FontFace('x', 'url(' + url + 'font)').load(),
    webSocket: () => new WebSocket('ws://127.0.0.1:${p}/ws'),
    xhr: () => { const x = new XMLHttpRequest(); x.open('GET', url + 'xhr'); x.send(); },
    sendBeacon: () => navigator.sendBeacon(url + 'beacon', 'x'),
    eventSource: () => new EventSource(url + 'es'),
    importScripts: () => importScripts(url + 'script.js'),
    storage: () => navigator.storage.getDirectory(),
    storageBuckets: () => navigator.storageBuckets.open('x'),
    indexedDB: () => indexedDB.open('x'),
    listen: () => self.addEventListener('message', () => {}),
  };
  const out = [];
  for (const [name, attempt] of Object.entries(tries)) {
    try { await attempt(); out.push(name + ': reached'); } catch (e) { out.push(name + ': refused'); }
  }
  console.log('attempts ' + out.join(', '));
  return { status: 'User created successfully', userId: '123' };
}
`;

test('mock code reaches no network and no storage: a loopback listener receives nothing', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock code for CreateUser').fill(leakCode(port));
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  const log = (await openTab(page, 'Log')).getByRole('list', { name: 'Run log' });
  const line = log.getByRole('listitem').filter({ hasText: 'attempts' });
  await expect(line).toContainText('listen: refused');
  const text = await line.innerText();
  expect(text.match(/: refused/g)).toHaveLength(13);
  expect(text).not.toContain('reached');
  expect(received).toEqual([]);

  // The control: the same listener is reachable from the page, so a request from the mock would have been seen.
  const status = await page.evaluate(async (u) => (await fetch(u)).status, `http://127.0.0.1:${port}/control`);
  expect(status).toBe(200);
  expect(received).toEqual(['/control']);
});

test('a 300,000-line console flood keeps 1,000 lines, counts the rest, and the page stays responsive', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock code for CreateUser').fill(
    "export async function handler(event) {\n  for (let i = 0; i < 300000; i++) console.log('flood line ' + i);\n  return event;\n}\n",
  );
  await panel.getByRole('button', { name: 'Run' }).click();
  // Within its 2 s the mock finishes, or is stopped by the sandbox: either way its first 1,000 lines are kept.
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', /succeeded|failed/);
  const log = (await openTab(page, 'Log')).getByRole('list', { name: 'Run log' });
  const dropped = log.locator('[data-log-dropped]').first();
  await expect(dropped).toContainText(/more lines dropped/);
  expect(Number(await dropped.getAttribute('data-log-dropped'))).toBeGreaterThan(1000);
  await expect(log.getByRole('listitem').filter({ hasText: 'flood line' })).toHaveCount(1000);
  await expect(log.getByRole('listitem').filter({ hasText: 'flood line 999' })).toHaveCount(1);
  expect(await log.getByRole('listitem').count()).toBeLessThanOrEqual(1004);

  // Responsive: the Input tab answers, and the page's heap holds no flood.
  await openTab(page, 'Input');
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  expect(heap).toBeLessThan(150 * 1024 * 1024);
});
