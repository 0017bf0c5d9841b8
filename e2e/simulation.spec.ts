import { expect, test } from '@playwright/test';
import { executionStatus, openApp, openSimulation, stateNode } from './helpers.ts';

test('runs the seed workflow: every node succeeds and the output is shown', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  for (const name of ['CreateUser', 'PlaceOrder', 'SendNotification']) {
    await expect(stateNode(page, name)).toHaveAttribute('data-status', 'succeeded');
  }
  await expect(panel.getByLabel('Execution output')).toHaveText('{"status":"Notification sent successfully"}');
  await expect(panel.getByRole('status').first()).toContainText('Execution succeeded');
});
