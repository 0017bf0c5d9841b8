/**
 * The minimap of a machine far longer than it is wide: drawn filling the minimap's width and scrolling with the view
 * (a generated 1,000-state machine is ~6,400 px wide and 68,000 px tall: fitted whole, it was a line, with a view
 * rectangle one pixel high). Clicking it moves the view there.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { loadDocument, openApp } from './helpers.ts';

test.use({ viewport: { width: 1600, height: 900 } });

/** The view's rectangle in the minimap (the hole in its mask path), in minimap pixels. */
async function viewRect(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const d = (await page.locator('.big-minimap .react-flow__minimap-mask').getAttribute('d')) ?? '';
  const m = /M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z\s*$/.exec(d);
  if (!m) throw new Error(`no view rectangle in ${d}`);
  return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) };
}

const viewportY = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m42);

test("a long machine's minimap shows the view it scrolls with, and a click there moves the view", async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas).toHaveAttribute('data-layout-status', 'ready');
  const text = JSON.stringify(generateRealisticMachine(1000, 1), null, 2);
  await loadDocument(page, text);
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
  await expect(canvas).toHaveAttribute('data-layout-status', 'ready');
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  // The view is a readable rectangle, not a line (fitted whole it was ~1 px high and ~10 px wide).
  const before = await viewRect(page);
  expect(before.height).toBeGreaterThan(15);
  expect(before.width).toBeGreaterThan(15);
  // A click below it, inside the minimap, where a person would click: the minimap is what is under the pointer.
  const box = (await minimap.boundingBox())!;
  const at = { x: box.x + before.x + before.width / 2, y: box.y + Math.min(box.height - 8, before.y + before.height + 40) };
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[aria-label="Minimap"]') !== null, at);
  expect(hit).toBe(true);
  const y0 = await viewportY(page);
  await page.mouse.click(at.x, at.y);
  // The view moved down the machine, and the minimap scrolled with it: the view is back near its middle.
  await expect.poll(() => viewportY(page)).toBeLessThan(y0 - 200);
  await expect.poll(async () => {
    const r = await viewRect(page);
    return Math.abs(r.y + r.height / 2 - box.height / 2);
  }).toBeLessThan(2);
});
