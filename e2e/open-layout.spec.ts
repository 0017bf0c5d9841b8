/**
 * An opened document is laid out as a fresh page load lays it out, whatever was open before: positions are kept
 * across edits of one document, never carried over from another one that happens to share state names (the seed
 * workflow, then a share link or a library workflow with the same first states).
 */
import { expect, test, type Page } from '@playwright/test';
import { loadDocument, openApp, stateNode } from './helpers.ts';
import { nodePosition } from './never-lost-helpers.ts';

// Shares CreateUser and PlaceOrder with the seed workflow; its third state is another one.
const SHARED = {
  StartAt: 'CreateUser',
  States: {
    CreateUser: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'PlaceOrder' },
    PlaceOrder: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Notify the customer by e-mail' },
    'Notify the customer by e-mail': { Type: 'Succeed' },
  },
};
const UNRELATED = { StartAt: 'Only', States: { Only: { Type: 'Succeed' } } };

async function open(page: Page, def: object, firstState: string): Promise<void> {
  // As a file or a library workflow opens (loadText: a new document with a fresh history).
  await loadDocument(page, JSON.stringify(def, null, 2));
  await expect(stateNode(page, firstState)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
}

async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  const out: Record<string, { x: number; y: number }> = {};
  for (const name of Object.keys(SHARED.States)) out[name] = await nodePosition(page, name);
  return out;
}

test('a document opened after the seed is laid out as it is after an unrelated one', async ({ page, browser, baseURL }) => {
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const seedCreateUser = await nodePosition(page, 'CreateUser');
  await open(page, SHARED, 'Notify the customer by e-mail');
  const afterSeed = await positions(page);

  const context = await browser.newContext({ baseURL, viewport: { width: 1600, height: 900 } });
  try {
    const other = await context.newPage();
    await openApp(other);
    await expect(other.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
    await open(other, UNRELATED, 'Only');
    await open(other, SHARED, 'Notify the customer by e-mail');
    expect(await positions(other)).toEqual(afterSeed);
  } finally {
    await context.close();
  }
  // The check can tell: the seed's own layout puts CreateUser elsewhere.
  expect(afterSeed.CreateUser).not.toEqual(seedCreateUser);
});
