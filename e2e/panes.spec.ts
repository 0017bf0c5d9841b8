import { expect, test, type Page } from '@playwright/test';
import { editorText, openApp, openSimulation, stateNode } from './helpers.ts';
import { canvas } from './canvas-helpers.ts';
import { box, expectAllUsable, expectUsable } from './viewport-helpers.ts';

const palette = (page: Page) => page.getByRole('navigation', { name: 'Palette' });
const editor = (page: Page) => page.getByRole('region', { name: 'ASL definition' });
const side = (page: Page) => page.getByRole('complementary', { name: 'Side panel' });
const separator = (page: Page, name: string) => page.getByRole('separator', { name });
const view = (page: Page, name: 'Design' | 'Code' | 'Split') => page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name });
const width = async (locator: ReturnType<typeof canvas>) => (await box(locator)).width;

/** The middle of the drawing's states, relative to the canvas's own middle (px). */
async function drawingOffset(page: Page): Promise<{ dx: number; dy: number }> {
  const c = await box(canvas(page));
  const nodes = await Promise.all((await page.locator('[data-state-name]').all()).map((n) => box(n)));
  const left = Math.min(...nodes.map((n) => n.x));
  const right = Math.max(...nodes.map((n) => n.x + n.width));
  const top = Math.min(...nodes.map((n) => n.y));
  const bottom = Math.max(...nodes.map((n) => n.y + n.height));
  return { dx: (left + right) / 2 - (c.x + c.width / 2), dy: (top + bottom) / 2 - (c.y + c.height / 2) };
}

test('the panes resize with the keyboard and the pointer through ARIA separators, and keep their sizes', async ({ page }) => {
  test.slow(); // two loads of the app
  await openApp(page);
  const seps = page.getByRole('separator');
  await expect(seps).toHaveCount(3);
  await expectAllUsable(seps);
  for (const name of ['Resize the palette', 'Resize the code editor', 'Resize the side panel']) {
    const sep = separator(page, name);
    await expect(sep).toHaveAttribute('aria-orientation', 'vertical');
    for (const attr of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax']) await expect(sep).toHaveAttribute(attr, /^\d+(\.\d+)?$/);
  }

  // Keyboard: the editor's separator moves left by 5% of the workspace per arrow key; the editor grows.
  const editorBefore = await width(editor(page));
  const canvasBefore = await width(canvas(page));
  await separator(page, 'Resize the code editor').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => width(canvas(page))).toBeLessThan(canvasBefore - 60);
  await expect.poll(() => width(editor(page))).toBeGreaterThan(editorBefore + 60);

  // The pointer: drag the palette's separator 60 px to the right.
  const paletteBefore = await width(palette(page));
  const sep = await box(separator(page, 'Resize the palette'));
  await page.mouse.move(sep.x + sep.width / 2, sep.y + sep.height / 2);
  await page.mouse.down();
  await page.mouse.move(sep.x + sep.width / 2 + 30, sep.y + sep.height / 2, { steps: 4 });
  await page.mouse.move(sep.x + sep.width / 2 + 60, sep.y + sep.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => width(palette(page))).toBeGreaterThan(paletteBefore + 50);

  // Remembered: the same widths after a reload.
  const paletteAfter = await width(palette(page));
  const canvasAfter = await width(canvas(page));
  await openApp(page);
  await expect.poll(() => width(palette(page))).toBeCloseTo(paletteAfter, -1);
  await expect.poll(() => width(canvas(page))).toBeCloseTo(canvasAfter, -1);
});

test('Design, Code and Split show the panes of each view, keep the editor and canvas alive, and are remembered', async ({ page }) => {
  test.slow(); // two loads of the app
  await openApp(page);
  const viewport = page.viewportSize()!;
  const split = await width(canvas(page));
  await expectAllUsable(page.getByRole('radiogroup', { name: 'View' }).getByRole('radio'));
  await expect(view(page, 'Split')).toHaveAttribute('aria-checked', 'true');

  await view(page, 'Design').click();
  await expect(view(page, 'Design')).toHaveAttribute('aria-checked', 'true');
  await expect(editor(page)).toBeHidden();
  await expect.poll(() => width(canvas(page))).toBeGreaterThan(split + 150);
  await expect.poll(async () => (await width(canvas(page))) / viewport.width).toBeGreaterThan(0.6);
  await expectUsable(stateNode(page, 'PlaceOrder'));

  await view(page, 'Code').click();
  await expect(canvas(page)).toBeHidden();
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Palette' })).toBeDisabled();
  await expect.poll(async () => (await width(editor(page))) / viewport.width).toBeGreaterThan(0.55);
  // The editor was not rebuilt: it is ready at once and types into the same document.
  await expect(editor(page)).toHaveAttribute('data-editor-status', 'ready');
  await editor(page).locator('.view-line', { hasText: '"StartAt"' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  expect(await editorText(page)).toContain('"PlaceOrder"');

  // Arrow keys move the choice, as in any radio group; the choice is remembered.
  await view(page, 'Code').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(view(page, 'Design')).toBeFocused();
  await expect(view(page, 'Design')).toHaveAttribute('aria-checked', 'true');
  await expect(canvas(page)).toBeVisible();
  await expectUsable(stateNode(page, 'CreateUser'));
  await page.reload();
  await expect(view(page, 'Design')).toHaveAttribute('aria-checked', 'true');
  await expect(canvas(page)).toHaveAttribute('data-layout-status', 'ready', { timeout: 30_000 });
  await expect(editor(page)).toBeHidden();
  await expectUsable(stateNode(page, 'SendNotification'));

  await view(page, 'Split').click();
  await expect(editor(page)).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });
  await expect.poll(() => width(canvas(page))).toBeCloseTo(split, -1);
});

test('the palette and the side panel collapse and open; F6 skips a hidden pane; F5 opens the side panel', async ({ page }) => {
  await openApp(page);
  const togglePalette = page.getByRole('button', { name: 'Palette' });
  const toggleSide = page.getByRole('button', { name: 'Side panel' });
  await expectUsable(togglePalette);
  await expectUsable(toggleSide);
  const before = await width(canvas(page));

  await togglePalette.click();
  await expect(togglePalette).toHaveAttribute('aria-expanded', 'false');
  await expect(palette(page)).toBeHidden();
  await toggleSide.click();
  await expect(toggleSide).toHaveAttribute('aria-expanded', 'false');
  await expect(side(page)).toBeHidden();
  await expect.poll(() => width(canvas(page))).toBeGreaterThan(before + 350);

  // F6 goes from the canvas to the editor and back to the canvas: the hidden panes are skipped.
  await stateNode(page, 'PlaceOrder').click();
  await page.keyboard.press('F6');
  await expect(editor(page).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(canvas(page).locator(':focus')).toHaveCount(1);

  await togglePalette.click();
  await expect(palette(page)).toBeVisible();
  await expectUsable(page.getByRole('button', { name: 'Add Pass state' }));
  // F5 runs the simulation: the side panel opens on the Simulation tab.
  await page.keyboard.press('F5');
  await expect(side(page)).toBeVisible();
  await expect(toggleSide).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('tab', { name: 'Simulation', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Simulation' }).getByTestId('execution-status')).toHaveText(/Succeeded/);
});

test('the canvas refits when its size changes, unless the user has moved the view since', async ({ page }) => {
  await openApp(page);
  await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
  const centred = async () => {
    const { dx, dy } = await drawingOffset(page);
    return Math.abs(dx) < 30 && Math.abs(dy) < 30;
  };
  await expect.poll(centred).toBe(true);
  const toggleSide = page.getByRole('button', { name: 'Side panel' });
  await toggleSide.click();
  await expect(side(page)).toBeHidden();
  // The canvas grew by the side panel's width: the drawing is centred again.
  await expect.poll(centred).toBe(true);

  // The user pans the view: a later change of size leaves it where the user put it.
  const c = await box(canvas(page));
  await page.mouse.move(c.x + 60, c.y + c.height - 60);
  await page.mouse.down();
  await page.mouse.move(c.x + 140, c.y + c.height - 100, { steps: 6 });
  await page.mouse.up();
  const moved = await box(stateNode(page, 'PlaceOrder'));
  await toggleSide.click();
  await expect(side(page)).toBeVisible();
  await expect.poll(async () => (await box(stateNode(page, 'PlaceOrder'))).x).toBeCloseTo(moved.x, 0);

  // Fit View fits again, and the next change of size refits.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(centred).toBe(true);
  await page.getByRole('button', { name: 'Palette' }).click();
  await expect(palette(page)).toBeHidden();
  await expect.poll(centred).toBe(true);
});

test('the minimap never covers a state: hidden on a narrow canvas, and a toggle that is remembered', async ({ page }) => {
  test.slow(); // two loads of the app
  await openApp(page);
  const minimap = page.getByRole('img', { name: 'Minimap' }).or(page.locator('.react-flow__minimap'));
  const toggle = page.getByRole('button', { name: 'Minimap' });
  const covers = async () => {
    const m = await minimap.first().boundingBox();
    if (!m) return false;
    const nodes = await Promise.all((await page.locator('.react-flow__node').all()).map((n) => n.boundingBox()));
    return nodes.some((n) => n && n.x < m.x + m.width && n.x + n.width > m.x && n.y < m.y + m.height && n.y + n.height > m.y);
  };
  const narrowOrWide = async () => ((await width(canvas(page))) >= 700 ? 'wide' : 'narrow');
  // At this window's default sizes: shown on a wide canvas, never over a state; hidden on a narrow one.
  if ((await narrowOrWide()) === 'wide') {
    await expect(minimap.first()).toBeVisible();
    await expectUsable(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(covers).toBe(false);
  } else {
    await expect(minimap).toHaveCount(0);
    await expect(toggle).toBeDisabled();
  }
  // Design view: the canvas is wide; the minimap shows, clear of the states (Fit View too).
  await view(page, 'Design').click();
  await expect.poll(narrowOrWide).toBe('wide');
  await expect(minimap.first()).toBeVisible();
  await expect.poll(covers).toBe(false);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(covers).toBe(false);
  // The simulation's wider side panel leaves a narrower canvas; in Split the minimap goes.
  await openSimulation(page);
  await view(page, 'Split').click();
  if ((await narrowOrWide()) === 'narrow') await expect(minimap).toHaveCount(0);
  await view(page, 'Design').click();
  await expectUsable(toggle);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(minimap).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Minimap' })).toHaveAttribute('aria-pressed', 'false');
  await expect(minimap).toHaveCount(0);
});
