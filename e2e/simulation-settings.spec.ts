import { expect, test } from '@playwright/test';
import { openApp, openSimulation } from './helpers.ts';

test('simulation input and presets are saved with the workflow and follow the workflow that is open', async ({ page }) => {
  await openApp(page);
  let panel = await openSimulation(page);
  const input = panel.getByLabel('Execution input (JSON)');
  await input.fill('{"customer": "ada"}');
  await panel.getByLabel('Preset name').fill('Ada');
  await panel.getByRole('button', { name: 'Save preset' }).click();
  await expect(panel.getByRole('button', { name: 'Load preset Ada' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  // A reload restores them (IndexedDB autosave), with the workflow.
  await page.reload();
  panel = await openSimulation(page);
  await expect(panel.getByLabel('Execution input (JSON)')).toHaveValue('{"customer": "ada"}');
  await expect(panel.getByRole('button', { name: 'Load preset Ada' })).toBeVisible();

  // Another workflow has its own (empty) settings; coming back brings these back.
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  const lib = page.getByRole('dialog', { name: 'Workflows' });
  await lib.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Choice branching' }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Choice branching');
  await expect(panel.getByLabel('Execution input (JSON)')).toHaveValue('{}');
  await expect(panel.getByRole('button', { name: 'Load preset Ada' })).toHaveCount(0);
  await lib.getByRole('button', { name: 'Open Microservices workflow' }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText('Microservices workflow');
  await expect(panel.getByLabel('Execution input (JSON)')).toHaveValue('{"customer": "ada"}');
});
