/**
 * A big load's follow-up work (its text handed to the code editor, its validation) waits for the canvas's first
 * view: the user sees the laid-out machine where it opens before the main thread turns to the editor (~0.3 s at
 * 5,000 states), not after.
 */
import { expect, test } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { clickEditorText, editorText, loadDocument, openApp } from './helpers.ts';

interface Hooks {
  __aslStudio: { editorTextLength(): number; bracketColours(): boolean };
  __atReady: number[];
}

test('a big text reaches the editor after the canvas shows its first view', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas).toHaveAttribute('data-layout-status', 'ready');
  // Each time the canvas turns "ready": how much of the text the editor holds then.
  await page.evaluate(() => {
    const section = document.querySelector('section[aria-label="Workflow canvas"]')!;
    const w = window as unknown as Hooks;
    w.__atReady = [];
    new MutationObserver(() => {
      if (section.getAttribute('data-layout-status') === 'ready') w.__atReady.push(w.__aslStudio.editorTextLength());
    }).observe(section, { attributes: true, attributeFilter: ['data-layout-status'] });
  });
  // Over DEFER_CHANGE_CHARS (sync.ts): the editor is handed this text once the canvas has painted it. At 5,000 states
  // the hand-off used to win the race with the first view (at 1,000 and 2,500 it did not).
  const text = JSON.stringify(generateRealisticMachine(5000, 2), null, 2);
  await loadDocument(page, text);
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
  await expect(canvas).toHaveAttribute('data-layout-status', 'ready');
  await expect.poll(() => page.evaluate(() => (window as unknown as Hooks).__aslStudio.editorTextLength())).toBe(text.length);
  const atReady = await page.evaluate(() => (window as unknown as Hooks).__atReady);
  // Before, the editor took the text between the layout and the first view, which it delayed.
  expect(atReady).toHaveLength(1);
  expect(atReady[0]).toBeLessThan(text.length);
});

test('keys typed into the editor while a big text waits for the canvas are dropped, not mixed into it', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas).toHaveAttribute('data-layout-status', 'ready');
  // The caret in the editor, as a person would have it before opening a file.
  await clickEditorText(page, '"StartAt"');
  const text = JSON.stringify(generateRealisticMachine(5000, 3), null, 2);
  await loadDocument(page, text);
  // Typed at once: the canvas takes about a second to lay out 5,000 states, so these keys land while it does.
  await page.keyboard.type('zzz');
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
  await expect.poll(() => page.evaluate(() => (window as unknown as Hooks).__aslStudio.editorTextLength()), { timeout: 60_000 }).toBe(text.length);
  expect(await editorText(page)).toBe(text);
  expect(await page.evaluate(() => (window as unknown as { __aslStudioBench: { doc(): { textLength: number } } }).__aslStudioBench.doc().textLength)).toBe(text.length);
});

test('a big text is shown without bracket pair colours, a small one with them', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas).toHaveAttribute('data-layout-status', 'ready');
  const colours = () => page.evaluate(() => (window as unknown as Hooks).__aslStudio.bracketColours());
  expect(await colours()).toBe(true);
  // Over BRACKET_COLOURS_MAX_CHARS (sync.ts): Monaco would parse all 1.6 MB for them on its first render.
  const big = JSON.stringify(generateRealisticMachine(5000, 4), null, 2);
  await loadDocument(page, big);
  await expect.poll(() => page.evaluate(() => (window as unknown as Hooks).__aslStudio.editorTextLength()), { timeout: 60_000 }).toBe(big.length);
  expect(await colours()).toBe(false);
  // The editor still shows the text (its first line) and matches brackets.
  await expect(page.getByRole('region', { name: 'ASL definition' }).locator('.view-line').first()).toHaveText('{');
  const small = JSON.stringify(generateRealisticMachine(20, 4), null, 2);
  await loadDocument(page, small);
  await expect.poll(() => page.evaluate(() => (window as unknown as Hooks).__aslStudio.editorTextLength())).toBe(small.length);
  expect(await colours()).toBe(true);
});
