import { expect, test, type Page } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { editorJson, editorText, inspector, openApp, replaceEditorText, selectState, stateNode } from './helpers.ts';

function states(def: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return def.States as Record<string, Record<string, unknown>>;
}

async function loadDefinition(page: Page, def: unknown, firstState: string): Promise<void> {
  await openApp(page);
  await replaceEditorText(page, JSON.stringify(def, null, 2));
  await expect(stateNode(page, firstState)).toBeVisible();
}

test('renaming a state renames the node and every reference, and nothing else', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'PlaceOrder');
  const name = inspector(page).getByLabel('Name', { exact: true });
  await name.fill('SubmitOrder');
  await name.press('Enter');
  await expect(stateNode(page, 'SubmitOrder')).toBeVisible();
  await expect(stateNode(page, 'PlaceOrder')).toHaveCount(0);
  // The key and the Next of CreateUser change; the function ARN that merely contains the name does not.
  await expect.poll(() => editorText(page)).toBe(SEED_DEFINITION_TEXT.replaceAll('"PlaceOrder"', '"SubmitOrder"'));
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(/SubmitOrder$/);
  // The form is the same form (not rebuilt for the new name): the Name field keeps the focus.
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('SubmitOrder');
});

test('an invalid name is refused inline and the document does not change', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'PlaceOrder');
  const name = inspector(page).getByLabel('Name', { exact: true });
  await name.fill('CreateUser');
  await name.press('Enter');
  await expect(inspector(page).getByRole('alert')).toHaveText('A state named "CreateUser" already exists');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test("a Task's Resource is set from a preset, and free text works too", async ({ page }) => {
  await openApp(page);
  await selectState(page, 'CreateUser');
  await inspector(page).getByLabel('Resource preset').selectOption({ label: 'SNS: publish' });
  await expect
    .poll(() => editorText(page))
    .toBe(SEED_DEFINITION_TEXT.replace('arn:aws:states:::lambda:invoke', 'arn:aws:states:::sns:publish'));
  const resource = inspector(page).getByLabel('Resource', { exact: true });
  await expect(resource).toHaveValue('arn:aws:states:::sns:publish');
  await resource.fill('arn:aws:states:::ecs:runTask.sync');
  await resource.press('Enter');
  await expect.poll(async () => states(await editorJson(page)).CreateUser!.Resource).toBe('arn:aws:states:::ecs:runTask.sync');
  await expect(inspector(page).getByLabel('Resource preset')).toHaveValue('arn:aws:states:::ecs:runTask.sync');
});

test('a Retry and a Catch (going to a Fail state) are added and edited', async ({ page }) => {
  await loadDefinition(
    page,
    {
      StartAt: 'Work',
      States: {
        Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done' },
        Done: { Type: 'Succeed' },
        Failed: { Type: 'Fail', Error: 'WorkFailed', Cause: 'The work failed' },
      },
    },
    'Work',
  );
  await selectState(page, 'Work');
  const panel = inspector(page);
  await panel.getByRole('button', { name: 'Add retrier' }).click();
  const retrier = panel.getByRole('group', { name: 'Retrier 1' });
  await expect(retrier).toBeVisible();
  await retrier.getByRole('button', { name: 'Remove States.ALL' }).click();
  const errors = retrier.getByLabel('ErrorEquals', { exact: true });
  await errors.fill('States.TaskFailed');
  await errors.press('Enter');
  const attempts = retrier.getByLabel('MaxAttempts');
  await attempts.fill('5');
  await attempts.press('Enter');
  await expect
    .poll(async () => states(await editorJson(page)).Work!.Retry)
    .toEqual([{ ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2 }]);
  // The empty ErrorEquals was a problem for a moment; validation runs just after the edit and clears it.
  await expect(retrier.getByRole('alert')).toHaveCount(0);
  // Out of range: refused inline, not applied.
  const backoff = retrier.getByLabel('BackoffRate');
  await backoff.fill('0.5');
  await backoff.press('Enter');
  await expect(retrier.getByRole('alert')).toHaveText('Must be at least 1');

  await panel.getByRole('button', { name: 'Add catcher' }).click();
  const catcher = panel.getByRole('group', { name: 'Catcher 1' });
  await catcher.getByLabel('Next', { exact: true }).selectOption('Failed');
  const resultPath = catcher.getByLabel('ResultPath');
  await resultPath.fill('$.error');
  await resultPath.press('Enter');
  await expect
    .poll(async () => states(await editorJson(page)).Work!.Catch)
    .toEqual([{ ErrorEquals: ['States.ALL'], Next: 'Failed', ResultPath: '$.error' }]);
  expect(states(await editorJson(page)).Work!.Retry).toEqual([
    { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2 },
  ]);
  await expect(page.locator('.edge-label-catch', { hasText: 'States.ALL' })).toBeVisible();
});

test('a Choice rule: operator, value and Next, then the Default', async ({ page }) => {
  await loadDefinition(
    page,
    {
      StartAt: 'Route',
      States: {
        Route: { Type: 'Choice', Choices: [{ Variable: '$.kind', StringEquals: 'a', Next: 'A' }], Default: 'B' },
        A: { Type: 'Succeed' },
        B: { Type: 'Succeed' },
        C: { Type: 'Succeed' },
      },
    },
    'Route',
  );
  await selectState(page, 'Route');
  const rule = inspector(page).getByRole('group', { name: 'Rule 1' });
  await rule.getByLabel('Operator').selectOption('NumericGreaterThan');
  await expect.poll(async () => (states(await editorJson(page)).Route!.Choices as unknown[])[0]).toEqual({
    Variable: '$.kind',
    NumericGreaterThan: 0,
    Next: 'A',
  });
  const value = rule.getByLabel('Value', { exact: true });
  await value.fill('ten');
  await value.press('Enter');
  await expect(rule.getByRole('alert')).toHaveText('Enter a number');
  await value.fill('10');
  await value.press('Enter');
  await rule.getByLabel('Next', { exact: true }).selectOption('C');
  await inspector(page).getByLabel('Default', { exact: true }).selectOption('A');
  await expect.poll(async () => states(await editorJson(page)).Route).toEqual({
    Type: 'Choice',
    Choices: [{ Variable: '$.kind', NumericGreaterThan: 10, Next: 'C' }],
    Default: 'A',
  });
  await expect(page.locator('.edge-label', { hasText: '$.kind > 10' })).toBeVisible();
});

test('Wait mode switch replaces the field in one step, and a bad path is refused', async ({ page }) => {
  await loadDefinition(
    page,
    { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 5, Next: 'Done' }, Done: { Type: 'Succeed' } } },
    'Pause',
  );
  await selectState(page, 'Pause');
  const panel = inspector(page);
  await panel.getByLabel('Wait for').selectOption('SecondsPath');
  await expect.poll(async () => states(await editorJson(page)).Pause).toEqual({ Type: 'Wait', SecondsPath: '$.seconds', Next: 'Done' });
  const path = panel.getByLabel('SecondsPath');
  await path.fill('delay');
  await path.press('Enter');
  await expect(panel.getByRole('alert')).toContainText('A path starts with $');
  await path.fill('$.delay');
  await path.press('Enter');
  await expect.poll(async () => states(await editorJson(page)).Pause!.SecondsPath).toBe('$.delay');
  await panel.getByLabel('Wait for').selectOption('Timestamp');
  await expect.poll(async () => states(await editorJson(page)).Pause).toEqual({
    Type: 'Wait',
    Timestamp: '2026-01-01T00:00:00Z',
    Next: 'Done',
  });
  // The switch was one step: one undo brings SecondsPath back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => states(await editorJson(page)).Pause).toEqual({ Type: 'Wait', SecondsPath: '$.delay', Next: 'Done' });
});

test('invalid JSON in Parameters shows an inline error and does not change the document', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'CreateUser');
  const params = inspector(page).getByLabel('Parameters');
  await params.fill('{ "FunctionName": }');
  await params.blur();
  await expect(inspector(page).getByRole('alert')).toContainText('Invalid JSON');
  await expect(params).toHaveAttribute('aria-invalid', 'true');
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  // Valid JSON is applied on blur.
  await params.fill('{ "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:Other", "Payload.$": "$" }');
  await params.blur();
  await expect
    .poll(async () => states(await editorJson(page)).CreateUser!.Parameters)
    .toEqual({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:Other', 'Payload.$': '$' });
});

test('undo reverts an inspector edit in one step', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'SendNotification');
  const comment = inspector(page).getByLabel('Comment');
  // Typing does not touch the document until the edit is committed.
  await comment.pressSequentially('Tell the user');
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
  await comment.press('Enter');
  await expect.poll(async () => states(await editorJson(page)).SendNotification!.Comment).toBe('Tell the user');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => editorText(page)).toBe(SEED_DEFINITION_TEXT);
  await expect(comment).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test("with no state selected the machine's settings are edited", async ({ page }) => {
  await openApp(page);
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { name: 'Workflow' })).toBeVisible();
  // A refused choice says why inline and changes nothing.
  await panel.getByLabel('StartAt').selectOption('');
  await expect(panel.getByRole('alert')).toHaveText('Choose the state to start at');
  await expect(panel.getByLabel('StartAt')).toHaveValue('CreateUser');
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
  await panel.getByLabel('StartAt').selectOption('PlaceOrder');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  const timeout = panel.getByLabel('TimeoutSeconds');
  await timeout.fill('3600');
  await timeout.press('Enter');
  await panel.getByLabel('QueryLanguage').selectOption('JSONata');
  await expect.poll(async () => {
    const def = await editorJson(page);
    return [def.StartAt, def.TimeoutSeconds, def.QueryLanguage];
  }).toEqual(['PlaceOrder', 3600, 'JSONata']);
});

test('the query language decides the I/O fields', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'CreateUser');
  const panel = inspector(page);
  await expect(panel.getByLabel('ResultSelector')).toBeVisible();
  await expect(panel.getByLabel('Arguments')).toHaveCount(0);
  await panel.getByLabel('QueryLanguage').selectOption('JSONata');
  await expect(panel.getByLabel('Arguments')).toBeVisible();
  await expect(panel.getByLabel('Output', { exact: true })).toBeVisible();
  await expect(panel.getByLabel('ResultSelector')).toHaveCount(0);
  await expect.poll(async () => states(await editorJson(page)).CreateUser!.QueryLanguage).toBe('JSONata');
});

test('the form is read-only while the text has a syntax error', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, SEED_DEFINITION_TEXT.replace('"StartAt": "CreateUser",', '"StartAt": "CreateUser"'));
  const panel = inspector(page);
  await expect(panel.getByRole('status')).toContainText('Read-only');
  await expect(panel.getByLabel('Comment')).toBeDisabled();
  // The canvas still shows the last valid machine: its states can be inspected, not edited.
  await selectState(page, 'CreateUser');
  await expect(panel.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(panel.getByLabel('Resource preset')).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Add retrier' })).toBeDisabled();
});

test("the validator's problems show at their fields", async ({ page }) => {
  await loadDefinition(
    page,
    {
      StartAt: 'Work',
      States: {
        Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 0, ResultPath: '$.items[*]', Next: 'Route' },
        Route: { Type: 'Choice', Choices: [{ Variable: 'kind', StringEquals: 'a', Next: 'Done' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    'Work',
  );
  await selectState(page, 'Work');
  const panel = inspector(page);
  await expect(panel.getByLabel('ResultPath')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByLabel('TimeoutSeconds')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('list', { name: 'Problems in this state' })).toContainText('TimeoutSeconds');
  await selectState(page, 'Route');
  const rule = panel.getByRole('group', { name: 'Rule 1' });
  await expect(rule.getByLabel('Variable')).toHaveAttribute('aria-invalid', 'true');
  // Fixing the field clears its problem.
  await rule.getByLabel('Variable').fill('$.kind');
  await rule.getByLabel('Variable').press('Enter');
  await expect(rule.getByLabel('Variable')).not.toHaveAttribute('aria-invalid', 'true');
});

test('Parallel branches are added and removed; Map settings are edited', async ({ page }) => {
  await loadDefinition(
    page,
    {
      StartAt: 'Fan',
      States: {
        Fan: { Type: 'Parallel', Branches: [{ StartAt: 'One', States: { One: { Type: 'Pass', End: true } } }], Next: 'Each' },
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    },
    'Fan',
  );
  await selectState(page, 'Fan');
  const panel = inspector(page);
  await expect(panel.getByRole('button', { name: 'Remove branch 1' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Add branch' }).click();
  await expect(panel.getByRole('list', { name: 'Branches' }).getByRole('listitem')).toHaveCount(2);
  await expect.poll(async () => (states(await editorJson(page)).Fan!.Branches as unknown[]).length).toBe(2);
  await panel.getByRole('button', { name: 'Remove branch 2' }).click();
  await expect.poll(async () => states(await editorJson(page)).Fan!.Branches).toEqual([
    { StartAt: 'One', States: { One: { Type: 'Pass', End: true } } },
  ]);

  await selectState(page, 'Each');
  await panel.getByLabel('Processor mode').selectOption('DISTRIBUTED');
  await panel.getByLabel('MaxConcurrency', { exact: true }).selectOption('MaxConcurrency');
  const concurrency = panel.getByRole('textbox', { name: 'MaxConcurrency' });
  await concurrency.fill('5');
  await concurrency.press('Enter');
  const percentage = panel.getByLabel('ToleratedFailurePercentage', { exact: true });
  await percentage.selectOption('ToleratedFailurePercentage');
  const percentValue = panel.getByRole('textbox', { name: 'ToleratedFailurePercentage' });
  await percentValue.fill('150');
  await percentValue.press('Enter');
  await expect(panel.getByRole('alert')).toHaveText('Must be at most 100');
  await percentValue.fill('10');
  await percentValue.press('Enter');
  await expect.poll(async () => {
    const m = states(await editorJson(page)).Each!;
    return [(m.ItemProcessor as Record<string, unknown>).ProcessorConfig, m.MaxConcurrency, m.ToleratedFailurePercentage];
  }).toEqual([{ Mode: 'DISTRIBUTED' }, 5, 10]);
});

test('nested And conditions are built in the form, each change one edit', async ({ page }) => {
  await loadDefinition(
    page,
    {
      StartAt: 'Route',
      States: {
        Route: { Type: 'Choice', Choices: [{ Variable: '$.kind', StringEquals: 'a', Next: 'A' }], Default: 'B' },
        A: { Type: 'Succeed' },
        B: { Type: 'Succeed' },
      },
    },
    'Route',
  );
  await selectState(page, 'Route');
  const rule = inspector(page).getByRole('group', { name: 'Rule 1' });
  await rule.getByLabel('Condition type').first().selectOption('And');
  await rule.getByRole('button', { name: 'Add condition' }).click();
  const second = rule.getByRole('group', { name: 'Condition 2' });
  await second.getByLabel('Operator').selectOption('IsPresent');
  await second.getByLabel('Value', { exact: true }).selectOption('false');
  const expected = {
    And: [
      { Variable: '$.kind', StringEquals: 'a' },
      { Variable: '$.value', IsPresent: false },
    ],
    Next: 'A',
  };
  await expect.poll(async () => (states(await editorJson(page)).Route!.Choices as unknown[])[0]).toEqual(expected);
  // Four edits, four undo steps: one undo only reverts the last.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (states(await editorJson(page)).Route!.Choices as Record<string, unknown[]>[])[0]!.And![1])
    .toEqual({ Variable: '$.value', IsPresent: true });
});

test('a JSONata Choice rule is a Condition expression', async ({ page }) => {
  await loadDefinition(
    page,
    {
      QueryLanguage: 'JSONata',
      StartAt: 'Route',
      States: {
        Route: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.kind = "a" %}', Next: 'A' }], Default: 'B' },
        A: { Type: 'Succeed', Output: '{% $states.input %}' },
        B: { Type: 'Succeed' },
      },
    },
    'Route',
  );
  await selectState(page, 'Route');
  const rule = inspector(page).getByRole('group', { name: 'Rule 1' });
  await expect(rule.getByLabel('Variable')).toHaveCount(0);
  const condition = rule.getByLabel('Condition', { exact: true });
  await condition.fill('$states.input.n > 3');
  await condition.press('Enter');
  await expect(rule.getByRole('alert')).toHaveText('Write {% expression %}, true or false');
  await condition.fill('{% $states.input.n > 3 %}');
  await condition.press('Enter');
  await expect
    .poll(async () => (states(await editorJson(page)).Route!.Choices as unknown[])[0])
    .toEqual({ Condition: '{% $states.input.n > 3 %}', Next: 'A' });
  await selectState(page, 'A');
  await expect(inspector(page).getByLabel('Output', { exact: true })).toHaveValue('{% $states.input %}');
  await expect(inspector(page).getByLabel('InputPath')).toHaveCount(0);
});
