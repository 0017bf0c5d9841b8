/**
 * New and Open never overwrite the open workflow (issue 19): File › New adds an empty workflow to the library
 * (the open one stays as it was, nothing blank is autosaved over it), and the Workflows dialog closes once a
 * workflow is open.
 */
import { expect, test, type Page } from '@playwright/test';
import { editorText, openApp, openMenu, replaceEditorText, stateNode } from './helpers.ts';

const workflowName = (page: Page) => page.getByTestId('workflow-name');
const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
const drawer = (page: Page) => page.getByRole('dialog', { name: 'Workflows' });

const EDITED = `{
  "Comment": "my edits",
  "StartAt": "Hello",
  "States": { "Hello": { "Type": "Pass", "End": true } }
}
`;

test('File › New opens a new empty workflow and leaves the open one in the library unchanged', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, EDITED);
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Saved');
  const file = await openMenu(page, 'File');
  // The first item of the File menu is New (its wording before issue 19 was "New empty definition").
  await file.getByRole('menuitem', { name: /^New/ }).first().click();
  await expect(page.locator('[data-state-name]')).toHaveCount(0);
  await expect(workflowName(page)).not.toHaveText('Microservices workflow');
  await expect(saveStatus(page)).toHaveText('Saved');

  // The edited workflow is still in the library, as it was, and opens again.
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  await drawer(page).getByRole('button', { name: 'Open Microservices workflow' }).click();
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(stateNode(page, 'Hello')).toBeVisible();
  expect(await editorText(page)).toBe(EDITED);
});

test('the Workflows dialog closes after opening a workflow', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  await drawer(page).getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Choice branching' }).click();
  await expect(workflowName(page)).toHaveText('Choice branching');
  await expect(drawer(page)).toBeVisible();
  await drawer(page).getByRole('button', { name: 'Open Microservices workflow' }).click();
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(drawer(page)).toHaveCount(0);
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
});

test('File › Revert to opened brings back the workflow as opened, and Undo brings the edits back', async ({ page }) => {
  await openApp(page);
  const original = await editorText(page);
  let file = await openMenu(page, 'File');
  await expect(file.getByRole('menuitem', { name: 'Revert to opened' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await replaceEditorText(page, EDITED);
  await expect(stateNode(page, 'Hello')).toBeVisible();
  file = await openMenu(page, 'File');
  await file.getByRole('menuitem', { name: 'Revert to opened' }).click();
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  await expect(stateNode(page, 'Hello')).toHaveCount(0);
  await expect.poll(() => editorText(page)).toBe(original);
  await expect(workflowName(page)).toHaveText('Microservices workflow');

  // One undoable step: Undo (the toolbar button, as a user clicks it) brings the edits back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await expect.poll(() => editorText(page)).toBe(EDITED);
  await expect(saveStatus(page)).toHaveText('Saved');
});

test('File › Open from library shows the Workflows dialog; the open workflow stays as it is', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, EDITED);
  await expect(saveStatus(page)).toHaveText('Saved');
  const file = await openMenu(page, 'File');
  await file.getByRole('menuitem', { name: 'Open from library…' }).click();
  await expect(drawer(page)).toBeVisible();
  await expect(drawer(page).getByRole('button', { name: 'Open Microservices workflow' })).toBeVisible();
  expect(await editorText(page)).toBe(EDITED);
});
