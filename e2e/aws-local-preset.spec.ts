/**
 * The "Local endpoint" connection preset: one click fills the AWS connection for `asl-studio local` (its URL,
 * dummy credentials, no proxy), the app connects to it directly (the endpoint answers CORS itself) and lists its
 * machines; "AWS" puts the proxy back. Runs in the desktop and laptop (1280x720) projects, in both themes, with
 * screenshots of the dialog for review.
 */
import { expect, keepLocal, test } from './localEndpoint/fixture.ts';
import { openApp } from './helpers.ts';

for (const theme of ['light', 'dark'] as const) {
  test(`the Local endpoint preset connects directly to asl-studio local (${theme} theme)`, async ({ page, aslLocal }, testInfo) => {
    // The app, a Chromium and a server process on a loaded 2-core machine: more than the default minute.
    test.setTimeout(120_000);
    const outside = await keepLocal(page);
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'AWS: off' }).click();
    const dialog = page.getByRole('dialog', { name: 'AWS connection' });
    const presets = dialog.getByRole('group', { name: 'Connection preset' });
    await expect(presets.getByRole('button', { name: 'AWS', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const proxy = dialog.getByLabel('Proxy URL');
    await expect(proxy).toHaveValue(/\/aws-proxy$/);

    await presets.getByRole('button', { name: 'Local endpoint' }).click();
    await expect(presets.getByRole('button', { name: 'Local endpoint' })).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByLabel('Custom endpoint (optional)')).toHaveValue('http://127.0.0.1:8083');
    await expect(dialog.getByLabel('Access key ID')).toHaveValue('local');
    await expect(proxy).toHaveValue('');
    const origin = new URL(page.url()).origin;
    await expect(presets.locator('[data-local-hint]')).toContainText(`npx asl-studio local --allow-origin ${origin}`);
    await expect(dialog.getByText('Calls go directly to the custom endpoint')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`local-preset-${theme}.png`) });

    // The test's server listens on a free port, not 8083: point the endpoint at it and connect, no proxy involved.
    await dialog.getByLabel('Custom endpoint (optional)').fill(aslLocal.url);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.locator('[data-connection-status]')).toHaveAttribute('data-connection-status', 'connected', { timeout: 30_000 });
    await expect(dialog.getByRole('status').filter({ hasText: 'Connected to' })).toHaveText(`Connected to ${aslLocal.url}: 0 state machines`);
    expect(aslLocal.log()).toContain('ListStateMachines 200');
    await page.screenshot({ path: testInfo.outputPath(`local-connected-${theme}.png`) });

    // Back to AWS: the proxy returns, the local endpoint and its dummy credentials go.
    await presets.getByRole('button', { name: 'AWS', exact: true }).click();
    await expect(proxy).toHaveValue(/\/aws-proxy$/);
    await expect(dialog.getByLabel('Custom endpoint (optional)')).toHaveValue('');
    await expect(dialog.getByLabel('Access key ID')).toHaveValue('');
    expect(outside).toEqual([]);
  });
}
