/**
 * AWS mode, Test on AWS: the inspector's action runs the selected state alone with TestState (inspection level
 * DEBUG) and shows status, next state and every data-flow stage in the simulation's data-flow view; the role ARN
 * is remembered; the action is off until AWS mode is connected. Against the fake endpoint (the same run on
 * `asl-studio local` is in aws-local-endpoint.spec.ts; both from e2e/awsJourneys.ts).
 */
import { armFaults, awsDialog, connect, keepLocal } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { editorText, inspector } from './helpers.ts';
import { openShape, testShapeOnAws } from './awsJourneys.ts';

const ROLE = 'arn:aws:iam::123456789012:role/TestStateRole';

test('Test on AWS shows the state’s status, next state and inspection data in the data-flow view', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openShape(page);
  await expect(inspector(page).getByRole('button', { name: 'Test on AWS', exact: true })).toBeDisabled();

  await connect(page, fakeSfnUrl);
  await awsDialog(page).getByRole('button', { name: 'Close AWS panel' }).click();
  const before = await editorText(page);
  const { panel, flow } = await testShapeOnAws(page, ROLE);
  // The fake reports every stage the state has, InputPath and ResultPath too.
  await expect(flow.getByRole('region', { name: 'After InputPath' })).toContainText('"n": 21');
  await expect(flow.getByRole('region', { name: 'After ResultPath' })).toContainText('"shaped"');

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
