/**
 * Hostile input (issue 18): share links, state names and values an attacker chooses must neither hang nor
 * white-screen the page. A refused link says what was wrong and leaves the open workflow as it was; states named
 * like Object.prototype members run and are coloured; a Wait the service refuses is a validation error and the run
 * controls keep working; a pane that fails to render shows its error and reloads on its own; no page may frame the
 * app. (e2e/hostile.spec.ts covers markup in names and prototype-polluting keys in the editor.)
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { executionStatus, openSimulation, replaceEditorText, simulationPanel, stateNode } from './helpers.ts';
import { libraryCount, notice, workflowName } from './never-lost-helpers.ts';

const SEED = 'Microservices workflow';
const TWO = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } }, null, 2);

// A shared 2-core machine under load: starting the app alone can take a minute (what is checked never waits
// on time: a hang on main never ends, however long the wait).
test.describe.configure({ timeout: 240_000 });
const SLOW = { timeout: 90_000 };

/** openApp with a longer wait for the code editor (the page under test is not slow; the machine may be). */
async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', SLOW);
}

/** A `#share=` fragment for a payload, encoded as the app encodes links (deflate-raw, base64url). */
function shareFragment(payload: unknown): string {
  return `#share=${deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url')}`;
}

/** The main thread answers: a frame is painted within a second. */
async function responsive(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - t0)));
  });
}

test('a share link with a layout position of x = 1e19 is refused, and the next start is fine', async ({ page }) => {
  const link = shareFragment({ v: 1, n: 'Far away', t: TWO, s: { version: 1, direction: 'DOWN', positions: { A: { x: 1e19, y: 0 } } } });
  expect(link.length).toBeLessThan(400);
  await page.goto(`/${link}`);
  await expect(notice(page)).toContainText('This share link was refused: the layout position of “A” has x = 10000000000000000000', SLOW);
  await expect(notice(page)).toContainText('Nothing was opened');
  await expect(notice(page)).not.toContainText('Opened');
  await expect(workflowName(page)).toHaveText(SEED);
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  expect(await libraryCount(page)).toBe(1);

  await page.reload();
  await expect(workflowName(page)).toHaveText(SEED, SLOW);
  await expect(stateNode(page, 'CreateUser')).toBeVisible(SLOW);
  expect(await responsive(page)).toBeLessThan(10_000);
});

test('a 68 KB share link that inflates to 50 MB is refused within seconds', async ({ page }) => {
  const json = Buffer.concat([Buffer.from('{"v":1,"n":"bomb","t":"'), Buffer.alloc(50 * 1024 * 1024, 0x61), Buffer.from('"}')]);
  const link = `#share=${deflateRawSync(json, { level: 9 }).toString('base64url')}`;
  expect(link.length).toBeLessThan(100_000);
  await page.goto(`/${link}`);
  // On main this froze the page for 11 s and then said the workflow opened (the unit test times the decoder).
  await expect(notice(page)).toContainText('This share link was refused: it unpacks to more than 4 MB', SLOW);
  await expect(workflowName(page)).toHaveText(SEED);
  expect(await responsive(page)).toBeLessThan(10_000);
});

test('a share link with a malformed mock is refused, saying which, and the Mocks tab works', async ({ page }) => {
  const text = JSON.stringify({ StartAt: 'Charge', States: { Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } });
  const link = shareFragment({ v: 1, n: 'Bad mock', t: text, x: { simulation: { mocks: { Charge: { kind: 'sequence', steps: 'not a list' } } } } });
  await page.goto(`/${link}`);
  await expect(notice(page)).toContainText('This share link was refused: the mock of “Charge” has a sequence that is not a list', SLOW);
  await expect(workflowName(page)).toHaveText(SEED);
  const panel = await openSimulation(page);
  await panel.getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name: 'Mocks' }).click();
  await expect(panel.getByLabel('Mock kind for CreateUser')).toBeVisible();
  await expect(page.locator('[data-pane-failed]')).toHaveCount(0);
});

test('states named constructor, __proto__ and toString run in the simulation and are coloured', async ({ page }) => {
  await open(page);
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
  const definition = {
    StartAt: 'constructor',
    States: {
      constructor: { Type: 'Pass', Next: '__proto__' },
      __proto__: { Type: 'Pass', Next: 'toString' },
      toString: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'hasOwnProperty' },
      hasOwnProperty: { Type: 'Succeed' },
    },
  };
  // JSON.stringify of an object literal would drop the `__proto__` key: write the text by hand.
  const text = JSON.stringify(definition, null, 2).replace('"States": {', '"States": {\n    "__proto__": { "Type": "Pass", "Next": "toString" },');
  await replaceEditorText(page, text);
  for (const name of names) await expect(stateNode(page, name)).toBeVisible();
  const panel = await openSimulation(page);
  await panel.getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name: 'Mocks' }).click();
  await expect(panel.getByLabel('Mock kind for toString')).toBeVisible();
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  for (const name of names) await expect(stateNode(page, name)).toHaveAttribute('data-status', 'succeeded');
  await expect(page.locator('[data-pane-failed]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toBeVisible();
});

test('a Wait of 9e12 seconds is a validation error and the run controls keep working', async ({ page }) => {
  await open(page);
  const text = JSON.stringify({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 9000000000000, Next: 'Done' }, Done: { Type: 'Succeed' } } }, null, 2);
  await replaceEditorText(page, text);
  await expect(stateNode(page, 'Done')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText("'Seconds' must be an integer from 0 to 99999999, not 9000000000000.");
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Failed');
  await expect(panel).toContainText('more than 99999999 seconds');
  await expect(page.locator('[data-pane-failed]')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Reset', exact: true }).click();
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Failed');
});

test('a pane that fails to render shows the error and reloads; the rest of the page keeps working', async ({ page }) => {
  // PaneBoundary's test tripwire: the named pane throws as it mounts while this is set.
  await page.addInitScript(() => ((window as unknown as { __aslStudioFailPane?: string }).__aslStudioFailPane = 'Run controls'));
  await open(page);
  await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
  const failed = page.getByRole('alert', { name: 'Run controls failed' });
  await expect(failed).toContainText('Error: Run controls failed on purpose (test)');
  await expect(failed).toContainText('Your workflow is safe');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  await expect(simulationPanel(page).getByRole('tab', { name: 'Mocks' })).toBeVisible();
  await page.evaluate(() => delete (window as unknown as { __aslStudioFailPane?: string }).__aslStudioFailPane);
  await failed.getByRole('button', { name: 'Reload this pane' }).click();
  const panel = simulationPanel(page);
  await expect(panel.getByRole('toolbar', { name: 'Simulation controls' })).toBeVisible();
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
});

test('the server forbids framing with a header: frame-ancestors none', async ({ page, baseURL }) => {
  const res = await page.request.get(`${baseURL}/`);
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-frame-options']).toBe('DENY');
  // And a page that tries to frame the app gets Chromium's error page instead of it.
  await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`);
  await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
});

test.describe('screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`refusal notice and pane fallback (${theme})`, async ({ page }, info) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: theme });
      const link = shareFragment({ v: 1, n: 'Far away', t: TWO, s: { positions: { A: { x: 1e19, y: 0 } } } });
      await page.goto(`/${link}`);
      await expect(notice(page)).toContainText('refused', SLOW);
      await expect(stateNode(page, 'CreateUser')).toBeVisible();
      await page.screenshot({ path: info.outputPath(`refusal-${theme}.png`) });
      await page.evaluate(() => ((window as unknown as { __aslStudioFailPane?: string }).__aslStudioFailPane = 'Run controls'));
      await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
      await expect(page.getByRole('alert', { name: 'Run controls failed' })).toBeVisible();
      await page.screenshot({ path: info.outputPath(`pane-failed-${theme}.png`) });
      await expect(simulationPanel(page)).toBeVisible();
    });
  }
});
