import { expect, test } from '@playwright/test';
import { SEED_DEFINITION_TEXT } from '../src/asl/seed.ts';
import { editorText, openApp, replaceEditorText, stateNode } from './helpers.ts';

test('opens with the three seed states drawn top-down and the ASL in the editor', async ({ page }) => {
  await openApp(page);
  const names = ['CreateUser', 'PlaceOrder', 'SendNotification'];
  for (const name of names) {
    await expect(stateNode(page, name)).toBeVisible();
    await expect(stateNode(page, name)).toHaveAttribute('data-state-type', 'Task');
  }
  const boxes = await Promise.all(names.map((n) => stateNode(page, n).boundingBox()));
  expect(boxes[0]!.y).toBeLessThan(boxes[1]!.y);
  expect(boxes[1]!.y).toBeLessThan(boxes[2]!.y);
  expect(await editorText(page)).toBe(SEED_DEFINITION_TEXT);
});

test('renaming a state in the editor renames its node', async ({ page }) => {
  await openApp(page);
  const renamed = SEED_DEFINITION_TEXT.replaceAll('PlaceOrder', 'SubmitOrder');
  await replaceEditorText(page, renamed);
  await expect(stateNode(page, 'SubmitOrder')).toBeVisible();
  await expect(stateNode(page, 'PlaceOrder')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-stale', 'false');
});

test('invalid JSON shows the error with line and column and keeps a stale canvas', async ({ page }) => {
  await openApp(page);
  const broken = SEED_DEFINITION_TEXT.replace('"StartAt": "CreateUser",', '"StartAt": "CreateUser"');
  await replaceEditorText(page, broken);
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas).toHaveAttribute('data-stale', 'true');
  await expect(canvas.getByRole('status')).toContainText('line 4, column 3');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('Comma expected');
  await replaceEditorText(page, SEED_DEFINITION_TEXT);
  await expect(canvas).toHaveAttribute('data-stale', 'false');
});

test('the page makes no request to any host but localhost', async ({ page, context }) => {
  const hosts = new Set<string>();
  await context.route('**/*', (route) => {
    hosts.add(new URL(route.request().url()).hostname);
    return route.continue();
  });
  await openApp(page);
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  // Exercise the editor so that Monaco's workers load too.
  await replaceEditorText(page, SEED_DEFINITION_TEXT.replaceAll('CreateUser', 'CreateUser2'));
  await expect(stateNode(page, 'CreateUser2')).toBeVisible();
  expect(hosts.size).toBeGreaterThan(0);
  expect([...hosts].filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([]);
});
