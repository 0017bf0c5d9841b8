import { expect, test } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { clickEditorText, editorSelectedText, editorText, loadDocument, openApp, replaceEditorText, stateNode } from './helpers.ts';

test('one history: undo from the canvas undoes an edit typed in the editor, and redo brings it back', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, SEED_DEFINITION_TEXT.replaceAll('PlaceOrder', 'SubmitOrder'));
  await expect(stateNode(page, 'SubmitOrder')).toBeVisible();
  // Focus the canvas (not the editor) and undo there.
  await page.getByRole('region', { name: 'Workflow canvas' }).locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
  await expect.poll(() => editorText(page)).toBe(SEED_DEFINITION_TEXT);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(stateNode(page, 'SubmitOrder')).toBeVisible();
  await expect.poll(() => editorText(page)).toContain('"SubmitOrder"');
});

test('undo in the editor goes through the same history', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, SEED_DEFINITION_TEXT.replaceAll('SendNotification', 'Notify'));
  await expect(stateNode(page, 'Notify')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(stateNode(page, 'SendNotification')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('selection syncs both ways between canvas and editor', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'SendNotification').click();
  await expect.poll(() => editorSelectedText(page)).toBe('SendNotification');
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('SendNotification');
  await clickEditorText(page, '"ResultPath": "$.user"');
  await expect(stateNode(page, 'CreateUser')).toHaveClass(/selected/);
  await expect(stateNode(page, 'SendNotification')).not.toHaveClass(/selected/);
});

test('a canvas edit flashes the changed text in the editor; opening another document does not flash it all', async ({ page }) => {
  await openApp(page);
  // Records whether a flash decoration was ever drawn, so a short flash cannot be missed between two reads.
  const watchFlash = () =>
    page.evaluate(() => {
      const w = window as unknown as { __flashed: boolean };
      w.__flashed = false;
      new MutationObserver(() => {
        if (document.querySelector('.monaco-editor .changed-range')) w.__flashed = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
  const flashed = () => page.evaluate(() => (window as unknown as { __flashed: boolean }).__flashed);

  await watchFlash();
  await stateNode(page, 'SendNotification').click();
  await page.keyboard.press('Delete');
  await expect(stateNode(page, 'SendNotification')).toHaveCount(0);
  await expect.poll(flashed).toBe(true);

  await expect(page.locator('.monaco-editor .changed-range')).toHaveCount(0);
  await watchFlash();
  const other = JSON.stringify({ Comment: 'Another machine', StartAt: 'Only', States: { Only: { Type: 'Pass', End: true } } }, null, 2);
  await loadDocument(page, other);
  await expect(stateNode(page, 'Only')).toBeVisible();
  await expect.poll(() => editorText(page)).toBe(other);
  expect(await flashed()).toBe(false);
});
