import { expect, test, type Page } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { canvas, renameOnCanvas } from './canvas-helpers.ts';
import {
  clickEditorText,
  cursorAtLineEnd,
  editorCursorLine,
  editorLanguage,
  editorMarkers,
  editorText,
  openApp,
  replaceEditorText,
  stateNode,
  suggestLabels,
} from './helpers.ts';

// Deliberately odd formatting: 4-space and 2-space indentation mixed, compact arrays, several keys on one line.
const ODD = `{
    "Comment": "odd formatting",
  "StartAt": "First",
    "States": {
      "First": { "Type": "Pass", "Next": "Second" },
        "Second": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Third"}], "Default": "First"},
      "Third": {
          "Type": "Pass", "Result": [1,2,  3],
         "End": true
      }
    }
}
`;

const formatRadio = (page: Page, name: 'JSON' | 'YAML') => page.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name });

test('typing in the editor renames a state on the canvas', async ({ page }) => {
  await openApp(page);
  await clickEditorText(page, '"PlaceOrder": {');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  for (let i = 0; i < '"PlaceOrder'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('Now');
  await expect(stateNode(page, 'PlaceOrderNow')).toBeVisible();
  await expect(stateNode(page, 'PlaceOrder')).toHaveCount(0);
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT.replace('"PlaceOrder": {', '"PlaceOrderNow": {'));
});

test('a canvas rename is one minimal edit that keeps odd formatting, and undoes and redoes from the editor', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, ODD);
  await expect(stateNode(page, 'Third')).toBeVisible();
  await renameOnCanvas(page, 'Second', 'Middle');
  await expect.poll(() => editorText(page)).toBe(ODD.replaceAll('"Second"', '"Middle"'));
  // Undo the canvas edit with the editor's keyboard, then redo it: the text comes back byte for byte.
  await clickEditorText(page, '"Comment": "odd formatting"');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(stateNode(page, 'Second')).toBeVisible();
  expect(await editorText(page)).toBe(ODD);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(stateNode(page, 'Middle')).toBeVisible();
  expect(await editorText(page)).toBe(ODD.replaceAll('"Second"', '"Middle"'));
});

test('invalid JSON makes the canvas stale until the text is fixed', async ({ page }) => {
  await openApp(page);
  await cursorAtLineEnd(page, '"StartAt": "CreateUser",');
  await page.keyboard.type(' oops');
  await expect(canvas(page)).toHaveAttribute('data-stale', 'true');
  await expect(page.getByText('Syntax error — canvas shows the last valid machine')).toBeVisible();
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'YAML' })).toBeDisabled();
  for (let i = 0; i < ' oops'.length; i++) await page.keyboard.press('Backspace');
  await expect(canvas(page)).toHaveAttribute('data-stale', 'false');
  await expect(page.getByText('Definition valid')).toBeVisible();
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
});

test('completion offers Next inside a state, then the state names of its scope', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, '{\n  "StartAt": "First",\n  "States": {\n    "First": {\n      "Type": "Pass"\n    },\n    "Last": {\n      "Type": "Succeed"\n    }\n  }\n}\n');
  await expect(stateNode(page, 'Last')).toBeVisible();
  await cursorAtLineEnd(page, '"Type": "Pass"');
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+Space');
  const fields = await suggestLabels(page);
  expect(fields).toEqual(expect.arrayContaining(['Next', 'End', 'Result', 'Comment']));
  expect(fields).not.toContain('Resource');
  await page.keyboard.type('Next');
  await expect(page.locator('.suggest-widget.visible .monaco-list-row.focused')).toContainText('Next');
  await page.keyboard.press('Enter');
  // Accepting the field opens the suggestions again, now with the state names of the same States object.
  await expect.poll(() => suggestLabels(page)).toEqual(['Last', 'First']);
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toContain('"Type": "Pass",\n      "Next": "Last"\n');
  await expect(canvas(page)).toHaveAttribute('data-stale', 'false');
});

test('a quick fix points a dangling Next to the closest state name', async ({ page }) => {
  await openApp(page);
  const broken = ODD.replace('"Next": "Second"', '"Next": "Secnod"');
  await replaceEditorText(page, broken);
  await expect(stateNode(page, 'Third')).toBeVisible();
  // The validator's problem is a marker with its code, exactly on the dangling name.
  const line = broken.split('\n').findIndex((l) => l.includes('"Secnod"')) + 1;
  const column = broken.split('\n')[line - 1]!.indexOf('"Secnod"') + 1;
  await expect
    .poll(async () => (await editorMarkers(page)).filter((m) => m.code === 'state.next.unknown'))
    .toEqual([expect.objectContaining({ owner: 'asl-studio', line, column, endLine: line, endColumn: column + '"Secnod"'.length })]);
  await cursorAtLineEnd(page, '"Next": "Secnod"');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+.');
  const fix = page.locator('.action-widget').getByText("Change Next to 'Second'");
  await expect(fix).toBeVisible();
  await fix.click();
  await expect.poll(() => editorText(page)).toBe(ODD);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Quick fix/);
});

test('go to definition (F12) jumps from a Next value to its state', async ({ page }) => {
  await openApp(page);
  const lines = SEED_DEFINITION_TEXT.split('\n');
  const target = lines.findIndex((l) => l.includes('"SendNotification": {')) + 1;
  await cursorAtLineEnd(page, '"Next": "SendNotification"');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('F12');
  await expect.poll(() => editorCursorLine(page)).toBe(target);
});

test('JSON → YAML → JSON keeps the definition and the canvas, each switch one undo step', async ({ page }) => {
  await openApp(page);
  const names = await page.locator('[data-state-name]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state-name')));
  await expect(formatRadio(page, 'JSON')).toBeChecked();
  await formatRadio(page, 'YAML').check();
  await expect.poll(() => editorLanguage(page)).toBe('yaml');
  expect(await editorText(page)).toMatch(/^Comment: "Microservices workflow.*"\nStartAt: CreateUser\n/);
  await expect(page.locator('[data-state-name]')).toHaveCount(names.length);
  for (const name of names) await expect(stateNode(page, name!)).toBeVisible();
  await formatRadio(page, 'JSON').check();
  await expect.poll(() => editorLanguage(page)).toBe('json');
  expect(JSON.parse(await editorText(page))).toEqual(JSON.parse(SEED_DEFINITION_TEXT));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(formatRadio(page, 'YAML')).toBeChecked();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(formatRadio(page, 'JSON')).toBeChecked();
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
});

test('in YAML, a canvas rename keeps comments', async ({ page }) => {
  await openApp(page);
  await formatRadio(page, 'YAML').check();
  await expect.poll(() => editorLanguage(page)).toBe('yaml');
  await cursorAtLineEnd(page, 'StartAt: CreateUser');
  await page.keyboard.type(' # where it all begins');
  await expect(page.getByText('Definition valid')).toBeVisible();
  await renameOnCanvas(page, 'CreateUser', 'RegisterUser');
  await expect.poll(() => editorText(page)).toContain('StartAt: RegisterUser # where it all begins\n');
  expect(await editorText(page)).toContain('  RegisterUser:\n');
  // Invalid YAML makes the canvas stale, like invalid JSON; fixing it brings it back.
  await cursorAtLineEnd(page, 'States:');
  await page.keyboard.type(' [');
  await expect(canvas(page)).toHaveAttribute('data-stale', 'true');
  await expect(stateNode(page, 'RegisterUser')).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(canvas(page)).toHaveAttribute('data-stale', 'false');
});

test('hovering a field shows its documentation', async ({ page }) => {
  await openApp(page);
  await page.locator('.view-line span', { hasText: /^"ResultSelector"$/ }).first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'ResultSelector' })).toContainText('A payload template applied to the raw result');
});
