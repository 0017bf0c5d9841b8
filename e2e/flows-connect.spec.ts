/**
 * "Connect to…" is a combobox with a listbox (issue 19): the options are ranked (the name itself, a prefix, a word
 * start, anywhere), one is highlighted, the arrows move the highlight, Enter picks it and Escape closes. Typing
 * "Order" on PlaceOrder once connected PlaceOrder to itself (the first substring match) ahead of OrderShipped.
 */
import { expect, test, type Page } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { editorJson, menuItem, openApp, replaceEditorText, selectState, stateNode } from './helpers.ts';

/** The seed with two more states after SendNotification: OrderShipped (a prefix of "Order") and Order itself. */
async function openShop(page: Page, withOrder: boolean): Promise<void> {
  await openApp(page);
  const def = JSON.parse(SEED_DEFINITION_TEXT) as { States: Record<string, Record<string, unknown>> };
  delete def.States.SendNotification!.End;
  def.States.SendNotification!.Next = 'OrderShipped';
  def.States.OrderShipped = withOrder ? { Type: 'Pass', Next: 'Order' } : { Type: 'Pass', End: true };
  if (withOrder) def.States.Order = { Type: 'Succeed' };
  await replaceEditorText(page, JSON.stringify(def, null, 2));
  await expect(stateNode(page, 'OrderShipped')).toBeVisible();
}

async function openConnect(page: Page, source: string) {
  await selectState(page, source);
  await menuItem(page, 'Edit', 'Connect to…');
  const dialog = page.getByRole('dialog', { name: `Connect ${source} to…` });
  const box = dialog.getByRole('combobox', { name: 'Find a state' });
  await expect(box).toBeFocused();
  return { dialog, box, list: dialog.getByRole('listbox', { name: 'States' }) };
}

const nextOf = async (page: Page, name: string) => ((await editorJson(page)).States as Record<string, { Next?: string }>)[name]?.Next;

test('typing "Order" on PlaceOrder and Enter connects to the prefix match, not to PlaceOrder itself', async ({ page }) => {
  await openShop(page, false);
  await selectState(page, 'PlaceOrder');
  await menuItem(page, 'Edit', 'Connect to…');
  const dialog = page.getByRole('dialog', { name: 'Connect PlaceOrder to…' });
  await expect(dialog.getByLabel('Find a state')).toBeFocused();
  await page.keyboard.type('Order');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect(await nextOf(page, 'PlaceOrder')).toBe('OrderShipped');
});

test('the listbox lists a prefix match before PlaceOrder and highlights it (aria-activedescendant)', async ({ page }) => {
  await openShop(page, false);
  const { box, list } = await openConnect(page, 'PlaceOrder');
  await page.keyboard.type('Order');
  await expect(list.getByRole('option')).toHaveText(['OrderShipped', /^PlaceOrder · itself/]);
  const highlighted = list.getByRole('option', { selected: true });
  await expect(highlighted).toHaveText('OrderShipped');
  await expect(box).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id')) ?? 'missing');
});

test('the exact name comes first; ArrowDown/ArrowUp move the highlight, Enter picks the highlighted option', async ({ page }) => {
  await openShop(page, true);
  const { dialog, box, list } = await openConnect(page, 'CreateUser');
  await page.keyboard.type('order');
  await expect(list.getByRole('option')).toHaveText(['Order', 'OrderShipped', 'PlaceOrder']);
  await expect(list.getByRole('option', { selected: true })).toHaveText('Order');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { selected: true })).toHaveText('PlaceOrder');
  await page.keyboard.press('ArrowUp');
  const highlighted = list.getByRole('option', { selected: true });
  await expect(highlighted).toHaveText('OrderShipped');
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id')) ?? 'missing');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect(await nextOf(page, 'CreateUser')).toBe('OrderShipped');
});

test('Escape closes Connect to… and changes nothing; a click on an option picks it', async ({ page }) => {
  await openShop(page, true);
  const { dialog } = await openConnect(page, 'CreateUser');
  await page.keyboard.type('Ship');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await nextOf(page, 'CreateUser')).toBe('PlaceOrder');
  const again = await openConnect(page, 'CreateUser');
  await again.list.getByRole('option', { name: 'SendNotification' }).click();
  await expect(again.dialog).toHaveCount(0);
  expect(await nextOf(page, 'CreateUser')).toBe('SendNotification');
});
