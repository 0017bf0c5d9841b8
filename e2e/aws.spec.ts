/**
 * AWS mode against a fake Step Functions endpoint: the browser's SDK signs each call, the preview server's proxy
 * forwards it, the fake verifies the signature and runs executions in the project's simulator. No request may
 * leave the machine.
 */
import { armFaults, clearFaults, connect, keepLocal } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { openApp, replaceEditorText, stateNode } from './helpers.ts';

test('connect, browse, open, create and run a state machine on (fake) AWS', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  await expect(dialog.getByRole('status').filter({ hasText: 'Connected to' })).toContainText('4 state machines');

  await dialog.getByRole('button', { name: 'List state machines' }).click();
  const machines = dialog.getByRole('list', { name: 'AWS state machines' });
  await expect(machines.getByRole('listitem')).toHaveCount(4);
  await dialog.getByLabel('Search state machines').fill('order');
  await expect(machines.getByRole('listitem')).toHaveText([/OrderPipeline/]);
  await dialog.getByLabel('Search state machines').fill('');
  await dialog.getByRole('button', { name: 'Open HelloWorld' }).click();
  const opened = dialog.getByRole('definition');
  await expect(opened.nth(1)).toHaveText('arn:aws:states:us-east-1:123456789012:stateMachine:HelloWorld');
  await expect(opened.nth(2)).toHaveText('STANDARD');
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await expect(stateNode(page, 'Done')).toBeVisible();

  await dialog.getByLabel('New machine name').fill('FromStudio');
  await dialog.getByLabel('Role ARN').fill('arn:aws:iam::123456789012:role/StudioRole');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByRole('status', { name: 'Save result' })).toHaveText(/^Created FromStudio: revision rev-\d+$/);
  await expect(dialog.getByRole('heading', { name: 'Run FromStudio' })).toBeVisible();

  await dialog.getByLabel('Execution input').fill('{"from":"e2e"}');
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  await expect(dialog.getByLabel('Execution', { exact: true })).toHaveAttribute('data-execution-status', 'SUCCEEDED');
  await expect(dialog.getByLabel('Execution output')).toHaveText('{"hello":"world"}');
  await expect(stateNode(page, 'Hello')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'Done')).toHaveAttribute('data-status', 'succeeded');
  await expect(dialog.getByRole('list', { name: 'Execution events' }).getByRole('listitem')).toHaveCount(6);

  await dialog.getByRole('button', { name: 'List executions' }).click();
  await expect(dialog.getByRole('list', { name: 'Recent executions' }).getByRole('listitem')).toHaveCount(1);
  expect(outside).toEqual([]);
});

test('AWS validation errors show in the diagnostics list with their line', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  const broken = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }, null, 2);
  await replaceEditorText(page, broken);
  await expect(stateNode(page, 'A')).toBeVisible();
  await dialog.getByRole('button', { name: 'Validate on AWS' }).click();
  await expect(dialog.getByRole('status', { name: 'Save result' })).toHaveText('AWS reported problems');
  const list = dialog.getByRole('list', { name: 'AWS diagnostics' });
  await expect(list.getByRole('listitem').first()).toContainText('SCHEMA_VALIDATION_FAILED');
  await expect(list.getByRole('listitem').first()).toContainText('at /States/A/Next (line 6:15)');
  expect(outside).toEqual([]);
});

test('a running execution survives network loss (the endpoint drops every call), then is stopped', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  await dialog.getByRole('button', { name: 'List state machines' }).click();
  await dialog.getByRole('button', { name: 'Open SlowJob' }).click();
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  const execution = dialog.getByLabel('Execution', { exact: true });
  await expect(execution).toHaveAttribute('data-execution-status', 'RUNNING');
  await expect(stateNode(page, 'Hello')).toHaveAttribute('data-status', 'in-progress');

  await armFaults(fakeSfnUrl, [{ operation: '*', kind: 'Network' }]);
  await expect(dialog.getByRole('status').filter({ hasText: 'Network lost' })).toContainText(/retrying in [\d.]+ s/, { timeout: 20_000 });
  await expect(dialog.getByRole('status', { name: 'Polling problem' })).toHaveAttribute('data-error-kind', 'network-down');
  await clearFaults(fakeSfnUrl);
  await expect(dialog.getByRole('status').filter({ hasText: 'Network lost' })).toHaveCount(0, { timeout: 15_000 });

  await dialog.getByRole('button', { name: 'Stop execution' }).click();
  await expect(execution).toHaveAttribute('data-execution-status', 'ABORTED', { timeout: 15_000 });
  await expect(stateNode(page, 'Hello')).toHaveAttribute('data-status', 'aborted');
  expect(outside).toEqual([]);
});
