/**
 * The designer from the keyboard alone: build, rename, connect and run a workflow with no mouse; panes cycle with
 * F6; the shortcut sheet opens with ? and closes with Escape; the code editor's Tab trap can be turned off.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { editorJson, editorText, inspector, loadDocument, openApp, openMenu, stateNode } from './helpers.ts';

/** Press a key until a locator has focus (each press is checked; at most `max` presses). */
async function pressUntilFocused(page: Page, key: string, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

function node(page: Page, name: string): Locator {
  return page.locator(`.react-flow__node[data-id="${name}"]`);
}

async function renameFocused(page: Page, from: string, to: string): Promise<void> {
  await expect(node(page, from)).toBeFocused();
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: `New name for ${from}` })).toBeFocused();
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await expect(node(page, to)).toBeFocused();
}

test('the seed workflow is built, renamed and run with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // The File menu opens with Enter on its first item, "New workflow".
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: 'File', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'New workflow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-state-name]')).toHaveCount(0);

  // F6 moves to the palette; Tab and the arrow keys reach the Lambda preset; Enter and Space add it after the selection.
  await page.keyboard.press('F6');
  await expect(page.getByRole('navigation', { name: 'Palette' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Tab');
  const lambda = page.getByRole('button', { name: 'Add Lambda invoke task' });
  await pressUntilFocused(page, 'ArrowDown', lambda);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-state-name]')).toHaveCount(1);
  // A polite live region says what happened.
  await expect(page.getByTestId('edit-announcer')).toHaveText(/^Add .*: Lambdainvoke/i);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-state-name]')).toHaveCount(2);
  await page.keyboard.press('Space');
  await expect(page.locator('[data-state-name]')).toHaveCount(3);
  const names = await page.locator('[data-state-name]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state-name') ?? ''));
  const def0 = await editorJson(page);
  const first = def0.StartAt as string;
  const states0 = def0.States as Record<string, { Next?: string }>;
  const second = states0[first]!.Next!;
  const third = states0[second]!.Next!;
  expect(new Set([first, second, third])).toEqual(new Set(names));

  // F6 moves to the canvas, onto the selected (last added) state; F2 renames; the arrow keys follow the chain back.
  await page.keyboard.press('F6');
  await renameFocused(page, third, 'SendNotification');
  await page.keyboard.press('ArrowUp');
  await renameFocused(page, second, 'PlaceOrder');
  await page.keyboard.press('ArrowUp');
  await renameFocused(page, first, 'CreateUser');
  await expect(node(page, 'CreateUser')).toHaveAttribute('aria-label', 'CreateUser, Task state, start, next: PlaceOrder');

  // F5 runs the simulation (the side panel switches to it).
  await page.keyboard.press('F5');
  for (const name of ['CreateUser', 'PlaceOrder', 'SendNotification']) {
    await expect(stateNode(page, name)).toHaveAttribute('data-status', 'succeeded');
  }
  await expect(node(page, 'PlaceOrder')).toHaveAttribute('aria-label', 'PlaceOrder, Task state, succeeded, next: SendNotification');
  await expect(page.getByRole('region', { name: 'Simulation' }).getByRole('status').first()).not.toBeEmpty();

  const def = await editorJson(page);
  expect(def.StartAt).toBe('CreateUser');
  const states = def.States as Record<string, Record<string, unknown>>;
  expect(Object.keys(states).sort()).toEqual(['CreateUser', 'PlaceOrder', 'SendNotification']);
  expect(states.CreateUser).toMatchObject({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'PlaceOrder' });
  expect(states.PlaceOrder).toMatchObject({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'SendNotification' });
  expect(states.SendNotification).toMatchObject({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true });
});

test('in a 1,000-state machine F2 renames too, and the focus comes back to the renamed node', async ({ page }) => {
  await openApp(page);
  // Opened as a file is (the canvas of a machine this big follows edits in a deferred render).
  const text = JSON.stringify(generateRealisticMachine(1000, 2), null, 2);
  await loadDocument(page, text);
  // The new document on the canvas first (until then the attribute speaks of the seed), then laid out and in view.
  await expect(node(page, 'b0 Task')).toBeAttached();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  // Selected, so the inspector shows its form too (its selects list all 1,000 states: the render after an edit is slow).
  await node(page, 'b0 Task').click({ position: { x: 30, y: 12 } });
  const edit = await openMenu(page, 'Edit');
  await expect(edit.getByRole('menuitem', { name: 'Connect to…' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await node(page, 'b0 Task').focus();
  await renameFocused(page, 'b0 Task', 'b0 Task renamed');
  await expect.poll(() => editorText(page).then((t) => t.includes('"StartAt": "b0 Task renamed"'))).toBe(true);
});

test('C opens "Connect to…": search, pick with Enter, and focus returns to the state', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(node(page, 'CreateUser')).toBeFocused();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect CreateUser to…' });
  await expect(dialog.getByRole('combobox', { name: 'Transition' })).toHaveValue('next');
  await expect(dialog.getByRole('combobox', { name: 'Find a state' })).toBeFocused();
  await page.keyboard.type('Send');
  await expect(dialog.getByRole('listbox', { name: 'States' }).getByRole('option')).toHaveText(['SendNotification']);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(node(page, 'CreateUser')).toBeFocused();
  const states = (await editorJson(page)).States as Record<string, { Next?: string; Catch?: unknown[] }>;
  expect(states.CreateUser?.Next).toBe('SendNotification');

  // A new Catch from the same dialog, picked from the list with the arrow keys and Enter.
  await page.keyboard.press('c');
  await dialog.getByRole('combobox', { name: 'Transition' }).selectOption('catch-new');
  await pressUntilFocused(page, 'Tab', dialog.getByRole('combobox', { name: 'Find a state' }));
  // The first highlight skips the state itself (a loop); the arrows move it.
  await expect(dialog.getByRole('listbox', { name: 'States' }).getByRole('option', { selected: true })).toHaveText('PlaceOrder');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('listbox', { name: 'States' }).getByRole('option', { selected: true })).toHaveText('SendNotification');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('listbox', { name: 'States' }).getByRole('option', { selected: true })).toHaveText('PlaceOrder');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(node(page, 'CreateUser')).toHaveAttribute('aria-label', /catch States\.ALL: PlaceOrder/);
});

test('? opens the shortcut sheet, Escape closes it and focus returns', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('F6');
  const search = page.getByRole('searchbox', { name: 'Search the palette' });
  await expect(search).toBeFocused();
  await page.keyboard.press('Tab');
  const entry = page.locator('nav.palette .palette-entry').first();
  await expect(entry).toBeFocused();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /F6 \/ Shift\+F6/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Ctrl\+M/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(entry).toBeFocused();
});

test('F6 and Shift+F6 cycle palette → canvas → editor → side panel; Enter on a node edits it in the inspector', async ({ page }) => {
  await openApp(page);
  const focusIn = (name: string, role: 'navigation' | 'region' | 'complementary') => page.getByRole(role, { name }).locator(':focus');
  await page.keyboard.press('F6');
  await expect(focusIn('Palette', 'navigation')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(focusIn('Workflow canvas', 'region')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(focusIn('ASL definition', 'region')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeFocused();
  // The tabs pattern: the arrow keys switch the side panel's view.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Simulation', exact: true })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Simulation' }).getByRole('toolbar', { name: 'Simulation controls' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Inspector' }).getByRole('region', { name: 'Inspector' })).toBeVisible();
  await page.keyboard.press('Shift+F6');
  await expect(focusIn('ASL definition', 'region')).toHaveCount(1);
  await page.keyboard.press('Shift+F6');
  await expect(node(page, 'CreateUser')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(node(page, 'PlaceOrder')).toBeFocused();
  await expect(node(page, 'PlaceOrder')).toBeInViewport();
  // Focus is visible: a solid outline on the focused node (React Flow's own CSS removes it).
  await expect(node(page, 'PlaceOrder')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(/PlaceOrder$/);
  await expect(inspector(page).getByLabel('Name', { exact: true })).toBeFocused();
});

test('Ctrl+M turns off the code editor Tab trap, so Tab leaves the editor', async ({ page }) => {
  await openApp(page);
  const editor = page.getByRole('region', { name: 'ASL definition' });
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(editor.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Control+M');
  await expect(page.getByRole('alert').filter({ hasText: 'Pressing Tab will now move focus' }).first()).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(editor.locator(':focus')).toHaveCount(0);
});

test('the theme follows the system and the toolbar choice; Monaco follows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/);
  // View › Theme with the keyboard: Enter opens the menu on "System", ArrowDown moves to "Light", Enter picks it.
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: 'View', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Light' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('.monaco-editor').first()).not.toHaveClass(/vs-dark/);
  await expect(page.locator('.react-flow')).toHaveClass(/light/);
});

test('F9 sets a breakpoint, F5 runs to it, F8 continues; F10 steps one state', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(node(page, 'CreateUser')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(node(page, 'PlaceOrder')).toBeFocused();
  await page.keyboard.press('F9');
  await expect(node(page, 'PlaceOrder')).toHaveAttribute('aria-label', /^PlaceOrder, Task state, breakpoint/);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('execution-status')).toHaveText('Paused at PlaceOrder');
  await expect(node(page, 'CreateUser')).toHaveAttribute('aria-label', /^CreateUser, Task state, start, succeeded/);
  await page.keyboard.press('F8');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');

  // A fresh page: F10 starts an execution and runs one state.
  await openApp(page);
  await page.keyboard.press('F10');
  await expect(stateNode(page, 'CreateUser')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'in-progress');
  await expect(node(page, 'PlaceOrder')).toHaveAttribute('aria-label', /^PlaceOrder, Task state, in progress/);
});
