/**
 * The Tests panel (issue 23): save a case from a simulated run, edit its expectation, Run all (failing with a diff,
 * then passing), see coverage as percentages and on the canvas, follow a state rename, open a case's run in the
 * Simulation panel. Real pointer input and typing, at 1600x900 (desktop) and 1280x720 (laptop).
 */
import { expect, test } from '@playwright/test';
import { executionStatus, openApp, stateNode } from './helpers.ts';
import { editExpectedOutput, saveSeedRunAsTest, testsPanel } from './tests-helpers.ts';

test('save a case from a run, edit its expectation, run all, see coverage', async ({ page }) => {
  test.setTimeout(120_000);
  const { panel, row } = await saveSeedRunAsTest(page);
  await expect(row).toHaveAttribute('data-result', 'not-run');

  // A wrong expectation fails with a readable diff.
  await editExpectedOutput(page, 'Succeeds', '{"status": "Nothing sent"}');
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(row).toHaveAttribute('data-result', 'failed');
  await expect(row).toContainText('output: does not contain the expected values');
  const diff = row.getByLabel('Expected (−) and actual (+) output');
  await expect(diff).toContainText('-   "status": "Nothing sent"');
  await expect(diff).toContainText('+   "status": "Notification sent successfully"');

  // The right one passes; coverage shows as percentages and on the canvas.
  await editExpectedOutput(page, 'Succeeds', '{"status": "Notification sent successfully"}');
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(row).toHaveAttribute('data-result', 'passed');
  const summary = panel.getByTestId('coverage-summary');
  await expect(summary).toContainText('States 100% (3/3)');
  await expect(summary).toContainText('Transitions 100% (2/2)');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-coverage', 'covered');
  const badge = stateNode(page, 'PlaceOrder').getByRole('img', { name: 'Entered 1 time by the tests' });
  await badge.hover();
  await expect(badge).toHaveAttribute('title', 'Entered 1 time by the tests');
  await expect(page.locator('[data-edge-coverage="CreateUser->next->PlaceOrder"]')).toHaveAttribute('data-coverage-count', '1');

  // Turning coverage off removes the marks.
  await panel.getByLabel('Coverage on canvas').uncheck();
  await expect(stateNode(page, 'PlaceOrder')).not.toHaveAttribute('data-coverage', /.*/);
  await panel.getByLabel('Coverage on canvas').check();

  // Clicking the case opens its run in the Simulation panel.
  await panel.getByRole('button', { name: 'Succeeds', exact: true }).click();
  await expect(executionStatus(page)).toHaveText(/Succeeded/);
});

test('a renamed state keeps its mocks in the saved case; duplicate and delete', async ({ page }) => {
  test.setTimeout(120_000);
  const { panel } = await saveSeedRunAsTest(page);
  await stateNode(page, 'PlaceOrder').click({ position: { x: 30, y: 12 } });
  await page.keyboard.press('F2');
  const input = page.getByRole('textbox', { name: 'New name for PlaceOrder' });
  await input.fill('Order');
  await input.press('Enter');
  await expect(stateNode(page, 'Order')).toBeVisible();
  await page.getByRole('tab', { name: /^Tests/ }).click();
  await panel.getByRole('button', { name: 'Duplicate test Succeeds' }).click();
  await expect(panel.locator('[data-test-case="Succeeds 2"]')).toBeVisible();
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(panel.locator('[data-test-case="Succeeds"]')).toHaveAttribute('data-result', 'passed');
  await expect(panel.locator('[data-test-case="Succeeds 2"]')).toHaveAttribute('data-result', 'passed');
  await panel.getByRole('button', { name: 'Edit test Succeeds 2' }).click();
  await expect(panel.getByRole('form', { name: 'Edit test Succeeds 2' }).getByLabel('Mocks (MockedResponses by state name)')).toHaveValue(/"Order"/);
  await panel.getByRole('button', { name: 'Delete test Succeeds 2' }).click();
  await expect(panel.locator('[data-test-case="Succeeds 2"]')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Tests (1)' })).toBeVisible();

  // Export files, delete the case, import the zip back: the case returns and passes again.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export files' }).click()]);
  expect(download.suggestedFilename()).toMatch(/-tests\.zip$/);
  const zip = await download.path();
  await panel.getByRole('button', { name: 'Delete test Succeeds' }).click();
  await expect(page.getByRole('tab', { name: 'Tests', exact: true })).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.getByRole('button', { name: 'Import files' }).click()]);
  await chooser.setFiles(zip);
  await expect(panel.getByRole('status')).toHaveText('Imported 1 test');
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(panel.locator('[data-test-case="Succeeds"]')).toHaveAttribute('data-result', 'passed');
});


test('a workflow from a template starts with its suite, which passes with 100% coverage, retry paths included', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  const lib = page.getByRole('dialog', { name: 'Workflows' });
  await lib.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Retry with exponential backoff', exact: true }).click();
  await expect(page.getByTestId('workflow-name')).toHaveText(/^Retry with exponential backoff/, { timeout: 30_000 });
  await lib.getByRole('button', { name: 'Close workflows' }).click();
  await page.getByRole('tab', { name: 'Tests (2)' }).click();
  const panel = testsPanel(page);
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(panel.locator('[data-result="passed"]')).toHaveCount(2);
  await expect(panel.getByTestId('coverage-summary')).toContainText('Transitions 100% (3/3)');
  await expect(stateNode(page, 'ChargePayment').getByRole('img', { name: /^Entered 2 times by the tests; retry paths taken: 1\/1$/ })).toBeVisible();
  await expect(stateNode(page, 'PaymentFailed')).toHaveAttribute('data-coverage', 'covered');
});
