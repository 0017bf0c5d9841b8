/**
 * Run colours after an edit, and in images (issue 19): the first edit after a run (a rename too) marks the run's
 * colours on the canvas as out of date; SVG/PNG exports leave the run colours out unless File › "Run colours in
 * images" says Include.
 */
import { expect, test, type Page } from '@playwright/test';
import { downloadBytes, downloadFromMenu } from './never-lost-helpers.ts';
import { executionStatus, openApp, openMenu, openSimulation, stateNode } from './helpers.ts';

async function runSeed(page: Page): Promise<void> {
  await openApp(page);
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText(/Succeeded/);
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');
}

test('renaming a state after a run marks the run colours as out of date; Clear removes them', async ({ page }) => {
  await runSeed(page);
  await expect(stateNode(page, 'CreateUser')).not.toHaveAttribute('data-run-stale', 'true');
  await stateNode(page, 'SendNotification').click({ position: { x: 30, y: 12 } });
  await page.keyboard.press('F2');
  const input = page.getByRole('textbox', { name: 'New name for SendNotification' });
  await input.fill('Notify');
  await input.press('Enter');
  await expect(stateNode(page, 'Notify')).toBeVisible();
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-run-stale', 'true');
  await expect(stateNode(page, 'CreateUser').getByRole('img', { name: 'succeeded (before your last edit)' })).toBeVisible();
  const banner = page.getByTestId('run-stale');
  await expect(banner).toContainText('before your last edit');
  await banner.getByRole('button', { name: 'Clear run colours' }).click();
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'not-run');
  await expect(banner).toHaveCount(0);
});

/** The fill of a state's accent strip and the strokes of the edges in an exported SVG. */
function svgFacts(svg: string, state: string): { accent: string | undefined; strokes: string[] } {
  const group = new RegExp(`<g class="state" data-state-name="${state}"><rect[^>]*/><rect[^>]*fill="([^"]+)"`).exec(svg);
  const strokes = [...svg.matchAll(/<path d="[^"]*" fill="none" stroke="([^"]+)" stroke-width/g)].map((m) => m[1]!);
  return { accent: group?.[1], strokes };
}

const norm = (c: string | undefined) => (c ?? '').replace(/\s/g, '').toLowerCase();

test('an SVG export after a run leaves the run colours out unless asked to include them', async ({ page }) => {
  test.setTimeout(120_000);
  await runSeed(page);
  const ok = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--st-ok)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  const plain = svgFacts((await downloadBytes(await downloadFromMenu(page, 'Download graph as SVG', 'light'))).toString('utf8'), 'CreateUser');
  // The Task accent (as without a run), and no edge drawn in the succeeded green.
  expect(norm(plain.accent)).toMatch(/^(#d45b07|rgb\(212,91,7\))$/);
  expect(plain.strokes.map(norm)).not.toContain(norm(ok));

  const file = await openMenu(page, 'File');
  const include = file.getByRole('group', { name: 'Run colours in images' }).getByRole('menuitemradio', { name: 'Include' });
  await include.click();
  await expect(include).toBeChecked();
  await page.keyboard.press('Escape');
  const coloured = svgFacts((await downloadBytes(await downloadFromMenu(page, 'Download graph as SVG'))).toString('utf8'), 'CreateUser');
  expect(norm(coloured.accent)).toBe(norm(ok));
  expect(coloured.strokes.map(norm)).toContain(norm(ok));
});
