/**
 * AWS mode, Run: any past execution opens on the canvas and in the simulation's History and Data flow views like
 * a live one; an Express (synchronous) run colours the canvas as far as its result tells, and says that the API
 * gives no step history. Against the fake endpoint; nothing leaves the machine.
 */
import { connect, keepLocal, openMachine } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { editorText, openApp, openSimulation, simulationPanel, stateNode } from './helpers.ts';

async function openTab(page: Parameters<typeof simulationPanel>[0], name: string) {
  await simulationPanel(page).getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name }).click();
  return simulationPanel(page).getByRole('tabpanel', { name });
}

test('a past execution opens on the canvas and in the History and Data flow views', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  await openMachine(page, 'HelloWorld');
  const before = await editorText(page);
  const execution = dialog.getByLabel('Execution', { exact: true });
  for (const n of [1, 2]) {
    await dialog.getByLabel('Execution input').fill(`{"run":${n}}`);
    await dialog.getByRole('button', { name: 'Start execution' }).click();
    await expect(execution).toHaveAttribute('data-execution-status', 'SUCCEEDED', { timeout: 20_000 });
  }
  await dialog.getByRole('button', { name: 'List executions' }).click();
  const recent = dialog.getByRole('list', { name: 'Recent executions' }).getByRole('listitem');
  await expect(recent).toHaveCount(2);

  // Open the older run (listed last): a fresh canvas, then its statuses from its history.
  const older = recent.last();
  const olderName = ((await older.textContent()) ?? '').split(' ')[0]!;
  await older.getByRole('button', { name: /^Open execution / }).click();
  await expect(execution).toContainText(olderName);
  await expect(execution).toHaveAttribute('data-execution-status', 'SUCCEEDED');
  await expect(stateNode(page, 'Hello')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'Done')).toHaveAttribute('data-status', 'succeeded');

  await dialog.getByRole('button', { name: 'Close AWS panel' }).click();
  const panel = await openSimulation(page);
  const history = await openTab(page, 'History');
  await expect(history.getByRole('status')).toHaveText('6 of 6 events');
  await expect(history).toContainText('ExecutionStarted');
  await expect(history).toContainText('PassStateEntered');
  const flow = await openTab(page, 'Data flow');
  const region = flow.getByRole('region', { name: 'Data flow' });
  await expect(region).toHaveAttribute('data-run-path', 'Done');
  await flow.getByRole('button', { name: '◀ Previous run' }).click();
  await expect(region).toHaveAttribute('data-run-path', 'Hello');
  // The older execution's own input, not the last one's.
  await expect(region.getByRole('region', { name: 'Input', exact: true })).toContainText('"run": 1');
  await expect(region.getByRole('region', { name: 'Output', exact: true })).toContainText('"hello": "world"');
  await expect(panel.getByTestId('execution-status')).toContainText(/succeeded/i);
  expect(await editorText(page)).toBe(before);
  expect(outside).toEqual([]);
});

test('an Express run colours the canvas and says the API gives no step history', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  await openMachine(page, 'NightlyReport');
  await expect(dialog.getByLabel('Opened state machine')).toContainText('EXPRESS');
  await dialog.getByLabel('Execution input').fill('{"night":true}');
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  const execution = dialog.getByLabel('Execution', { exact: true });
  await expect(execution).toHaveAttribute('data-execution-status', 'SUCCEEDED');
  await expect(execution).toHaveAttribute('data-express', 'true');
  await expect(execution).toContainText('Express executions have no step history from the API');
  await expect(dialog.getByLabel('Execution output')).toHaveText('{"hello":"world"}');
  await expect(stateNode(page, 'Hello')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'Done')).toHaveAttribute('data-status', 'succeeded');

  await dialog.getByRole('button', { name: 'Close AWS panel' }).click();
  await openSimulation(page);
  const history = await openTab(page, 'History');
  await expect(history.getByRole('status')).toHaveText('2 of 2 events');
  await expect(history).toContainText('ExecutionStarted');
  await expect(history).toContainText('ExecutionSucceeded');
  expect(outside).toEqual([]);
});
