/**
 * Share links (issue #8): a link opened in a fresh browser (a new context: empty storage, no service worker)
 * shows the same workflow, as a new library copy: the definition text byte for byte, the hand-moved layout and the
 * simulation mocks. (persistence.spec.ts covers a link opened in another page of the same browser, damaged links
 * and links too long to share.)
 */
import { expect, test, type Page } from '@playwright/test';
import { editorText, openApp, openSimulation, replaceEditorText, simulationPanel, stateNode, menuItem } from './helpers.ts';
import { dragState, libraryCount, nodePosition, saveStatus, workflowName } from './never-lost-helpers.ts';

const TEXT = `{
  "Comment":   "shared with odd spacing",
  "StartAt": "CreateUser",
  "States": {
    "CreateUser": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "PlaceOrder" },
    "PlaceOrder": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Notify" },
    "Notify": { "Type": "Succeed" }
  }
}
`;

async function mocksTab(page: Page) {
  await openSimulation(page);
  await simulationPanel(page).getByRole('tablist', { name: 'Simulation views' }).getByRole('tab', { name: 'Mocks' }).click();
  return simulationPanel(page).getByRole('tabpanel', { name: 'Mocks' });
}

test('a share link opened in a fresh browser shows the same text, layout and mocks as a new copy', async ({ page, browser, baseURL }) => {
  await openApp(page);
  await replaceEditorText(page, TEXT);
  await expect(stateNode(page, 'Notify')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const laidOut = await nodePosition(page, 'Notify');
  await dragState(page, 'Notify', 280, 30);
  await expect.poll(async () => (await nodePosition(page, 'Notify')).x, { timeout: 15_000 }).toBeGreaterThan(laidOut.x + 100);

  const mocks = await mocksTab(page);
  await mocks.getByLabel('Mock kind for PlaceOrder').selectOption('error');
  await mocks.getByLabel('Error name for PlaceOrder').fill('Orders.Closed');
  await mocks.getByLabel('Cause for PlaceOrder').fill('Shop is closed');
  await expect(saveStatus(page)).toHaveText('Saved');
  const moved = await nodePosition(page, 'Notify');

  await menuItem(page, 'File', 'Share link…');
  const url = await page.getByRole('textbox', { name: 'Share link URL' }).inputValue();
  expect(url).toContain('#share=');

  // The layout as a fresh load draws it (within a session the layout keeps nodes where they were before an edit).
  await page.reload();
  await expect(stateNode(page, 'Notify')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  await expect.poll(() => nodePosition(page, 'Notify')).toEqual(moved);
  const positions = {
    CreateUser: await nodePosition(page, 'CreateUser'),
    PlaceOrder: await nodePosition(page, 'PlaceOrder'),
    Notify: moved,
  };

  const fresh = await browser.newContext({ baseURL, viewport: { width: 1600, height: 900 } });
  try {
    const other = await fresh.newPage();
    await openApp(other, url.slice(url.indexOf('/#')));
    await expect(workflowName(other)).toHaveText('Microservices workflow (shared)');
    await expect(stateNode(other, 'Notify')).toBeVisible();
    await expect(other.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
    expect(await editorText(other)).toBe(TEXT);
    // A new copy beside the fresh browser's own seed workflow (polled: the save can land after the first paint).
    await expect.poll(() => libraryCount(other)).toBe(2);
    for (const [name, p] of Object.entries(positions)) await expect.poll(() => nodePosition(other, name)).toEqual(p);

    const otherMocks = await mocksTab(other);
    await expect(otherMocks.getByLabel('Mock kind for PlaceOrder')).toHaveValue('error');
    await expect(otherMocks.getByLabel('Error name for PlaceOrder')).toHaveValue('Orders.Closed');
    await expect(otherMocks.getByLabel('Cause for PlaceOrder')).toHaveValue('Shop is closed');
    await expect(otherMocks.getByLabel('Mock kind for CreateUser')).not.toHaveValue('error');
  } finally {
    await fresh.close();
  }
});
