import { expect, test, type Page } from '@playwright/test';
import { editorText, executionStatus, openApp, openSimulation, replaceEditorText, simulationPanel, stateNode } from './helpers.ts';

/** Paste a definition and wait until the canvas shows its first state. */
async function loadDefinition(page: Page, definition: object, firstState: string): Promise<void> {
  await replaceEditorText(page, JSON.stringify(definition, null, 2));
  await expect(stateNode(page, firstState)).toBeVisible();
}

async function openTab(page: Page, name: string) {
  await simulationPanel(page).getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name }).click();
  return simulationPanel(page).getByRole('tabpanel', { name });
}

const lambdaTask = (extra: object) => ({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, ...extra });

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
  const log = await openTab(page, 'Log');
  await expect(log.getByRole('list', { name: 'Run log' })).toContainText('Sending notification for order 456');
  const history = await openTab(page, 'History');
  await history.getByLabel('Filter by event type').selectOption('TaskSucceeded');
  await expect(history.getByRole('status')).toHaveText('3 of 17 events');
});

test('steps one state at a time, with the data flow of each step, and steps back', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const flow = await openTab(page, 'Data flow');
  const stepButton = panel.getByRole('button', { name: 'Step one state' });
  await stepButton.click();
  await expect(flow.getByRole('region', { name: 'Data flow' })).toHaveAttribute('data-run-path', 'CreateUser');
  await expect(flow.getByRole('region', { name: 'After Parameters' })).toContainText('"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:CreateUser"');
  await expect(flow.getByRole('region', { name: 'After ResultSelector' })).toContainText('"userId": "123"');
  await expect(flow.getByRole('region', { name: 'Output', exact: true })).toContainText('"status": "User created successfully"');
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'in-progress');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'not-run');

  await stepButton.click();
  await expect(flow.getByRole('region', { name: 'Data flow' })).toHaveAttribute('data-run-path', 'PlaceOrder');
  await expect(flow.getByRole('region', { name: 'Input', exact: true })).toContainText('"userId": "123"');
  await expect(flow.getByRole('region', { name: 'After ResultPath' })).toContainText('"orderId": "456"');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'in-progress');

  await panel.getByRole('button', { name: 'Step back' }).click();
  await expect(flow.getByRole('region', { name: 'Data flow' })).toHaveAttribute('data-run-path', 'CreateUser');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'in-progress');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'not-run');

  await stepButton.click();
  await stepButton.click();
  await expect(flow.getByRole('region', { name: 'Data flow' })).toHaveAttribute('data-run-path', 'SendNotification');
  await expect(flow.getByRole('region', { name: 'Output', exact: true })).toContainText('"status": "Notification sent successfully"');
  await expect(executionStatus(page)).toHaveText('Succeeded');
});

test('a mock that fails twice then succeeds under a Retry', async ({ page }) => {
  await openApp(page);
  await loadDefinition(
    page,
    {
      StartAt: 'Flaky',
      States: {
        Flaky: lambdaTask({
          OutputPath: '$.Payload',
          Retry: [{ ErrorEquals: ['Lambda.ServiceException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
          End: true,
        }),
      },
    },
    'Flaky',
  );
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock kind for Flaky').selectOption('sequence');
  const failure = { Throw: { Error: 'Lambda.ServiceException', Cause: 'Rate exceeded' } };
  await mocks.getByLabel(/Sequence for Flaky/).fill(JSON.stringify([failure, failure, { Return: { ok: true } }]));
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(panel.getByLabel('Execution output')).toHaveText('{"ok":true}');
  await expect(stateNode(page, 'Flaky')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'Flaky').locator('.retry-count')).toHaveText('↻2');
  await expect(panel.getByLabel('Simulated clock')).toContainText('6.000 s');
  const flow = await openTab(page, 'Data flow');
  await expect(flow.getByRole('region', { name: 'Attempts' })).toContainText('Retry 1 at +2000 ms: Lambda.ServiceException');
  await expect(flow.getByRole('region', { name: 'Attempts' })).toContainText('Retry 2 at +6000 ms: succeeded');
});

test('a failing mock caught by a Catch shows caught-error and the path to its handler', async ({ page }) => {
  await openApp(page);
  await loadDefinition(
    page,
    {
      StartAt: 'Charge',
      States: {
        Charge: lambdaTask({ Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'HandleFailure' }], Next: 'Done' }),
        Done: { Type: 'Succeed' },
        HandleFailure: { Type: 'Pass', End: true },
      },
    },
    'Charge',
  );
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock kind for Charge').selectOption('error');
  await mocks.getByLabel('Error name for Charge').fill('Payment.Declined');
  await mocks.getByLabel('Cause for Charge').fill('Card expired');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(stateNode(page, 'Charge')).toHaveAttribute('data-status', 'caught-error');
  await expect(stateNode(page, 'HandleFailure')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'Done')).toHaveAttribute('data-status', 'not-run');
  await expect(page.getByTestId('rf__edge-Charge->catch0->HandleFailure').locator('.edge-taken')).toHaveCount(1);
  await expect(page.getByTestId('rf__edge-Charge->next->Done').locator('.edge-taken')).toHaveCount(0);
  await expect(panel.getByLabel('Execution output')).toContainText('"Error":"Payment.Declined"');
});

test('a breakpoint inside a Map iteration stops there', async ({ page }) => {
  await openApp(page);
  await loadDefinition(
    page,
    {
      StartAt: 'Prepare',
      States: {
        Prepare: { Type: 'Pass', Result: [1, 2, 3], Next: 'Each' },
        Each: { Type: 'Map', ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Pass', Parameters: { 'v.$': '$' }, End: true } } }, End: true },
      },
    },
    'Prepare',
  );
  const panel = await openSimulation(page);
  await stateNode(page, 'Double').click();
  await panel.getByRole('button', { name: 'Add breakpoint on Double' }).click();
  await expect(stateNode(page, 'Double').getByLabel('Breakpoint')).toBeVisible();
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Paused at Each/0/Double');
  await expect(stateNode(page, 'Double')).toHaveAttribute('data-status', 'in-progress');
  await expect(stateNode(page, 'Each')).toHaveAttribute('data-status', 'in-progress');
  await expect(stateNode(page, 'Prepare')).toHaveAttribute('data-status', 'succeeded');
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect(executionStatus(page)).toHaveText('Paused at Each/1/Double');
  await page.keyboard.press('F9');
  await expect(stateNode(page, 'Double').getByLabel('Breakpoint')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(panel.getByLabel('Execution output')).toHaveText('[{"v":1},{"v":2},{"v":3}]');
  const runs = await openTab(page, 'State runs');
  await runs.getByLabel('Scope').selectOption('Each');
  await runs.getByLabel('Iteration').fill('2');
  await expect(runs.getByRole('table', { name: 'State runs' }).getByRole('button')).toHaveText(['Each/2/Double']);
});

test('an infinite-loop mock fails its task with a timeout and the page stays usable', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock code for PlaceOrder').fill('export async function handler(event) {\n  while (true) {}\n}\n');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Failed');
  await expect(panel.getByLabel('Execution error')).toContainText('Sandbox.Timeout');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'failed');
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'succeeded');
  await expect(panel.getByRole('status').first()).toContainText('Execution failed: Sandbox.Timeout');
  // The page answers, and the restarted sandbox runs the other mocks.
  await mocks.getByLabel('Mock kind for PlaceOrder').selectOption('result');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'succeeded');
});

test('mock code has no network: fetch does not exist and imports are refused', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock code for CreateUser').fill("export async function handler() {\n  return fetch('https://example.com');\n}\n");
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Failed');
  await expect(panel.getByLabel('Execution error')).toContainText('ReferenceError');
  await expect(panel.getByLabel('Execution error')).toContainText('fetch is not defined');
  await mocks.getByLabel('Mock code for CreateUser').fill("export async function handler() {\n  return import('https://example.com/x.js');\n}\n");
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(panel.getByLabel('Execution error')).toContainText('Sandbox.Forbidden');
});

test('a MockConfigFile export re-imports identically', async ({ page }) => {
  await openApp(page);
  await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock kind for CreateUser').selectOption('sequence');
  await mocks.getByLabel('Mock kind for SendNotification').selectOption('error');
  await mocks.getByLabel('Error name for SendNotification').fill('SNS.Throttled');
  await mocks.getByRole('button', { name: 'Export MockConfigFile' }).click();
  const file = mocks.getByLabel('MockConfigFile', { exact: true });
  const exported = await file.inputValue();
  expect(JSON.parse(exported).MockedResponses.CreateUserMock['0'].Throw.Error).toBe('Error');
  await expect(mocks.getByRole('list', { name: 'MockConfigFile notes' })).toContainText('PlaceOrder: JavaScript mock not representable');

  await mocks.getByRole('button', { name: 'Reset mocks to defaults' }).click();
  await expect(mocks.getByLabel('Mock kind for CreateUser')).toHaveValue('code');
  await mocks.getByRole('button', { name: 'Import MockConfigFile' }).click();
  await expect(mocks.getByLabel('Mock kind for CreateUser')).toHaveValue('sequence');
  await expect(mocks.getByLabel('Error name for SendNotification')).toHaveValue('SNS.Throttled');
  await file.fill('');
  await mocks.getByRole('button', { name: 'Export MockConfigFile' }).click();
  await expect(file).toHaveValue(exported);
});

test('a 10,000-item Map runs off the page thread, Stop aborts it at once, and it meets the history limit', async ({ page }) => {
  await openApp(page);
  await loadDefinition(
    page,
    {
      StartAt: 'Each',
      States: { Each: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Touch', States: { Touch: { Type: 'Pass', End: true } } }, End: true } },
    },
    'Each',
  );
  const panel = await openSimulation(page);
  const input = await openTab(page, 'Input');
  await input.getByLabel('Execution input (JSON)').fill('{"items": [1,');
  await expect(input.getByRole('alert')).toContainText('Invalid JSON');
  await input.getByLabel('Execution input (JSON)').fill(JSON.stringify({ items: Array.from({ length: 10_000 }, (_, i) => i) }));
  await expect(input.getByRole('alert')).toHaveCount(0);
  await input.getByLabel('Preset name').fill('Ten thousand');
  await input.getByRole('button', { name: 'Save preset' }).click();
  await expect(input.getByRole('button', { name: 'Load preset Ten thousand' })).toBeVisible();
  await panel.getByLabel('Speed').selectOption('fast');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(stateNode(page, 'Touch')).toHaveAttribute('data-status', /in-progress|succeeded/);
  await expect(executionStatus(page)).toHaveText('Running');
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect(executionStatus(page)).toHaveText('Aborted');
  await expect(stateNode(page, 'Each')).toHaveAttribute('data-status', 'aborted');
  await expect(panel.getByRole('status').first()).toHaveText('Execution aborted');
  // Flat out, the Map runs in the worker until AWS's 25,000-event history limit (4 events per iteration).
  await panel.getByLabel('Speed').selectOption('instant');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Failed', { timeout: 30_000 });
  await expect(panel.getByLabel('Execution error')).toContainText('maximum number of history events (25000)');
  await expect(stateNode(page, 'Touch')).toHaveAttribute('data-status', 'succeeded');
});

test('a 25,000-event loop: the history renders only the rows in view and scrolls to the end', async ({ page }) => {
  await openApp(page);
  await loadDefinition(
    page,
    {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: { i: 0 }, Next: 'Inc' },
        Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 1000000, Next: 'Inc' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    'Init',
  );
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Failed', { timeout: 30_000 });
  await expect(panel.getByLabel('Execution error')).toContainText('maximum number of history events');
  const history = await openTab(page, 'History');
  await expect(history.getByRole('status')).toHaveText(/^2500\d of 2500\d events$/);
  const table = history.getByRole('table', { name: 'Events' });
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  await table.getByRole('rowgroup', { name: 'Events rows' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(table.locator('[data-event-type="ExecutionFailed"]')).toBeVisible();
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  await history.getByLabel('Filter by state').selectOption('Check');
  await expect(history.getByRole('status')).toHaveText(/^\d+ of 2500\d events$/);
  await expect(table.locator('[data-event-type="ChoiceStateEntered"]').first()).toBeVisible();
});

test('opening another workflow clears the last run from the panel and the canvas', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'succeeded');
  // A file with the same state names: the old run's colours must not carry over to it.
  const text = await editorText(page);
  await page.getByLabel('Import file').setInputFiles({ name: 'copy.asl.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'not-run');
  await expect(executionStatus(page)).toHaveCount(0);
  await expect(panel.getByText('No execution yet')).toBeVisible();
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
});
