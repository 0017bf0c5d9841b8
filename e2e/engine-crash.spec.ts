import { expect, test } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { editorText, executionStatus, openApp, openSimulation, stateNode } from './helpers.ts';

test('the simulation engine crashing mid-run aborts the run, says so, keeps the workflow, and Run works again', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'PlaceOrder').click({ button: 'right' });
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Paused at PlaceOrder');
  await page.evaluate(() => (window as unknown as { __aslStudioSimulation: { crashEngine(): void } }).__aslStudioSimulation.crashEngine());
  await expect(executionStatus(page)).toHaveText('Aborted');
  await expect(panel.getByText('The simulation engine stopped unexpectedly').first()).toBeVisible();
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'aborted');
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'succeeded');
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
  // A fresh engine runs the next execution to the end.
  await stateNode(page, 'PlaceOrder').click({ button: 'right' });
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');
});
