/**
 * Finding one's way in a 1,000-state machine (only the visible part of the canvas is rendered): an opened machine
 * and a change of layout direction show its start, not an empty part of the plane; Go to state; the canvas follows
 * the code editor; state pickers of a big scope are built when used.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { editorJson, loadDocument, menuRadio, openApp } from './helpers.ts';

async function openBig(page: Page): Promise<void> {
  await openApp(page);
  // Opened as a file is.
  const text = JSON.stringify(generateRealisticMachine(1000, 2), null, 2);
  await loadDocument(page, text);
  // The new document on the canvas first (until then the attribute speaks of the seed), then laid out and in view.
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeAttached();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  // A text this big reaches the code editor after the canvas has painted.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __aslStudio: { editorTextLength(): number } }).__aslStudio.editorTextLength())).toBe(text.length);
}

test('the canvas says "ready" only once it shows the opened machine, laid out, in its first view', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  // Every time the attribute turns to "ready": is the new machine drawn, and where is the view?
  await page.evaluate(() => {
    const canvas = document.querySelector('section[aria-label="Workflow canvas"]')!;
    const seen: string[] = [];
    (window as unknown as { __readySeen: string[] }).__readySeen = seen;
    new MutationObserver(() => {
      if (canvas.getAttribute('data-layout-status') !== 'ready') return;
      const drawn = document.querySelector('.react-flow__node[data-id="b0 Task"]') !== null;
      seen.push(`${drawn} ${(document.querySelector('.react-flow__viewport') as HTMLElement).style.transform}`);
    }).observe(canvas, { attributes: true, attributeFilter: ['data-layout-status'] });
  });
  const text = JSON.stringify(generateRealisticMachine(1000, 2), null, 2);
  await loadDocument(page, text);
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const final = await page.locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform);
  // Before, it turned "ready" a frame before the first view was set (the old view showed none of the machine), so
  // a click aimed at a state could land while the drawing moved under it.
  expect(await page.evaluate(() => (window as unknown as { __readySeen: string[] }).__readySeen)).toEqual([`true ${final}`]);
});

test('turning a big machine to left-right shows its start, not an empty canvas', async ({ page }) => {
  await openBig(page);
  await menuRadio(page, 'View', 'Layout direction', 'Left-right');
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
  await menuRadio(page, 'View', 'Layout direction', 'Top-down');
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
});

test('Ctrl+G goes to a state far down the machine: selected, in view, focused, and shown in the editor', async ({ page }) => {
  await openBig(page);
  const target = page.locator('.react-flow__node[data-id="Step 12"]');
  await expect(target).toHaveCount(0); // far out of view: not rendered
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Go to state' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('step 1');
  // Ranked: the name itself, then names that start with it.
  await expect(dialog.getByRole('list', { name: 'States' }).getByRole('button').first()).toHaveText(/^Step 1 ·/);
  await page.keyboard.type('2');
  await expect(dialog.getByRole('status')).toHaveText('1 state');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2 })).toHaveText(/Step 12$/);
  await expect(page.getByRole('region', { name: 'ASL definition' }).locator('.view-lines')).toContainText('"Step 12"');
});

test('a state chosen in the code editor is brought into view on the canvas', async ({ page }) => {
  await openBig(page);
  const target = page.locator('.react-flow__node[data-id="Done"]');
  await expect(target).toHaveCount(0);
  // Monaco's own "go to line" to the last lines, then a click on the state's name there.
  const editor = page.getByRole('region', { name: 'ASL definition' });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await editor.locator('.view-line', { hasText: '"Done"' }).first().click();
  await expect(target).toBeInViewport();
});

test("a big scope's state pickers are built when used: the Next of a state is still chosen from all its siblings", async ({ page }) => {
  await openBig(page);
  await page.locator('.react-flow__node[data-id="b0 Task"]').click({ position: { x: 30, y: 12 } });
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/b0 Task$/);
  // The state's own Next (its Catch has one too, further down).
  const next = inspector.getByLabel('Next', { exact: true }).first();
  await expect(next).toHaveValue('b0 Route');
  // Until it is used, the select holds its value alone (and the empty choice).
  expect(await next.locator('option').count()).toBeLessThanOrEqual(2);
  await next.focus();
  await expect.poll(() => next.locator('option').count()).toBeGreaterThan(400);
  await next.selectOption('Done');
  await expect.poll(() => editorJson(page).then((d) => (d.States as Record<string, { Next?: string }>)['b0 Task']?.Next)).toBe('Done');
});

test('Go to state from the canvas controls focuses a state already in view (not the button it was opened from)', async ({ page }) => {
  await openBig(page);
  await page.getByRole('button', { name: 'Go to state' }).click();
  const dialog = page.getByRole('dialog', { name: 'Go to state' });
  await expect(dialog.getByLabel('State name')).toBeFocused();
  await page.keyboard.type('b0 route');
  await expect(dialog.getByRole('status')).toHaveText('1 state');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node[data-id="b0 Route"]')).toBeFocused();
});

test('keys typed right after Ctrl+G land in the search (the dialog code is fetched while the page is idle)', async ({ page }) => {
  await openApp(page);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/Dialogs-[^/]*\.js$/.test(e.name)));
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+g');
  await page.keyboard.type('placeorder');
  await expect(page.getByRole('dialog', { name: 'Go to state' }).getByLabel('State name')).toHaveValue('placeorder');
});

test('a machine opened before the first layout has arrived is fitted when its own layout arrives', async ({ page }) => {
  // Hold the layout worker's code back: the seed workflow has no layout yet when the big machine is opened.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/layout\.worker-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'pending');
  const text = JSON.stringify(generateRealisticMachine(1000, 2), null, 2);
  await loadDocument(page, text);
  release();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
});
