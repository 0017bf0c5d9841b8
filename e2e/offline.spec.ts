import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { editorText, executionStatus, openApp, openSimulation, replaceEditorText, stateNode } from './helpers.ts';

/**
 * Offline (issue #8): after a first visit the service worker holds every file of the build, so with the network
 * off the app loads, Monaco and its workers start, the canvas is laid out, the simulator runs, and autosave keeps
 * edits. No request goes to a host other than the one the app was served from.
 */

// The other specs block service workers (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

const YAML_TEXT = `Comment: written offline
StartAt: Offline
States:
  Offline:   # odd spacing, kept exactly
    Type: Pass
    End: true
`;

/** Every URL any page or worker of the context asked for (pages, dedicated workers, the service worker). */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Wait until the service worker controls the page and its cache holds the whole build (Monaco's chunk included). */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 30_000 })
    .toBe('activated');
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const names = (await caches.keys()).filter((k) => k.startsWith('asl-studio-'));
          const urls = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => r.url);
          return urls.filter((u) => /\/assets\/editor\.api-[\w-]+\.js$/.test(u) || u.endsWith('/index.html')).length;
        }),
      { timeout: 30_000 },
    )
    .toBe(2);
}

test('after a first visit the app loads, edits, lays out and simulates with the network off', async ({ page, context, baseURL }) => {
  const urls = recordRequests(context);
  await openApp(page);
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  await waitUntilOfflineReady(page);

  // The worker leaves the AWS proxy alone: a POST under /aws-proxy/ reaches the server, not the cache.
  const proxied = page.waitForResponse((r) => r.url().includes('/aws-proxy/'));
  await page.evaluate(() => fetch('/aws-proxy/not-a-host/', { method: 'POST', body: '{}' }).catch(() => undefined));
  expect((await proxied).fromServiceWorker()).toBe(false);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });
  await expect(stateNode(page, 'SendNotification')).toBeVisible();
  // The network really is off: a path the build does not hold (the preview server answers any path online) fails.
  // (Not navigator.onLine: Debian's Chromium 150 reports true there after an offline reload served by the worker.)
  expect(await page.evaluate(() => fetch(`/offline-probe-${Date.now()}`).then((r) => r.ok, () => false))).toBe(false);

  // The simulator (engine and mock sandbox workers) runs the seed workflow to the end.
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded', { timeout: 30_000 });
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');

  const origin = new URL(baseURL!).origin;
  const elsewhere = urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(elsewhere).toEqual([]);
  // The worker files really were asked for (so the check above saw them).
  expect(urls.some((u) => /\/assets\/editor\.api-[\w-]+\.js$/.test(u))).toBe(true);
});

test('offline, autosave keeps an edit across a reload', async ({ page, context }) => {
  await openApp(page);
  await waitUntilOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });

  await replaceEditorText(page, YAML_TEXT);
  await expect(stateNode(page, 'Offline')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });
  expect(await editorText(page)).toBe(YAML_TEXT);
  await expect(stateNode(page, 'Offline')).toBeVisible();
});

test('without the service worker (first visit offline) nothing is served: offline needs one visit', async ({ page, context }) => {
  await context.setOffline(true);
  await expect(page.goto('/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});
