import { expect, test, type Page } from '@playwright/test';
import { editorText, openApp, replaceEditorText, stateNode } from './helpers.ts';

const YAML_TEXT = `Comment: restored after a reload
StartAt: Hello
States:
  Hello:
    Type: Pass
    End: true
`;

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
const drawer = (page: Page) => page.getByRole('dialog', { name: 'Workflows' });
const workflowName = (page: Page) => page.getByTestId('workflow-name');

async function openDrawer(page: Page) {
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  await expect(drawer(page)).toBeVisible();
  return drawer(page);
}

test('an edit survives a reload exactly: text, format and layout', async ({ page }) => {
  await openApp(page);
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await replaceEditorText(page, YAML_TEXT);
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await page.getByLabel('Layout direction').selectOption('RIGHT');
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready');
  expect(await editorText(page)).toBe(YAML_TEXT);
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await expect(page.getByLabel('Layout direction')).toHaveValue('RIGHT');
  await expect(workflowName(page)).toHaveText('Microservices workflow');
});

test('library: new from a template, rename, duplicate, delete and undo, search, open', async ({ page }) => {
  await openApp(page);
  const lib = await openDrawer(page);
  await lib.getByLabel('Template').selectOption('choice');
  await lib.getByRole('button', { name: 'Create workflow' }).click();
  await expect(workflowName(page)).toHaveText('Choice branching');
  await expect(stateNode(page, 'CheckTotal')).toBeVisible();

  await lib.getByRole('button', { name: 'Rename Choice branching' }).click();
  await lib.getByRole('textbox', { name: 'New name for Choice branching' }).fill('Orders by total');
  await lib.getByRole('textbox', { name: 'New name for Choice branching' }).press('Enter');
  await expect(workflowName(page)).toHaveText('Orders by total');

  await lib.getByRole('button', { name: 'Duplicate Orders by total' }).click();
  await expect(lib.getByRole('button', { name: 'Open Orders by total (copy)' })).toBeVisible();

  await lib.getByRole('button', { name: 'Delete Orders by total (copy)' }).click();
  await expect(lib.getByRole('button', { name: 'Open Orders by total (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(lib.getByRole('button', { name: 'Open Orders by total (copy)' })).toBeVisible();

  await lib.getByRole('searchbox', { name: 'Search workflows' }).fill('micro');
  await expect(lib.getByRole('listitem')).toHaveCount(1);
  await lib.getByRole('button', { name: 'Open Microservices workflow' }).click();
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  expect(await editorText(page)).toContain('"StartAt": "CreateUser"');

  // The last opened workflow opens on start.
  await page.reload();
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
});

test('two tabs on the same workflow: the second writer sees the conflict', async ({ page, context }) => {
  await openApp(page);
  const second = await context.newPage();
  await openApp(second);
  await expect(workflowName(second)).toHaveText('Microservices workflow');
  await replaceEditorText(page, YAML_TEXT);
  await expect(saveStatus(page)).toHaveText('Saved');
  await replaceEditorText(second, YAML_TEXT.replace('Hello', 'Other').replace('Hello', 'Other'));
  const conflict = second.getByRole('alert', { name: 'Conflict' });
  await expect(conflict).toContainText('changed in another tab');
  await conflict.getByRole('button', { name: 'Keep mine (save as copy)' }).click();
  await expect(workflowName(second)).toHaveText('Microservices workflow (copy)');
  await expect(saveStatus(second)).toHaveText('Saved');
  await expect(conflict).toHaveCount(0);
  expect(await editorText(page)).toBe(YAML_TEXT);
});
