/**
 * AWS mode against `asl-studio local` (src/local/), the same journey as aws-local.spec.ts makes on
 * stepfunctions-local: design, create, browse, run, update, run again and stop. The app connects with the "Local
 * endpoint" preset, directly (no proxy: the endpoint answers CORS for the app's origin), to the real command line
 * in its own process (e2e/localEndpoint/fixture.ts). Unlike stepfunctions-local it validates definitions and
 * reports revisions.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, keepLocal, test, type AslLocal } from './localEndpoint/fixture.ts';
import { executionStatus, inspector, openApp, openSimulation, replaceEditorText, selectState, stateNode } from './helpers.ts';

const ROLE = 'arn:aws:iam::123456789012:role/StudioLocalRole';

/** Version 1: Prepare → Decide → (wait: true) Pause 1 s → Done, or (otherwise) Skip → Done. */
const v1 = {
  Comment: 'asl-studio e2e on asl-studio local',
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Next: 'Decide' },
    Decide: { Type: 'Choice', Choices: [{ Variable: '$.wait', BooleanEquals: true, Next: 'Pause' }], Default: 'Skip' },
    Pause: { Type: 'Wait', Seconds: 1, Next: 'Done' },
    Skip: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

/** Version 2 (the update): an Announce state after Prepare, and a Pause long enough to stop the run in it. */
const v2 = {
  ...v1,
  States: {
    Prepare: { Type: 'Pass', Next: 'Announce' },
    Announce: { Type: 'Pass', Next: 'Decide' },
    Decide: v1.States.Decide,
    Pause: { Type: 'Wait', Seconds: 600, Next: 'Done' },
    Skip: v1.States.Skip,
    Done: v1.States.Done,
  },
};

async function connect(page: Page, local: AslLocal): Promise<Locator> {
  await page.getByRole('button', { name: 'AWS: off' }).click();
  const dialog = page.getByRole('dialog', { name: 'AWS connection' });
  await dialog.getByRole('group', { name: 'Connection preset' }).getByRole('button', { name: 'Local endpoint' }).click();
  await dialog.getByLabel('Custom endpoint (optional)').fill(local.url);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.locator('[data-connection-status]')).toHaveAttribute('data-connection-status', 'connected', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'AWS: connected' })).toBeVisible();
  return dialog;
}

/**
 * Start an execution (with this input, or the one the panel shows) and wait until the new one (not the one shown
 * before) has `status`.
 */
async function run(dialog: Locator, input: unknown, status: string): Promise<Locator> {
  const execution = dialog.getByLabel('Execution', { exact: true });
  // The panel shows the previous execution (its name, a UUID) until the new one's first poll.
  const before = (await execution.count()) > 0 ? await execution.textContent() : null;
  if (input !== undefined) await dialog.getByLabel('Execution input').fill(JSON.stringify(input));
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  if (before !== null) await expect(execution).not.toHaveText(before, { timeout: 30_000 });
  await expect(execution).toHaveAttribute('data-execution-status', status, { timeout: 30_000 });
  return execution;
}

async function expectStatuses(page: Page, statuses: Record<string, string>): Promise<void> {
  for (const [name, status] of Object.entries(statuses)) await expect(stateNode(page, name)).toHaveAttribute('data-status', status);
}

test('design, create, browse, run, update, run again and stop a machine on asl-studio local, without a proxy', async ({ page, aslLocal }) => {
  // Many steps, each waiting on a real server and on polling: generous for a loaded CI machine.
  test.setTimeout(240_000);
  const outside = await keepLocal(page);
  await openApp(page);

  // Design (through the editor) and simulate it locally: the AWS run must colour the canvas the same way.
  await replaceEditorText(page, JSON.stringify(v1, null, 2));
  await expect(stateNode(page, 'Skip')).toBeVisible();
  const simulation = await openSimulation(page);
  await simulation.getByLabel('Execution input (JSON)').fill('{"wait": true}');
  await simulation.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  const waited = { Prepare: 'succeeded', Decide: 'succeeded', Pause: 'succeeded', Done: 'succeeded', Skip: 'not-run' };
  await expectStatuses(page, waited);

  const dialog = await connect(page, aslLocal);
  await expect(dialog.getByRole('status').filter({ hasText: 'Connected to' })).toHaveText(`Connected to ${aslLocal.url}: 0 state machines`);

  // Save as a new machine: asl-studio local validates it (ValidateStateMachineDefinition) and creates it.
  await dialog.getByLabel('New machine name').fill('StudioLocal');
  await dialog.getByLabel('Role ARN').fill(ROLE);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const saved = dialog.getByRole('status', { name: 'Save result' });
  await expect(saved).toHaveText(/^Created StudioLocal: revision /, { timeout: 30_000 });
  await expect(dialog.getByText(/^AWS validation unavailable on this endpoint/)).toHaveCount(0);
  await expect(dialog.getByRole('heading', { name: 'Run StudioLocal' })).toBeVisible();

  // Browse: the list has it; opening it loads the definition AWS returns (an object, from this emulator) as text.
  await dialog.getByRole('button', { name: 'List state machines' }).click();
  const machines = dialog.getByRole('list', { name: 'AWS state machines' });
  await expect(machines.getByRole('listitem')).toHaveText([/StudioLocal/]);
  await dialog.getByRole('button', { name: 'Open StudioLocal' }).click();
  const opened = dialog.getByRole('definition');
  await expect(opened.nth(1)).toHaveText('arn:aws:states:us-east-1:123456789012:stateMachine:StudioLocal');
  await expect(opened.nth(2)).toHaveText('STANDARD');
  await expect(opened.nth(3)).toHaveText(ROLE);
  await expect(stateNode(page, 'Pause')).toBeVisible();
  await expectStatuses(page, { Prepare: 'not-run', Pause: 'not-run', Done: 'not-run' });

  // Run 1, with the simulation's input: through the Wait to SUCCEEDED; canvas and event list show the history.
  await expect(dialog.getByLabel('Execution input')).toHaveValue('{"wait": true}');
  const execution = await run(dialog, undefined, 'SUCCEEDED');
  await expect(dialog.getByLabel('Execution output')).toHaveText('{"wait":true}');
  await expectStatuses(page, waited);
  const events = dialog.getByRole('list', { name: 'Execution events' }).getByRole('listitem');
  await expect(events).toHaveText([
    '1 ExecutionStarted',
    '2 PassStateEntered Prepare',
    '3 PassStateExited Prepare',
    '4 ChoiceStateEntered Decide',
    '5 ChoiceStateExited Decide',
    '6 WaitStateEntered Pause',
    '7 WaitStateExited Pause',
    '8 SucceedStateEntered Done',
    '9 SucceedStateExited Done',
    '10 ExecutionSucceeded',
  ]);

  // Update the machine (UpdateStateMachine) with version 2, and run the other branch: Announce proves the update.
  await replaceEditorText(page, JSON.stringify(v2, null, 2));
  await expect(stateNode(page, 'Announce')).toBeVisible();
  await dialog.getByRole('button', { name: 'Update StudioLocal' }).click();
  await expect(saved).toHaveText(/^Updated StudioLocal: revision [0-9a-z]+-/, { timeout: 30_000 });
  await run(dialog, { wait: false }, 'SUCCEEDED');
  await expectStatuses(page, { Prepare: 'succeeded', Announce: 'succeeded', Decide: 'succeeded', Skip: 'succeeded', Done: 'succeeded', Pause: 'not-run' });
  await expect(events).toHaveCount(12);

  // Run 3 waits 600 s in Pause: live on the canvas while RUNNING, then stopped (StopExecution) → ABORTED.
  await run(dialog, { wait: true }, 'RUNNING');
  await expect(stateNode(page, 'Pause')).toHaveAttribute('data-status', 'in-progress', { timeout: 30_000 });
  await expectStatuses(page, { Prepare: 'succeeded', Announce: 'succeeded', Decide: 'succeeded', Skip: 'not-run', Done: 'not-run' });
  await expect(events.last()).toHaveText('8 WaitStateEntered Pause');
  await dialog.getByRole('button', { name: 'Stop execution' }).click();
  await expect(execution).toHaveAttribute('data-execution-status', 'ABORTED', { timeout: 30_000 });
  await expect(stateNode(page, 'Pause')).toHaveAttribute('data-status', 'aborted');
  await expectStatuses(page, { Prepare: 'succeeded', Announce: 'succeeded', Decide: 'succeeded', Done: 'not-run' });

  await dialog.getByRole('button', { name: 'List executions' }).click();
  const recent = dialog.getByRole('list', { name: 'Recent executions' }).getByRole('listitem');
  await expect(recent).toHaveCount(3);
  await expect(recent.filter({ hasText: 'SUCCEEDED' })).toHaveCount(2);
  await expect(recent.filter({ hasText: 'ABORTED' })).toHaveCount(1);

  // Every call went straight to asl-studio local (no proxy: it answers CORS); nothing left the machine.
  const log = aslLocal.log();
  for (const op of ['ListStateMachines', 'ValidateStateMachineDefinition', 'CreateStateMachine', 'DescribeStateMachine', 'UpdateStateMachine', 'StartExecution', 'DescribeExecution', 'GetExecutionHistory', 'StopExecution', 'ListExecutions']) {
    expect(log, op).toContain(`${op} 200`);
  }
  expect(outside).toEqual([]);
});

test('Test on AWS runs the selected state with TestState on asl-studio local and shows its data flow', async ({ page, aslLocal }) => {
  test.setTimeout(120_000);
  const outside = await keepLocal(page);
  await openApp(page);
  await replaceEditorText(
    page,
    JSON.stringify({ StartAt: 'Shape', States: { Shape: { Type: 'Pass', Parameters: { 'doubled.$': 'States.MathAdd($.n, $.n)' }, ResultPath: '$.shaped', Next: 'After' }, After: { Type: 'Succeed' } } }, null, 2),
  );
  await expect(stateNode(page, 'Shape')).toBeVisible();
  await selectState(page, 'Shape');
  const dialog = await connect(page, aslLocal);
  await dialog.getByRole('button', { name: 'Close AWS panel' }).click();
  await inspector(page).getByRole('button', { name: 'Test on AWS', exact: true }).click();
  const panel = inspector(page).getByRole('region', { name: 'Test Shape on AWS' });
  await panel.getByLabel('Role ARN for the test').fill(ROLE);
  await panel.getByLabel('Test input').fill('{"n":21}');
  await panel.getByRole('button', { name: 'Run test on AWS' }).click();

  const result = panel.getByLabel('Test result');
  await expect(result).toHaveAttribute('data-test-status', 'SUCCEEDED', { timeout: 30_000 });
  await expect(result.getByLabel('Next state')).toHaveText('After');
  const flow = result.getByRole('region', { name: 'Data flow' });
  await expect(flow.getByRole('region', { name: 'Input', exact: true })).toContainText('"n": 21');
  await expect(flow.getByRole('region', { name: 'After Parameters' })).toContainText('"doubled": 42');
  await expect(flow.getByRole('region', { name: 'Output', exact: true })).toContainText('"doubled": 42');
  expect(aslLocal.log()).toContain('TestState 200');
  expect(outside).toEqual([]);
});
