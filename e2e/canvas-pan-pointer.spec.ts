import { expect, test, type Page } from '@playwright/test';
import { openApp, stateNode } from './helpers.ts';
import { canvas, layoutReady } from './canvas-helpers.ts';
import { box } from './viewport-helpers.ts';

/** Counts, on the document, pressed pointer moves no one has handled (what react-resizable-panels measures on). */
async function countUnhandledMoves(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __unhandledMoves: number };
    w.__unhandledMoves = 0;
    document.addEventListener('pointermove', (e) => {
      if (e.buttons !== 0 && !e.defaultPrevented) w.__unhandledMoves++;
    });
  });
}
const unhandledMoves = (page: Page) => page.evaluate(() => (window as unknown as { __unhandledMoves: number }).__unhandledMoves);

test('a pan on the canvas is the canvas\'s alone; a pane separator dragged over the canvas still resizes', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  const state = stateNode(page, 'SendNotification');
  await expect(state).toBeVisible();
  await countUnhandledMoves(page);

  // Pan from an empty spot of the canvas (its top-left corner, clear of the states): the drawing moves, and no
  // pressed move reaches the document unhandled (react-resizable-panels would measure every separator on each).
  const c = await box(canvas(page));
  const before = await box(state);
  await page.mouse.move(c.x + 20, c.y + 20);
  await page.mouse.down();
  await page.mouse.move(c.x + 60, c.y + 50, { steps: 8 });
  await page.mouse.move(c.x + 100, c.y + 80, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await box(state)).x).toBeGreaterThan(before.x + 50);
  expect(await unhandledMoves(page)).toBe(0);

  // A separator's drag over the canvas is the separator's: the side panel grows as before.
  const sep = await box(page.getByRole('separator', { name: 'Resize the side panel' }));
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  const panelBefore = (await box(panel)).width;
  await page.mouse.move(sep.x + sep.width / 2, sep.y + sep.height / 2);
  await page.mouse.down();
  await page.mouse.move(sep.x + sep.width / 2 - 40, sep.y + sep.height / 2, { steps: 4 });
  await page.mouse.move(sep.x + sep.width / 2 - 80, sep.y + sep.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await box(panel)).width).toBeGreaterThan(panelBefore + 60);
});
