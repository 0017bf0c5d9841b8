/**
 * AWS mode, Save: ValidateStateMachineDefinition's diagnostics on the nodes, as editor markers and in the Problems
 * list (labelled AWS, gone after the next edit); create with a CloudWatch Logs destination, then update and see
 * the new revision. Against the fake endpoint; nothing leaves the machine.
 */
import { awsDialog, connect, editorMarkers, fakeMachines, keepLocal, uniqueName } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { editorText, openApp, replaceEditorText, stateNode } from './helpers.ts';

// One problem only: A's dangling Next (B stays reachable through Pick's rule, since AWS refuses unreachable states).
const BROKEN = JSON.stringify(
  {
    StartAt: 'Pick',
    States: {
      Pick: { Type: 'Choice', Choices: [{ Variable: '$.done', IsPresent: true, Next: 'B' }], Default: 'A' },
      A: { Type: 'Pass', Next: 'Nowhere' },
      B: { Type: 'Succeed' },
    },
  },
  null,
  2,
);
const FIXED = BROKEN.replace('"Nowhere"', '"B"');

test('AWS validation diagnostics show on the node, as editor markers and in Problems, and go away after an edit', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  await replaceEditorText(page, BROKEN);
  await expect(stateNode(page, 'A')).toBeVisible();
  await expect.poll(() => editorText(page)).toBe(BROKEN);

  await dialog.getByRole('button', { name: 'Validate on AWS' }).click();
  await expect(dialog.getByRole('status', { name: 'Save result' })).toHaveText('AWS reported problems');
  const line = BROKEN.split('\n').findIndex((l) => l.includes('"Nowhere"')) + 1;
  const column = BROKEN.split('\n')[line - 1]!.indexOf('"Nowhere"') + 1;
  const listed = dialog.getByRole('list', { name: 'AWS diagnostics' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(/^AWS: SCHEMA_VALIDATION_FAILED: /);
  await expect(listed).toContainText(`at /States/A/Next (line ${line}:${column})`);

  // On the node: the badge counts AWS's problem with ours, and its tooltip says which came from AWS.
  const badge = stateNode(page, 'A').getByRole('img', { name: /errors?/ });
  await expect(badge).toHaveAttribute('title', /^AWS: SCHEMA_VALIDATION_FAILED: /m);
  // In the editor: a marker on the dangling name, with AWS's code.
  await expect.poll(async () => (await editorMarkers(page)).filter((m) => m.code === 'aws.SCHEMA_VALIDATION_FAILED')).toEqual([expect.objectContaining({ line, column, message: expect.stringMatching(/^AWS: /) })]);
  // In the Problems list.
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'AWS: SCHEMA_VALIDATION_FAILED' })).toHaveCount(1);
  expect(await editorText(page)).toBe(BROKEN);

  // An edit re-parses the text: AWS's diagnostics are gone everywhere until the next validation.
  await replaceEditorText(page, FIXED);
  await expect.poll(async () => (await editorMarkers(page)).filter((m) => m.code?.startsWith('aws.'))).toEqual([]);
  await expect(problems.getByRole('listitem').filter({ hasText: 'AWS:' })).toHaveCount(0);
  await expect(stateNode(page, 'A').getByRole('img', { name: /errors?/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Validate on AWS' }).click();
  await expect(dialog.getByRole('status', { name: 'Save result' })).toHaveText('AWS found no problems');
  expect(outside).toEqual([]);
});

test('create with a CloudWatch Logs destination, then update: the new revision is shown', async ({ page, fakeSfnUrl }) => {
  const outside = await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  await replaceEditorText(page, FIXED);
  await expect(stateNode(page, 'B')).toBeVisible();
  const name = uniqueName('Logged');
  const logGroup = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/studio:*';

  await dialog.getByLabel('New machine name').fill(name);
  await dialog.getByLabel('Role ARN').fill('arn:aws:iam::123456789012:role/StudioRole');
  await dialog.getByLabel('Logging level').selectOption('ALL');
  await dialog.getByLabel('Log group ARN').fill(logGroup);
  await dialog.getByLabel('Include execution data').check();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const result = dialog.getByRole('status', { name: 'Save result' });
  await expect(result).toHaveText(new RegExp(`^Created ${name}: revision rev-\\d+$`));
  const created = (await fakeMachines(fakeSfnUrl)).find((m) => m.name === name);
  expect(created?.logging).toEqual({ level: 'ALL', includeExecutionData: true, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: logGroup } }] });
  const machine = dialog.getByLabel('Opened state machine');
  await expect(machine).toContainText(`ALL → ${logGroup} (with execution data)`);
  await expect(machine).toContainText(created!.revisionId);

  // Update with a changed definition and logging level ERROR: a new revision, shown in the result and the details.
  await replaceEditorText(page, FIXED.replace('"Type": "Pass"', '"Type": "Pass",\n      "Comment": "v2"'));
  await expect.poll(async () => (await editorText(page)).includes('"v2"')).toBe(true);
  await dialog.getByLabel('Logging level').selectOption('ERROR');
  await dialog.getByRole('button', { name: `Update ${name}` }).click();
  await expect(result).toHaveText(new RegExp(`^Updated ${name}: revision rev-\\d+$`));
  const updated = (await fakeMachines(fakeSfnUrl)).find((m) => m.name === name)!;
  expect(updated.revisionId).not.toBe(created!.revisionId);
  expect(updated.definition).toContain('"v2"');
  expect(updated.logging.level).toBe('ERROR');
  await expect(result).toHaveText(`Updated ${name}: revision ${updated.revisionId}`);
  await expect(machine).toContainText(updated.revisionId);
  await expect(machine).toContainText(`ERROR → ${logGroup}`);
  expect(outside).toEqual([]);
});

test('logging without a destination is refused by AWS with a clear message; the workflow is unchanged', async ({ page, fakeSfnUrl }) => {
  await keepLocal(page);
  await openApp(page);
  const dialog = await connect(page, fakeSfnUrl);
  const before = await editorText(page);
  await dialog.getByLabel('New machine name').fill(uniqueName('NoGroup'));
  await dialog.getByLabel('Role ARN').fill('arn:aws:iam::123456789012:role/StudioRole');
  await dialog.getByLabel('Logging level').selectOption('ALL');
  await expect(dialog.getByText('AWS needs a log group when the level is not OFF.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const problem = awsDialog(page).getByRole('alert', { name: 'Save problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'validation');
  await expect(problem).toContainText('Must specify exactly one Log Destination');
  expect(await editorText(page)).toBe(before);
});
