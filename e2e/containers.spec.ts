import { expect, test } from '@playwright/test';
import { openApp, stateNode } from './helpers.ts';
import { canvas, definition, dropFromPalette, layoutReady, newWorkflow } from './canvas-helpers.ts';

type States = Record<string, Record<string, unknown>>;

test('builds a Parallel with two branches and adds a state inside a branch', async ({ page }) => {
  await openApp(page);
  await newWorkflow(page);
  await dropFromPalette(page, 'Add Parallel state', { x: 300, y: 150 });
  await expect(stateNode(page, 'Parallel')).toBeVisible();
  await layoutReady(page);
  // Start right above it and End right below it, on its axis (End was left far below, with a long dogleg).
  const box = async (id: string) => (await canvas(page).locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  const [start, par, end] = [await box('~start'), await box('Parallel'), await box('~end')];
  for (const m of [start, end]) expect(Math.abs(m.x + m.width / 2 - (par.x + par.width / 2))).toBeLessThan(2);
  expect(par.y - (start.y + start.height)).toBeLessThan(60);
  expect(end.y - (par.y + par.height)).toBeGreaterThan(0);
  expect(end.y - (par.y + par.height)).toBeLessThan(60);
  const parallel = ((await definition(page)).States as States).Parallel!;
  expect(parallel.Branches).toEqual([
    { StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
    { StartAt: 'Pass (1)', States: { 'Pass (1)': { Type: 'Pass', End: true } } },
  ]);
  // Dropping onto the state in the first branch adds the new one after it, inside that branch.
  await dropFromPalette(page, 'Add Wait state', stateNode(page, 'Pass'));
  await expect.poll(async () => Object.keys((((await definition(page)).States as States).Parallel!.Branches as { States: States }[])[0]!.States)).toEqual([
    'Pass',
    'Wait',
  ]);
  const branch = (((await definition(page)).States as States).Parallel!.Branches as { States: States }[])[0]!;
  expect(branch.States.Pass).toEqual({ Type: 'Pass', Next: 'Wait' });
  expect(branch.States.Wait).toEqual({ Type: 'Wait', Seconds: 5, End: true });
  await expect(canvas(page).locator('[data-group-id="Parallel/~b0"]')).toBeVisible();
  // One undo step removes it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stateNode(page, 'Wait')).toHaveCount(0);
});

test('builds a Map with an item processor and adds a Task inside it', async ({ page }) => {
  await openApp(page);
  await newWorkflow(page);
  await dropFromPalette(page, 'Add Map state', { x: 300, y: 150 });
  await expect(stateNode(page, 'Map')).toBeVisible();
  await layoutReady(page);
  await dropFromPalette(page, 'Add Lambda invoke task', stateNode(page, 'Pass'));
  await expect.poll(async () => {
    const map = ((await definition(page)).States as States).Map as { ItemProcessor: { States: States } };
    return Object.keys(map.ItemProcessor.States);
  }).toEqual(['Pass', 'Lambdainvoke']);
  const map = ((await definition(page)).States as States).Map as { ItemProcessor: { StartAt: string; ProcessorConfig: unknown } };
  expect(map.ItemProcessor.StartAt).toBe('Pass');
  expect(map.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'INLINE' });
  await expect(canvas(page).locator('[data-group-id="Map/~p"]')).toBeVisible();
});

test('refuses a connection out of a Parallel branch and says why', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  await dropFromPalette(page, 'Add Parallel state', stateNode(page, 'SendNotification'));
  await expect(stateNode(page, 'Parallel')).toBeVisible();
  await layoutReady(page);
  await page.getByRole('button', { name: 'Fit View' }).click();
  const handle = stateNode(page, 'Pass').locator('.react-flow__handle[data-handleid="next"]');
  const from = (await handle.boundingBox())!;
  const to = (await stateNode(page, 'CreateUser').locator('.react-flow__handle[data-handleid="in"]').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await expect(page.getByTestId('connect-hint')).toContainText('cannot cross the boundary');
  await page.mouse.up();
  const branches = ((await definition(page)).States as States).Parallel!.Branches as { States: States }[];
  expect(branches[0]!.States.Pass).toEqual({ Type: 'Pass', End: true });
});

test('dragging a state into a Parallel branch moves it there and repairs the chain it left', async ({ page }) => {
  await openApp(page);
  await layoutReady(page);
  await dropFromPalette(page, 'Add Parallel state', stateNode(page, 'SendNotification'));
  await expect(stateNode(page, 'Parallel')).toBeVisible();
  await layoutReady(page);
  await page.getByRole('button', { name: 'Fit View' }).click();
  const group = (await canvas(page).locator('[data-group-id="Parallel/~b0"]').boundingBox())!;
  const node = (await stateNode(page, 'PlaceOrder').boundingBox())!;
  await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
  await page.mouse.down();
  await page.mouse.move(group.x + group.width / 2, group.y + group.height - 12, { steps: 20 });
  await page.mouse.up();
  await expect.poll(async () => Object.keys(((await definition(page)).States as States))).toEqual(['CreateUser', 'SendNotification', 'Parallel']);
  const states = (await definition(page)).States as States;
  expect(states.CreateUser!.Next).toBe('SendNotification');
  const branches = states.Parallel!.Branches as { States: States }[];
  expect(Object.keys(branches[0]!.States)).toEqual(['Pass', 'PlaceOrder']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Object.keys(((await definition(page)).States as States))).toEqual(['CreateUser', 'PlaceOrder', 'SendNotification', 'Parallel']);
});

test('a Parallel that grows by a branch stays whole in view while it is readable so', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Design' }).click();
  await newWorkflow(page);
  await dropFromPalette(page, 'Add Parallel state', { x: 300, y: 150 });
  await expect(stateNode(page, 'Parallel')).toBeVisible();
  await layoutReady(page);
  await stateNode(page, 'Parallel').click({ position: { x: 30, y: 10 } });
  const pane = (await canvas(page).boundingBox())!;
  for (const added of ['Pass (2)', 'Pass (3)']) {
    await page.getByRole('button', { name: 'Add branch' }).click();
    await expect(stateNode(page, added)).toBeVisible();
    await layoutReady(page);
    // Before, the view centred the new branch's state at the same zoom and cut the Parallel at the pane's left.
    await expect
      .poll(async () => {
        const b = (await stateNode(page, 'Parallel').boundingBox())!;
        return b.x >= pane.x && b.y >= pane.y && b.x + b.width <= pane.x + pane.width && b.y + b.height <= pane.y + pane.height;
      }, `the Parallel whole in the pane after adding ${added}`)
      .toBe(true);
  }
});
