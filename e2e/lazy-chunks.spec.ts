/**
 * Code that the first screen does not need arrives after it, in chunks of its own (issue 16, point 6): the toolbar's
 * menus. A control pressed before its chunk has arrived still works once it is there: the press is not lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';
import { saveStatus } from './never-lost-helpers.ts';

/** Hold the requests for a chunk until `release` is called; `asked` resolves when the page first asks for it. */
async function holdChunk(page: Page, pattern: string): Promise<{ asked: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let asked!: () => void;
  const askedP = new Promise<void>((r) => (asked = r));
  await page.route(pattern, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { asked: askedP, release };
}

/** Every script the page has fetched so far (resource timing), by file name. */
async function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? '').filter((n) => n.endsWith('.js')));
}

test.describe('toolbar menus load on first use', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a menu clicked before its chunk arrives opens when it does', async ({ page }) => {
    const chunk = await holdChunk(page, '**/assets/menuRadix-*.js');
    await openApp(page);
    expect((await scriptsLoaded(page)).filter((n) => n.startsWith('menuRadix-'))).toEqual([]);
    const help = page.getByRole('button', { name: 'Help', exact: true });
    await help.click();
    await chunk.asked;
    await expect(page.getByRole('menu', { name: 'Help' })).toHaveCount(0);
    chunk.release();
    const menu = page.getByRole('menu', { name: 'Help' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });

  test('Enter on a menu button before its chunk arrives opens the menu on its first item', async ({ page }) => {
    const chunk = await holdChunk(page, '**/assets/menuRadix-*.js');
    await openApp(page);
    const file = page.getByRole('button', { name: 'File', exact: true });
    await file.focus();
    await chunk.asked;
    await page.keyboard.press('Enter');
    chunk.release();
    const menu = page.getByRole('menu', { name: 'File' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'New workflow' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Open from library…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(file).toBeFocused();
  });

  test('a menu button focused while its chunk arrives keeps the focus', async ({ page }) => {
    const chunk = await holdChunk(page, '**/assets/menuRadix-*.js');
    await openApp(page);
    const view = page.getByRole('button', { name: 'View', exact: true });
    await view.focus();
    await chunk.asked;
    chunk.release();
    // Radix's trigger (the menu's chunk has arrived) has an id; the plain button has none.
    await expect(view).toHaveAttribute('id', /.+/);
    await expect(view).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu', { name: 'View' }).getByRole('menuitemradio').first()).toBeFocused();
  });
});

/** The boxes of the pane hosts (palette, canvas, editor, side panel), rounded to whole pixels. */
async function paneBoxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.pane-host')].map((el) => {
        const r = el.getBoundingClientRect();
        return [el.dataset.pane ?? '?', [r.left, r.top, r.width, r.height].map(Math.round)];
      }),
    ),
  );
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`the panes stand at their sizes before the resizable panels arrive, and stay near there (${size.width}x${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    const chunk = await holdChunk(page, '**/assets/PanelGroup-*.js');
    await page.goto('/');
    await chunk.asked;
    // The first screen without the panels' chunk: the canvas draws the machine, no separator is draggable yet.
    await expect(page.locator('[data-state-name="PlaceOrder"]')).toBeVisible();
    await expect(page.getByRole('separator')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
    const before = await paneBoxes(page);
    expect(before.canvas?.[2]).toBeGreaterThan(400);
    chunk.release();
    await expect(page.getByRole('separator', { name: 'Resize the side panel' })).toBeVisible();
    // The panel group shares the separators' width out by its own rounding: a few pixels at most.
    const after = await paneBoxes(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [pane, box] of Object.entries(after)) {
      box.forEach((v, i) => expect(Math.abs(v - (before[pane]?.[i] ?? NaN)), `${pane} [${i}]: ${before[pane]?.[i]} -> ${v}`).toBeLessThanOrEqual(6));
    }
  });
}

test('focus stays where it is when the resizable panels arrive (F6 to a canvas node, then the chunk)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const chunk = await holdChunk(page, '**/assets/PanelGroup-*.js');
  await page.goto('/');
  await chunk.asked;
  const node = page.locator('.react-flow__node[data-id="CreateUser"]');
  await expect(node).toBeVisible();
  await page.keyboard.press('F6');
  await expect(page.getByRole('navigation', { name: 'Palette' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(page.getByRole('region', { name: 'Workflow canvas' }).locator(':focus')).toHaveCount(1);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.tagName);
  chunk.release();
  await expect(page.getByRole('separator', { name: 'Resize the side panel' })).toBeVisible();
  // The same element keeps the focus, and F6 goes on from the canvas to the code editor.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.tagName)).toBe(focused);
  await expect(page.getByRole('region', { name: 'Workflow canvas' }).locator(':focus')).toHaveCount(1);
});

test("a rename made before the simulation settings' chunk arrives carries the Task's mock along", async ({ page }) => {
  // A mock of the user's own for SendNotification, saved with the workflow.
  await openApp(page);
  await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Simulation' });
  await panel.getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name: 'Mocks' }).click();
  const mocks = panel.getByRole('tabpanel', { name: 'Mocks' });
  await mocks.getByLabel('Mock kind for SendNotification').selectOption('code');
  await mocks.getByLabel('Mock code for SendNotification').fill('export async function handler(event) {\n  return { status: "mine" };\n}\n');
  await expect(saveStatus(page)).toHaveText(/Saved/);
  await page.getByRole('tab', { name: 'Inspector', exact: true }).click();

  // Reloaded with the settings' chunk held back: the Task is renamed before the mocks' store exists.
  const chunk = await holdChunk(page, '**/assets/settings-*.js');
  await page.reload();
  await chunk.asked;
  await page.locator('[data-state-name="SendNotification"]').click();
  await page.keyboard.press('F2');
  const input = page.getByRole('textbox', { name: 'New name for SendNotification' });
  await input.fill('Notify');
  await input.press('Enter');
  await expect(page.locator('[data-state-name="Notify"]')).toBeVisible();
  expect((await scriptsLoaded(page)).filter((n) => n.startsWith('settings-'))).toEqual([]);
  chunk.release();

  await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
  await panel.getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name: 'Mocks' }).click();
  await expect(mocks.getByLabel('Mock code for Notify')).toHaveValue(/"mine"/);
});
