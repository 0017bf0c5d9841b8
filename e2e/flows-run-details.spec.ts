import { expect, test, type Page } from '@playwright/test';
import { executionStatus, openApp, openSimulation, replaceEditorText, simulationPanel, stateNode } from './helpers.ts';
import { mapOfRetriedCall } from '../src/testing/machines.ts';

/** Click a state on the canvas (the side panel shows the simulation, not the inspector) until its details show. */
async function showStep(page: Page, name: string) {
  const details = simulationPanel(page).getByRole('region', { name: 'Step details' });
  await expect(async () => {
    await stateNode(page, name).click({ position: { x: 30, y: 12 } });
    await expect(details).toHaveAttribute('data-step-state', name, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  return details;
}

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

test('clicking a state after a run shows its step details: input, output, duration, retries, events', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Duration for PlaceOrder (ms)').fill('250');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  const details = await showStep(page, 'PlaceOrder');
  await expect(panel.getByRole('tab', { name: 'Step details' })).toHaveAttribute('aria-selected', 'true');
  await expect(details.getByRole('region', { name: 'Input', exact: true })).toContainText('"userId"');
  await expect(details.getByRole('region', { name: 'Output', exact: true })).toContainText('"orderId"');
  await expect(details.getByRole('definition').first()).toHaveText('250 ms');
  await expect(details.getByRole('region', { name: 'Events' })).toContainText('TaskScheduled');
  await expect(details.getByRole('region', { name: 'Events' })).toContainText('TaskSucceeded');
  await expect(details.getByRole('region', { name: 'Events' })).not.toContainText('CreateUser');
});

test('a state inside a Map has an iteration picker in its step details', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(
    page,
    JSON.stringify(
      {
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            ItemsPath: '$.items',
            ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Double', States: { Double: { Type: 'Pass', Parameters: { 'twice.$': 'States.MathAdd($, $)' }, End: true } } },
            End: true,
          },
        },
      },
      null,
      2,
    ),
  );
  await expect(stateNode(page, 'Double')).toBeVisible();
  const panel = await openSimulation(page);
  await (await openTab(page, 'Input')).getByLabel('Execution input (JSON)').fill('{"items": [1, 2, 3]}');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  const details = await showStep(page, 'Double');
  const iteration = details.getByLabel('Iteration');
  await expect(iteration.locator('option')).toHaveCount(3);
  await iteration.selectOption('Each/1');
  await expect(details.getByRole('region', { name: 'Output', exact: true })).toContainText('"twice": 4');
});

test('a retried state inside a Map shows, per iteration, only its own retries and events', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, JSON.stringify(mapOfRetriedCall('Each', 'Call', { ItemsPath: '$.items' }, { Parameters: { 'Payload.$': '$' } }), null, 2));
  await expect(stateNode(page, 'Call')).toBeVisible();
  const panel = await openSimulation(page);
  await (await openTab(page, 'Input')).getByLabel('Execution input (JSON)').fill('{"items": [1, 2, 3]}');
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock kind for Call').selectOption('code');
  // Item 2 fails twice (its first two attempts), then succeeds; items 1 and 3 succeed at once.
  await mocks
    .getByLabel('Mock code for Call')
    .fill(
      "export async function handler(event, context) {\n  if (event === 2 && context.retryCount < 2) { const e = new Error('try again'); e.name = 'Flaky'; throw e; }\n  return { n: event };\n}\n",
    );
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  const details = await showStep(page, 'Call');
  const iteration = details.getByLabel('Iteration');
  await expect(iteration.locator('option')).toHaveCount(3);
  const facts = details.getByRole('definition');
  const events = details.getByRole('region', { name: 'Events' }).getByRole('listitem');

  await iteration.selectOption('Each/1');
  await expect(facts.nth(2)).toHaveText('2');
  await expect(events.filter({ hasText: 'TaskFailed' })).toHaveCount(2);
  await expect(events.filter({ hasText: 'TaskScheduled' })).toHaveCount(3);
  await expect(details.getByRole('region', { name: 'Output', exact: true })).toContainText('"n": 2');

  await iteration.selectOption('Each/0');
  await expect(facts.nth(2)).toHaveText('0');
  await expect(events.filter({ hasText: 'TaskScheduled' })).toHaveCount(1);
  await expect(events.filter({ hasText: 'TaskFailed' })).toHaveCount(0);
  await expect(details.getByRole('region', { name: 'Output', exact: true })).toContainText('"n": 1');
  await page.screenshot({ path: 'test-results/screens/step-details-map-retry.png' });
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of step details, ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    const panel = await openSimulation(page);
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(executionStatus(page)).toHaveText('Succeeded');
    await showStep(page, 'PlaceOrder');
    await page.screenshot({ path: `test-results/screens/step-details-1280x720-${theme}.png` });
  });
}
