/**
 * "Never lost" (issue #8): a broken file never replaces what the user had, an export imports back identically, and
 * a reload restores the exact text and a moved node. (persistence.spec.ts covers the library, conflicts, paste and
 * drop, SAM templates with several machines; never-lost-images and never-lost-share the images and share links.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sharedPath } from '../src/testing/shared.ts';
import { editorText, openApp, replaceEditorText, stateNode } from './helpers.ts';
import {
  downloadBytes,
  downloadFromMenu,
  dragState,
  importFile,
  libraryCount,
  nodePosition,
  notice,
  saveStatus,
  workflowName,
} from './never-lost-helpers.ts';

/** JSON with odd but valid formatting: tabs, a blank line, spaces before colons, no final newline. */
const ODD_JSON = '{\n\t"Comment" : "odd   formatting",\n\n\t"StartAt":"First",\n  "States": {"First": {"Type": "Pass",   "Next": "Second"},\n\t\t"Second": { "Type": "Succeed" }}\n}';

const ODD_YAML = `# a comment that JSON could not keep
StartAt:   First
States:
  First: { Type: Pass, Next: Second }   # flow style
  Second:
      Type: Succeed
`;

const BROKEN_DIR = sharedPath('corpus/aws-samples/broken');

for (const file of readdirSync(BROKEN_DIR).sort()) {
  test(`broken file ${file}: refused with line and column, the open workflow unchanged byte for byte`, async ({ page }) => {
    await openApp(page);
    await replaceEditorText(page, ODD_JSON);
    await expect(stateNode(page, 'Second')).toBeVisible();
    await expect(saveStatus(page)).toHaveText('Saved');
    const before = await editorText(page);
    expect(before).toBe(ODD_JSON);

    await page.getByLabel('Import file').setInputFiles(`${BROKEN_DIR}/${file}`);
    await expect(notice(page)).toContainText(`Could not import ${file}`);
    await expect(notice(page)).toContainText(/line \d+, column \d+/);
    await expect(notice(page)).toContainText('Your workflows are unchanged');
    expect(await editorText(page)).toBe(before);
    await expect(workflowName(page)).toHaveText('Microservices workflow');
    await expect(stateNode(page, 'First')).toBeVisible();
    expect(await libraryCount(page)).toBe(1);
  });
}

test('the broken corpus folder is there (the tests above read it)', () => {
  const files = readdirSync(BROKEN_DIR);
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const f of files) expect(readFileSync(`${BROKEN_DIR}/${f}`, 'utf8').length).toBeGreaterThan(0);
});

test('export ASL JSON and ASL YAML, import each download: the text comes back identical', async ({ page }) => {
  await openApp(page);
  for (const [text, entry, ext] of [
    [ODD_JSON, 'Download ASL JSON', 'json'],
    [ODD_YAML, 'Download ASL YAML', 'yaml'],
  ] as const) {
    await replaceEditorText(page, text);
    await expect(stateNode(page, 'Second')).toBeVisible();
    const download = await downloadFromMenu(page, entry);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.asl\\.${ext}$`));
    const bytes = await downloadBytes(download);
    expect(bytes.toString('utf8')).toBe(text);

    const count = await libraryCount(page);
    await importFile(page, download.suggestedFilename(), bytes);
    await expect(libraryCount(page)).resolves.toBe(count + 1);
    await expect(workflowName(page)).not.toHaveText('Microservices workflow');
    await expect(stateNode(page, 'First')).toBeVisible();
    expect(await editorText(page)).toBe(text);
  }
});

test('a SAM template with one state machine imports straight away, substitutions kept', async ({ page }) => {
  await openApp(page);
  const template = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  OrdersMachine:',
    '    Type: AWS::Serverless::StateMachine',
    '    Properties:',
    '      DefinitionSubstitutions:',
    '        ChargeArn: arn:aws:lambda:us-east-1:123456789012:function:Charge',
    '      Definition:',
    '        StartAt: Charge',
    '        States:',
    '          Charge:',
    '            Type: Task',
    '            Resource: ${ChargeArn}',
    '            End: true',
    '',
  ].join('\n');
  await importFile(page, 'template.yaml', template);
  await expect(workflowName(page)).toHaveText('OrdersMachine');
  await expect(stateNode(page, 'Charge')).toBeVisible();
  expect(await editorText(page)).toContain('Resource: ${ChargeArn}');
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('DefinitionSubstitutions kept as placeholders: ${ChargeArn}');
  expect(await libraryCount(page)).toBe(2);
});

test('a reload restores the exact text and a node moved by hand', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, ODD_YAML);
  await expect(stateNode(page, 'Second')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const laidOut = await nodePosition(page, 'Second');
  await dragState(page, 'Second', 260, 40);
  await expect.poll(async () => (await nodePosition(page, 'Second')).x, { timeout: 15_000 }).toBeGreaterThan(laidOut.x + 100);
  await expect(saveStatus(page)).toHaveText('Saved');
  const moved = await nodePosition(page, 'Second');
  const first = await nodePosition(page, 'First');

  await page.reload();
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });
  await expect(stateNode(page, 'Second')).toBeVisible();
  expect(await editorText(page)).toBe(ODD_YAML);
  await expect.poll(() => nodePosition(page, 'Second')).toEqual(moved);
  expect(await nodePosition(page, 'First')).toEqual(first);
});
