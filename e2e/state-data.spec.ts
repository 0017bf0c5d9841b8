/**
 * Per-state data follows the state through every edit (issue 19): a mock written for a Task still runs after the
 * Task is renamed on the canvas, and a state renamed in the inspector stays where it was put, with its saved
 * layout under the new name.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickEditorText, editorText, executionStatus, inspector, openApp, openSimulation, selectState, simulationPanel, stateNode } from './helpers.ts';
import { dragState, nodePosition, saveStatus } from './never-lost-helpers.ts';

async function openTab(page: Page, name: string) {
  await simulationPanel(page).getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name }).click();
  return simulationPanel(page).getByRole('tabpanel', { name });
}

/** The sidecar positions of the saved workflows, read from IndexedDB as the app stored them. */
async function savedPositionKeys(page: Page): Promise<string[][]> {
  return page.evaluate(
    () =>
      new Promise<string[][]>((resolve, reject) => {
        const req = indexedDB.open('asl-studio');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('workflows', 'readonly').objectStore('workflows').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => resolve((all.result as { sidecar: { positions: object } }[]).map((r) => Object.keys(r.sidecar.positions)));
        };
      }),
  );
}

/** The seed open with SendNotification mocked by a handler of the user's own; the Simulation panel and its Mocks tab. */
async function withOwnNotificationMock(page: Page): Promise<{ panel: Locator; mocks: Locator }> {
  await openApp(page);
  const panel = await openSimulation(page);
  const mocks = await openTab(page, 'Mocks');
  await mocks.getByLabel('Mock kind for SendNotification').selectOption('code');
  await mocks
    .getByLabel('Mock code for SendNotification')
    .fill('export async function handler(event) {\n  return { status: "sent by my own mock" };\n}\n');
  return { panel, mocks };
}

test('a handler mock written for a Task still runs after F2 renames the Task', async ({ page }) => {
  const { panel, mocks } = await withOwnNotificationMock(page);

  await stateNode(page, 'SendNotification').click();
  await page.keyboard.press('F2');
  const input = page.getByRole('textbox', { name: 'New name for SendNotification' });
  await input.fill('Notify');
  await input.press('Enter');
  await expect(stateNode(page, 'Notify')).toBeVisible();

  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(panel.getByLabel('Execution output')).toHaveText('{"status":"sent by my own mock"}');
  await expect(mocks.getByLabel('Mock code for Notify')).toHaveValue(/sent by my own mock/);
});

/** On `line`, select the word before its last quote and type `text` over it (real keys). */
async function retypeLastWord(page: Page, line: string, text: string): Promise<void> {
  await clickEditorText(page, line);
  await page.keyboard.press('End');
  const rest = line.length - line.lastIndexOf('"');
  for (let i = 0; i < rest; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.type(text);
}

test('a mock written for a Task still applies after the Task is renamed by typing in the editor', async ({ page }) => {
  test.slow(); // Real key presses in Monaco, then a run: over a minute on a busy 2-core machine.
  const { panel, mocks } = await withOwnNotificationMock(page);

  // The reference first, then the key, as a user types them.
  await retypeLastWord(page, '"Next": "SendNotification"', 'Notify');
  await retypeLastWord(page, '"SendNotification": {', 'Notify');
  await expect(stateNode(page, 'Notify')).toBeVisible();
  await expect(stateNode(page, 'SendNotification')).toHaveCount(0);
  expect(await editorText(page)).not.toContain('"SendNotification"');

  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(panel.getByLabel('Execution output')).toHaveText('{"status":"sent by my own mock"}');
  await expect(mocks.getByLabel('Mock code for Notify')).toHaveValue(/sent by my own mock/);
});

test('a state renamed in the inspector stays where it was put, and the saved layout has its new name', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const laidOut = await nodePosition(page, 'PlaceOrder');
  await dragState(page, 'PlaceOrder', 260, 40);
  await expect.poll(async () => (await nodePosition(page, 'PlaceOrder')).x, { timeout: 15_000 }).toBeGreaterThan(laidOut.x + 100);
  const moved = await nodePosition(page, 'PlaceOrder');

  await selectState(page, 'PlaceOrder');
  const name = inspector(page).getByLabel('Name', { exact: true });
  await name.fill('SubmitOrder');
  await name.press('Enter');
  await expect(stateNode(page, 'SubmitOrder')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  expect(await nodePosition(page, 'SubmitOrder')).toEqual(moved);

  await expect(saveStatus(page)).toHaveText(/Saved/);
  await expect.poll(() => savedPositionKeys(page)).toEqual([['SubmitOrder']]);

  // A fresh load draws the renamed state where it was put.
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready', { timeout: 30_000 });
  await expect.poll(() => nodePosition(page, 'SubmitOrder')).toEqual(moved);
});
