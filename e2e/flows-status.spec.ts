/**
 * The header agrees with Problems, and the breakpoint mark is not the catch handle's red dot (issue 19).
 */
import { expect, test } from '@playwright/test';
import { openApp, replaceEditorText, stateNode } from './helpers.ts';

test('the header never says "Definition valid" while Problems lists an error', async ({ page }) => {
  await openApp(page);
  const status = page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('status').filter({ hasText: /valid|error/i });
  await expect(status).toHaveText('Definition valid');
  // StartAt names a state that does not exist: a validation error (the text parses).
  await replaceEditorText(page, '{\n  "StartAt": "Missing",\n  "States": { "Hello": { "Type": "Pass", "End": true } }\n}\n');
  await expect(stateNode(page, 'Hello')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.locator('.problem-error')).not.toHaveCount(0);
  const errors = await problems.locator('.problem-error').count();
  await expect(status).not.toHaveText(/valid/i);
  await expect(status).toHaveText(new RegExp(`^${errors} errors? `));
});

for (const theme of ['light', 'dark'] as const) {
  test(`the breakpoint mark differs from the catch handle in shape and colour (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    await stateNode(page, 'PlaceOrder').click({ button: 'right' });
    const mark = stateNode(page, 'PlaceOrder').getByRole('img', { name: 'Breakpoint' });
    await expect(mark).toBeVisible();
    const catchHandle = stateNode(page, 'PlaceOrder').locator('.react-flow__handle[data-handleid="catch-new"]');
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return { colour: s.backgroundColor, radius: s.borderTopLeftRadius, transform: s.transform };
    };
    const [bp, handle] = [await mark.evaluate(look), await catchHandle.evaluate(look)];
    expect(bp.colour).not.toBe(handle.colour);
    // A diamond (a rotated square), not a dot.
    expect(bp.transform).not.toBe('none');
    expect(bp.radius).not.toBe('50%');
  });
}
