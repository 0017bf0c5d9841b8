import { expect, test } from '@playwright/test';
import { executionStatus, openApp, openSimulation, replaceEditorText, stateNode } from './helpers.ts';
import { canvas, connectHandle, definition, dropFromPalette, layoutReady, newWorkflow, renameOnCanvas } from './canvas-helpers.ts';

const lambdaTask = (next?: string) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:MyFunction', 'Payload.$': '$' },
  OutputPath: '$.Payload',
  // Workflow Studio's default retrier for a new Lambda invoke Task.
  Retry: [
    {
      ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
      IntervalSeconds: 1,
      MaxAttempts: 3,
      BackoffRate: 2,
      JitterStrategy: 'FULL',
    },
  ],
  ...(next ? { Next: next } : { End: true }),
});

test('builds the seed workflow by drag and drop from an empty workflow', async ({ page }) => {
  await openApp(page);
  await newWorkflow(page);
  await dropFromPalette(page, 'Add Lambda invoke task', { x: 250, y: 150 });
  await expect(stateNode(page, 'Lambdainvoke')).toBeVisible();
  await renameOnCanvas(page, 'Lambdainvoke', 'CreateUser');
  // Dropping onto a state adds the new one after it.
  await layoutReady(page);
  await dropFromPalette(page, 'Add Lambda invoke task', stateNode(page, 'CreateUser'));
  await renameOnCanvas(page, 'Lambdainvoke', 'PlaceOrder');
  await layoutReady(page);
  await dropFromPalette(page, 'Add Lambda invoke task', stateNode(page, 'PlaceOrder'));
  await renameOnCanvas(page, 'Lambdainvoke', 'SendNotification');
  await expect.poll(() => definition(page)).toEqual({
    Comment: 'A new workflow',
    StartAt: 'CreateUser',
    States: {
      CreateUser: lambdaTask('PlaceOrder'),
      PlaceOrder: lambdaTask('SendNotification'),
      SendNotification: lambdaTask(),
    },
  });
});

test('dropping onto a transition inserts the state in between', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  // The CreateUser → PlaceOrder edge runs between the two nodes: drop on its midpoint.
  const a = (await stateNode(page, 'CreateUser').boundingBox())!;
  const b = (await stateNode(page, 'PlaceOrder').boundingBox())!;
  const box = (await canvas(page).boundingBox())!;
  await dropFromPalette(page, 'Add Wait state', { x: a.x + a.width / 2 - box.x, y: (a.y + a.height + b.y) / 2 - box.y });
  await expect.poll(async () => ((await definition(page)).States as Record<string, { Next?: string }>).CreateUser?.Next).toBe('Wait');
  const states = (await definition(page)).States as Record<string, { Next?: string; Seconds?: number }>;
  expect(states.Wait).toEqual({ Type: 'Wait', Seconds: 5, Next: 'PlaceOrder' });
});

test('builds a Choice with two rules and a Default by connecting handles', async ({ page }) => {
  await openApp(page);
  await newWorkflow(page);
  // Spread over the canvas as wide as it is (about 420 px beside the editor and the side panel in a laptop window).
  const width = (await canvas(page).boundingBox())!.width;
  await dropFromPalette(page, 'Add Choice state', { x: width / 2, y: 100 });
  await page.getByRole('region', { name: 'Workflow canvas' }).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await dropFromPalette(page, 'Add Pass state', { x: width * 0.15, y: 320 });
  await dropFromPalette(page, 'Add Succeed state', { x: width / 2, y: 320 });
  await dropFromPalette(page, 'Add Fail state', { x: width * 0.85, y: 320 });
  await layoutReady(page);
  await connectHandle(page, 'Choice', 'choice-0', 'Pass');
  await expect.poll(async () => ((await definition(page)).States as Record<string, { Choices?: { Next?: string }[] }>).Choice?.Choices?.[0]?.Next).toBe('Pass');
  await connectHandle(page, 'Choice', 'choice-new', 'Success');
  await expect.poll(async () => ((await definition(page)).States as Record<string, { Choices?: unknown[] }>).Choice?.Choices?.length).toBe(2);
  await connectHandle(page, 'Choice', 'default', 'Fail');
  await expect.poll(async () => ((await definition(page)).States as Record<string, unknown>).Choice).toEqual({
    Type: 'Choice',
    Choices: [
      { Variable: '$.value', StringEquals: 'value', Next: 'Pass' },
      { Variable: '$.value', StringEquals: 'value', Next: 'Success' },
    ],
    Default: 'Fail',
  });
  await expect(canvas(page).locator('[data-edge-kind="default"]')).toHaveText('Default');
});

test('refuses a second Next while dragging and says why', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  const h = stateNode(page, 'CreateUser').locator('.react-flow__handle[data-handleid="next"]');
  const from = (await h.boundingBox())!;
  const to = (await stateNode(page, 'SendNotification').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await expect(page.getByTestId('connect-hint')).toContainText('CreateUser already goes to PlaceOrder');
  await page.mouse.up();
  const states = (await definition(page)).States as Record<string, { Next?: string }>;
  expect(states.CreateUser?.Next).toBe('PlaceOrder');
});

test('deleting a state repairs the chain, and undo/redo restore it in one step each', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'PlaceOrder').click();
  await page.keyboard.press('Delete');
  await expect(stateNode(page, 'PlaceOrder')).toHaveCount(0);
  let states = (await definition(page)).States as Record<string, { Next?: string }>;
  expect(states.CreateUser?.Next).toBe('SendNotification');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
  states = (await definition(page)).States as Record<string, { Next?: string }>;
  expect(states.CreateUser?.Next).toBe('PlaceOrder');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(stateNode(page, 'PlaceOrder')).toHaveCount(0);
});

test('a double-click still renames a state that moved away between its two clicks (its layout arrived)', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  const node = stateNode(page, 'PlaceOrder');
  const b = (await node.boundingBox())!;
  const at = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id'), at)).toBe('PlaceOrder');
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.up();
  // The state moves from under the pointer before the second click (here a wheel zoom about a point well away).
  const pane = (await canvas(page).boundingBox())!;
  await page.mouse.move(pane.x + 20, pane.y + 20);
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node, .react-flow__pane')?.className ?? '', at)).toContain('react-flow__pane');
  await page.mouse.move(at.x, at.y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  // Before, the double-click fell on the empty pane and nothing happened.
  await expect(page.getByRole('textbox', { name: 'New name for PlaceOrder' })).toBeVisible();
  await page.keyboard.press('Escape');
  // A double-click on the empty pane after a single click there renames nothing.
  await page.mouse.click(at.x, at.y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await expect(page.getByRole('textbox', { name: /^New name for / })).toHaveCount(0);
});

test('renaming on the canvas repairs every reference; F2 starts renaming', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'PlaceOrder').click();
  await page.keyboard.press('F2');
  const input = page.getByRole('textbox', { name: 'New name for PlaceOrder' });
  await input.fill('Submit Order');
  await input.press('Enter');
  await expect(stateNode(page, 'Submit Order')).toBeVisible();
  const states = (await definition(page)).States as Record<string, { Next?: string }>;
  expect(states.CreateUser?.Next).toBe('Submit Order');
  expect(Object.keys(states)).toEqual(['CreateUser', 'Submit Order', 'SendNotification']);
});

test('deleting the start state makes its successor the start', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'CreateUser').click();
  await page.keyboard.press('Backspace');
  await expect(stateNode(page, 'CreateUser')).toHaveCount(0);
  expect((await definition(page)).StartAt).toBe('PlaceOrder');
});

test('duplicate with Ctrl+D', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'SendNotification').click();
  await page.keyboard.press('ControlOrMeta+D');
  await expect(stateNode(page, 'SendNotification (1)')).toBeVisible();
});

test('copy and paste states on the canvas as ASL JSON (new names, internal transitions kept)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await stateNode(page, 'CreateUser').click();
  await stateNode(page, 'PlaceOrder').click({ modifiers: ['Shift'] });
  await expect(stateNode(page, 'PlaceOrder')).toHaveClass(/selected/);
  await expect(stateNode(page, 'CreateUser')).toHaveClass(/selected/);
  await page.keyboard.press('ControlOrMeta+C');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { StartAt: string; States: Record<string, { Next?: string; End?: boolean }> };
  expect(copied.StartAt).toBe('CreateUser');
  expect(Object.keys(copied.States)).toEqual(['CreateUser', 'PlaceOrder']);
  expect(copied.States.CreateUser?.Next).toBe('PlaceOrder');
  await stateNode(page, 'SendNotification').click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(stateNode(page, 'CreateUser (1)')).toBeVisible();
  const states = (await definition(page)).States as Record<string, { Next?: string }>;
  expect(states['CreateUser (1)']?.Next).toBe('PlaceOrder (1)');
  expect(states.SendNotification?.Next).toBe('CreateUser (1)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stateNode(page, 'CreateUser (1)')).toHaveCount(0);
});

test('arrow keys move the selection along the graph', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'CreateUser').click();
  await page.keyboard.press('ArrowDown');
  await expect(stateNode(page, 'PlaceOrder')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowDown');
  await expect(stateNode(page, 'SendNotification')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowUp');
  await expect(stateNode(page, 'PlaceOrder')).toHaveClass(/selected/);
});

test('right-click on a node toggles a breakpoint, and a run pauses there', async ({ page }) => {
  await openApp(page);
  await stateNode(page, 'PlaceOrder').click({ button: 'right' });
  await expect(stateNode(page, 'PlaceOrder').getByLabel('Breakpoint')).toBeVisible();
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Paused at PlaceOrder');
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'in-progress');
  // F9 on the canvas removes it again.
  await stateNode(page, 'PlaceOrder').click();
  await page.keyboard.press('F9');
  await expect(stateNode(page, 'PlaceOrder').getByLabel('Breakpoint')).toHaveCount(0);
});

test('deleting a start state whose successor is ambiguous asks which state starts', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(
    page,
    JSON.stringify(
      {
        StartAt: 'Decide',
        States: {
          Decide: { Type: 'Choice', Choices: [{ Variable: '$.go', BooleanEquals: true, Next: 'Left' }], Default: 'Right' },
          Left: { Type: 'Pass', End: true },
          Right: { Type: 'Pass', End: true },
        },
      },
      null,
      2,
    ),
  );
  await expect(stateNode(page, 'Decide')).toBeVisible();
  await stateNode(page, 'Decide').click();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Choose the new start state' });
  await expect(dialog).toContainText('Deleting Decide leaves no single state to start from');
  await dialog.getByRole('button', { name: 'Start at Right' }).click();
  await expect(stateNode(page, 'Decide')).toHaveCount(0);
  const def = await definition(page);
  expect(def.StartAt).toBe('Right');
  expect(Object.keys(def.States as object)).toEqual(['Left', 'Right']);
  await expect(dialog).toHaveCount(0);
});

test('selecting a transition and pressing Delete removes the reference', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  const edge = page.getByRole('group', { name: 'next transition from PlaceOrder to SendNotification' });
  // A real click on the middle of the line (a vertical path has a zero-width box, which Playwright's own click
  // treats as hidden), after checking that the edge is what lies under that point.
  const line = (await edge.locator('.react-flow__edge-interaction').boundingBox())!;
  const [x, y] = [line.x + line.width / 2, line.y + line.height / 2];
  expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('.react-flow__edge')?.getAttribute('aria-label') ?? null, [x, y])).toMatch(/PlaceOrder to SendNotification/);
  await page.mouse.click(x, y);
  await page.keyboard.press('Delete');
  await expect.poll(async () => ((await definition(page)).States as Record<string, { Next?: string; End?: boolean }>).PlaceOrder).toMatchObject({
    End: true,
  });
  const states = (await definition(page)).States as Record<string, { Next?: string }>;
  expect(states.PlaceOrder?.Next).toBeUndefined();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => ((await definition(page)).States as Record<string, { Next?: string }>).PlaceOrder?.Next).toBe('SendNotification');
});
