/**
 * The AWS-mode journeys the specs run against more than one back-end, written once: the whole machine life
 * (design, create, browse, run, update, run again, stop) on stepfunctions-local (aws-local.spec.ts) and on
 * `asl-studio local` (aws-local-endpoint.spec.ts), and Test on AWS on the fake endpoint (aws-teststate.spec.ts)
 * and on `asl-studio local`. What differs between back-ends (how the app connects, whether the endpoint validates
 * and reports revisions, which log proves the calls) comes in a `Backend`.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { executionStatus, inspector, openApp, openSimulation, replaceEditorText, selectState, stateNode } from './helpers.ts';

export const ROLE = 'arn:aws:iam::123456789012:role/StudioLocalRole';

/** Open the AWS dialog (AWS mode off), fill it in for `backend`, press Test connection and wait until connected. */
export async function connectTo(page: Page, backend: Backend): Promise<Locator> {
  await page.getByRole('button', { name: 'AWS: off' }).click();
  const dialog = page.getByRole('dialog', { name: 'AWS connection' });
  await backend.fill(dialog);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.locator('[data-connection-status]')).toHaveAttribute('data-connection-status', 'connected', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'AWS: connected' })).toBeVisible();
  return dialog;
}

export interface Backend {
  /** Named in the machine's Comment. */
  name: string;
  /** Fill in the AWS dialog's connection fields for it. */
  fill: (dialog: Locator) => Promise<void>;
  /** The endpoint the dialog says it is connected to. */
  endpoint: string;
  /** Whether it answers ValidateStateMachineDefinition and reports revision ids (stepfunctions-local does neither). */
  validates: boolean;
  /** Checks, at the end, that every call of the journey reached it as expected (its own log). */
  expectCalls: (operations: readonly string[]) => void;
}

/** Version 1: Prepare → Decide → (wait: true) Pause 1 s → Done, or (otherwise) Skip → Done. */
function versions(name: string) {
  const v1 = {
    Comment: `asl-studio e2e on ${name}`,
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
  return { v1, v2 };
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

/** The calls the machine journey makes (ValidateStateMachineDefinition too, answered or refused by the back-end). */
export const JOURNEY_CALLS = ['ListStateMachines', 'CreateStateMachine', 'DescribeStateMachine', 'UpdateStateMachine', 'StartExecution', 'DescribeExecution', 'GetExecutionHistory', 'StopExecution', 'ListExecutions'] as const;

/** Design, create, browse, run, update, run again and stop a machine on `backend` (the caller sets the timeout). */
export async function machineJourney(page: Page, backend: Backend): Promise<void> {
  const { v1, v2 } = versions(backend.name);
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

  const dialog = await connectTo(page, backend);
  await expect(dialog.getByRole('status').filter({ hasText: 'Connected to' })).toHaveText(`Connected to ${backend.endpoint}: 0 state machines`);

  // Save as a new machine: validated first where the back-end can (otherwise Save says so and creates it anyway).
  await dialog.getByLabel('New machine name').fill('StudioLocal');
  await dialog.getByLabel('Role ARN').fill(ROLE);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const saved = dialog.getByRole('status', { name: 'Save result' });
  await expect(saved).toHaveText(backend.validates ? /^Created StudioLocal: revision / : 'Created StudioLocal: revision (not reported)', { timeout: 30_000 });
  await expect(dialog.getByText(/^AWS validation unavailable on this endpoint/)).toHaveCount(backend.validates ? 0 : 1);
  await expect(dialog.getByRole('heading', { name: 'Run StudioLocal' })).toBeVisible();

  // Browse: the list has it; opening it loads the definition AWS returns (an object, from these emulators) as text.
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
  await expect(saved).toHaveText(backend.validates ? /^Updated StudioLocal: revision [0-9a-z]+-/ : 'Updated StudioLocal: revision (not reported)', { timeout: 30_000 });
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

  backend.expectCalls(JOURNEY_CALLS);
}

/** A Pass state whose Parameters double `n`: what Test on AWS runs alone. */
export const SHAPE_MACHINE = JSON.stringify(
  {
    StartAt: 'Shape',
    States: {
      Shape: { Type: 'Pass', Parameters: { 'doubled.$': 'States.MathAdd($.n, $.n)' }, ResultPath: '$.shaped', Next: 'After' },
      After: { Type: 'Succeed' },
    },
  },
  null,
  2,
);

/** Open the app on SHAPE_MACHINE with Shape selected. */
export async function openShape(page: Page): Promise<void> {
  await openApp(page);
  await replaceEditorText(page, SHAPE_MACHINE);
  await expect(stateNode(page, 'Shape')).toBeVisible();
  await selectState(page, 'Shape');
}

/**
 * On a connected app with Shape selected: Test on AWS with `role` and {"n":21}; the result is SUCCEEDED, goes to
 * After, and the data flow shows the input, the Parameters' 42 and the output. Returns the test panel and the
 * result's data flow for the caller's own checks.
 */
export async function testShapeOnAws(page: Page, role: string): Promise<{ panel: Locator; flow: Locator }> {
  await inspector(page).getByRole('button', { name: 'Test on AWS', exact: true }).click();
  const panel = inspector(page).getByRole('region', { name: 'Test Shape on AWS' });
  await panel.getByLabel('Role ARN for the test').fill(role);
  await panel.getByLabel('Test input').fill('{"n":21}');
  await panel.getByRole('button', { name: 'Run test on AWS' }).click();

  const result = panel.getByLabel('Test result');
  await expect(result).toHaveAttribute('data-test-status', 'SUCCEEDED', { timeout: 30_000 });
  await expect(result.getByLabel('Next state')).toHaveText('After');
  const flow = result.getByRole('region', { name: 'Data flow' });
  await expect(flow.getByRole('region', { name: 'Input', exact: true })).toContainText('"n": 21');
  await expect(flow.getByRole('region', { name: 'After Parameters' })).toContainText('"doubled": 42');
  await expect(flow.getByRole('region', { name: 'Output', exact: true })).toContainText('"doubled": 42');
  return { panel, flow };
}
