import { expect, test, type Page } from '@playwright/test';
import { editorText, openApp, replaceEditorText, selectState, stateNode, inspector } from './helpers.ts';

/**
 * Hostile content pasted into the editor: markup and script in state names, comments and values must show as text
 * (no dialog, no injected element), and `__proto__` / `constructor` keys must be ordinary names that pollute
 * nothing.
 */

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(2)</script>';
const SVG = '<svg onload=alert(3)>';

/** Fail the test on any dialog (alert/confirm/prompt) the page opens. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test('markup and script in names, comments and values show literally and never run', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openApp(page);
  const definition = {
    Comment: `${SCRIPT} machine comment`,
    StartAt: IMG,
    States: {
      [IMG]: { Type: 'Pass', Comment: SVG, Result: { html: SCRIPT }, Next: SCRIPT },
      [SCRIPT]: {
        Type: 'Choice',
        Choices: [{ Variable: '$.x', StringEquals: IMG, Next: SVG }],
        Default: SVG,
      },
      [SVG]: { Type: 'Fail', Error: IMG, Cause: SCRIPT },
    },
  };
  await replaceEditorText(page, JSON.stringify(definition, null, 2));

  for (const name of [IMG, SCRIPT, SVG]) await expect(stateNode(page, name)).toContainText(name);
  await selectState(page, IMG);
  await expect(inspector(page)).toContainText(SVG);

  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
  expect(await editorText(page)).toContain(IMG);
  expect(dialogs).toEqual([]);
});

test('__proto__ and constructor keys are ordinary names and pollute nothing', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openApp(page);
  const text = `{
  "StartAt": "__proto__",
  "States": {
    "__proto__": {
      "Type": "Pass",
      "Parameters": { "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } } },
      "Next": "constructor"
    },
    "constructor": { "Type": "Pass", "Result": { "__proto__": { "polluted": "yes" } }, "Next": "prototype" },
    "prototype": { "Type": "Succeed" }
  }
}
`;
  await replaceEditorText(page, text);
  for (const name of ['__proto__', 'constructor', 'prototype']) await expect(stateNode(page, name)).toBeVisible();
  await selectState(page, 'constructor');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).includes('polluted'))).toBe(false);
  expect(dialogs).toEqual([]);
});

test('a 1 MB string and 1,000-level nesting load without freezing the page', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openApp(page);
  let deep: unknown = 'bottom';
  for (let i = 0; i < 1000; i++) deep = { [`k${i}`]: deep };
  const definition = { StartAt: 'Big', States: { Big: { Type: 'Pass', Comment: 'x'.repeat(1024 * 1024), Parameters: deep, Next: 'Small' }, Small: { Type: 'Succeed' } } };
  await replaceEditorText(page, JSON.stringify(definition));
  await expect(stateNode(page, 'Small')).toBeVisible({ timeout: 30_000 });
  await expect(stateNode(page, 'Big')).toBeVisible();
  // The main thread still answers: a frame gets painted and an input round-trips within a second.
  const frameMs = await page.evaluate(() => {
    const t0 = performance.now();
    return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - t0)));
  });
  expect(frameMs).toBeLessThan(1000);
  expect((await editorText(page)).length).toBeGreaterThan(1024 * 1024);
  expect(dialogs).toEqual([]);
});
