import { expect, test, type Page } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { editorJson, editorText, inspector, openApp, openSimulation, selectState, simulationPanel } from './helpers.ts';

type States = Record<string, Record<string, unknown>>;
const states = async (page: Page) => (await editorJson(page)).States as States;

test('the Lambda form sets the function, the payload and wait-for-callback, each one undo step', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'CreateUser');
  const form = inspector(page).getByRole('group', { name: 'Lambda function' });
  const fn = form.getByLabel('Function name or ARN');
  await expect(fn).toHaveValue('arn:aws:lambda:us-east-1:123456789012:function:CreateUser');
  await expect(form).toContainText('Function ARN: CreateUser in us-east-1, unqualified');

  // An invalid name is refused inline and the document does not change.
  await fn.fill('create user');
  await fn.press('Enter');
  await expect(form.getByRole('alert')).toContainText('letters, digits, hyphens');
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);

  await fn.fill('CreateUser:prod');
  await fn.press('Enter');
  await expect.poll(async () => (await states(page)).CreateUser!.Parameters).toEqual({ FunctionName: 'CreateUser:prod', 'Payload.$': '$' });
  await expect(form).toContainText('Function name: CreateUser, alias prod');

  await form.getByRole('radio', { name: 'No payload' }).click();
  await expect.poll(async () => (await states(page)).CreateUser!.Parameters).toEqual({ FunctionName: 'CreateUser:prod' });
  await form.getByRole('radio', { name: 'Enter payload' }).click();
  const payload = form.getByLabel('Payload JSON');
  await payload.fill('{ "user": "ada" }');
  await payload.blur();
  await expect.poll(async () => (await states(page)).CreateUser!.Parameters).toEqual({ FunctionName: 'CreateUser:prod', Payload: { user: 'ada' } });

  await form.getByRole('checkbox', { name: 'Wait for callback' }).click();
  await expect.poll(async () => (await states(page)).CreateUser!.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
  expect((await states(page)).CreateUser!.Parameters).toEqual({ FunctionName: 'CreateUser:prod', Payload: { user: 'ada', 'TaskToken.$': '$$.Task.Token' } });

  // Each change was one step (function, no payload, custom payload, its JSON, callback): five undos give the seed back.
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => editorText(page)).toBe(SEED_DEFINITION_TEXT);
});

test('switching to a plain function ARN offers to fix Parameters and OutputPath', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'SendNotification');
  const resource = inspector(page).getByLabel('Resource', { exact: true });
  await resource.fill('arn:aws:lambda:us-east-1:123456789012:function:SendNotification');
  await resource.press('Enter');
  const prompt = inspector(page).getByRole('group', { name: 'Resource changed' });
  await expect(prompt).toContainText('calls the function directly');
  await prompt.getByRole('button', { name: /Use the payload as Parameters/ }).click();
  await expect.poll(async () => (await states(page)).SendNotification).toEqual({
    Type: 'Task',
    Resource: 'arn:aws:lambda:us-east-1:123456789012:function:SendNotification',
    End: true,
  });
  await expect(prompt).toHaveCount(0);
  // And back: the FunctionName is the ARN the Resource had.
  await inspector(page).getByLabel('Resource preset').selectOption({ label: 'Lambda: invoke' });
  await prompt.getByRole('button', { name: /Add FunctionName and Payload/ }).click();
  await expect.poll(async () => (await states(page)).SendNotification).toEqual({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:SendNotification', 'Payload.$': '$' },
    OutputPath: '$.Payload',
    End: true,
  });
});

test('a new Lambda invoke task gets the default retrier and a starter mock named after it', async ({ page }) => {
  await openApp(page);
  await selectState(page, 'PlaceOrder');
  await page.getByRole('button', { name: 'Add Lambda invoke task' }).click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(/Lambdainvoke$/);
  await expect.poll(async () => (await states(page)).Lambdainvoke?.Retry).toEqual([
    {
      ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
      IntervalSeconds: 1,
      MaxAttempts: 3,
      BackoffRate: 2,
      JitterStrategy: 'FULL',
    },
  ]);
  await openSimulation(page);
  const panel = simulationPanel(page);
  await panel.getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name: 'Mocks' }).click();
  const mocks = panel.getByRole('tabpanel', { name: 'Mocks' });
  await expect(mocks.getByLabel('Mock kind for Lambdainvoke')).toHaveValue('result');
  await expect(mocks.getByLabel('Result for Lambdainvoke')).toHaveValue(/Sample result of Lambdainvoke/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the Lambda form, ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    await selectState(page, 'CreateUser');
    const form = inspector(page).getByRole('group', { name: 'Lambda function' });
    await form.scrollIntoViewIfNeeded();
    await expect(form.getByRole('radio', { name: 'Use state input as payload' })).toBeChecked();
    await page.screenshot({ path: `test-results/screens/lambda-form-1280x720-${theme}.png` });
  });
}
