import { expect, test, type Page } from '@playwright/test';
import { executionStatus, openApp, openSimulation, simulationPanel } from './helpers.ts';

async function openTab(page: Page, name: string) {
  await simulationPanel(page).getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name }).click();
  return simulationPanel(page).getByRole('tabpanel', { name });
}

test('a run starts now, a mock takes its duration, and the fixed clock stays available', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  const duration = mocks.getByLabel('Duration for PlaceOrder (ms)');
  await duration.fill('1500');
  await expect(duration).toHaveValue('1500');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  const year = String(new Date().getUTCFullYear());
  await expect(panel.getByLabel('Simulated clock')).toContainText(`${year}-`);
  await expect(panel.getByLabel('Simulated clock')).toContainText('1.500 s');
  const runs = await openTab(page, 'State runs');
  const placeOrder = runs.getByRole('row').filter({ hasText: 'PlaceOrder' });
  await expect(placeOrder).toContainText('1500 ms');
  const notify = runs.getByRole('row').filter({ hasText: 'SendNotification' });
  await expect(notify).toContainText('+1500 ms');

  await panel.getByLabel('Start time').selectOption('fixed');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(panel.getByLabel('Simulated clock')).toContainText('2024-01-01T00:00:01.500Z');
});
