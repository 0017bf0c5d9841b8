/**
 * Opening a state machine from AWS adds it to the library as a new workflow named after the machine (issue 19):
 * the open workflow is never overwritten.
 */
import { connect, keepLocal } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { editorText, openApp, replaceEditorText, stateNode } from './helpers.ts';

const EDITED = `{
  "Comment": "local work in progress",
  "StartAt": "Mine",
  "States": { "Mine": { "Type": "Pass", "End": true } }
}
`;

test('Open from AWS adds a new workflow named after the machine; the open workflow stays as it was', async ({ page, fakeSfnUrl }) => {
  await keepLocal(page);
  await openApp(page);
  await replaceEditorText(page, EDITED);
  await expect(stateNode(page, 'Mine')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  const dialog = await connect(page, fakeSfnUrl);
  await dialog.getByRole('button', { name: 'List state machines' }).click();
  await dialog.getByRole('button', { name: 'Open HelloWorld' }).click();
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await expect(page.getByTestId('workflow-name')).toHaveText('HelloWorld');
  await expect(dialog.getByRole('heading', { name: 'Run HelloWorld' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close AWS panel' }).click();

  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  const lib = page.getByRole('dialog', { name: 'Workflows' });
  await expect(lib.getByRole('button', { name: 'Open HelloWorld' })).toBeVisible();
  await lib.getByRole('button', { name: 'Open Microservices workflow' }).click();
  await expect(stateNode(page, 'Mine')).toBeVisible();
  expect(await editorText(page)).toBe(EDITED);
});
