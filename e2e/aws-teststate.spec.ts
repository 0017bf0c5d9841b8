/**
 * AWS mode, Test on AWS: the inspector's action runs the selected state alone with TestState (inspection level
 * DEBUG) and shows status, next state and every data-flow stage in the simulation's data-flow view; the role ARN
 * is remembered; the action is off until AWS mode is connected. Against the fake endpoint.
 */
import { armFaults, awsDialog, connect, keepLocal } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { editorText, inspector, openApp, replaceEditorText, selectState, stateNode } from './helpers.ts';

const MACHINE = JSON.stringify(
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
const ROLE = 'arn:aws:iam::123456789012:role/TestStateRole';

test('Test on AWS shows the state’s status, next state and inspection data in the data-flow view', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  await replaceEditorText(page, MACHINE);
  await expect(stateNode(page, 'Shape')).toBeVisible();
  await selectState(page, 'Shape');
  await expect(inspector(page).getByRole('button', { name: 'Test on AWS', exact: true })).toBeDisabled();

  await connect(page, fakeSfnUrl);
  await awsDialog(page).getByRole('button', { name: 'Close AWS panel' }).click();
  const before = await editorText(page);
  await inspector(page).getByRole('button', { name: 'Test on AWS', exact: true }).click();
  const panel = inspector(page).getByRole('region', { name: 'Test Shape on AWS' });
  await panel.getByLabel('Role ARN for the test').fill(ROLE);
  await panel.getByLabel('Test input').fill('{"n":21}');
  await panel.getByRole('button', { name: 'Run test on AWS' }).click();

  const result = panel.getByLabel('Test result');
  await expect(result).toHaveAttribute('data-test-status', 'SUCCEEDED');
  await expect(result.getByLabel('Next state')).toHaveText('After');
  const flow = result.getByRole('region', { name: 'Data flow' });
  await expect(flow.getByRole('region', { name: 'Input', exact: true })).toContainText('"n": 21');
  await expect(flow.getByRole('region', { name: 'After InputPath' })).toContainText('"n": 21');
  await expect(flow.getByRole('region', { name: 'After Parameters' })).toContainText('"doubled": 42');
  await expect(flow.getByRole('region', { name: 'After ResultPath' })).toContainText('"shaped"');
  await expect(flow.getByRole('region', { name: 'Output', exact: true })).toContainText('"doubled": 42');

  // The role is remembered: closing and opening the action again keeps it.
  await inspector(page).getByRole('button', { name: 'Test on AWS', exact: true }).click();
  await expect(panel).toHaveCount(0);
  await inspector(page).getByRole('button', { name: 'Test on AWS', exact: true }).click();
  await expect(panel.getByLabel('Role ARN for the test')).toHaveValue(ROLE);

  // A failure: the classified message, and the workflow is unchanged.
  await armFaults(fakeSfnUrl, [{ operation: 'TestState', kind: 'AccessDenied' }]);
  await panel.getByRole('button', { name: 'Run test on AWS' }).click();
  const problem = panel.getByRole('alert', { name: 'Test problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'access-denied');
  await expect(problem).toContainText('Access denied');
  await expect(problem).toContainText('states:TestState');
  expect(await editorText(page)).toBe(before);
  expect(outside).toEqual([]);
});
