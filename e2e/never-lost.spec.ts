/**
 * "Never lost" (issue #8): a broken file never replaces what the user had, an export imports back identically, and
 * a reload restores the exact text and a moved node. (persistence.spec.ts covers the library, conflicts, paste and
 * drop, SAM templates with several machines; never-lost-images and never-lost-share the images and share links.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixturePath } from '../src/testing/fixtures.ts';
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
StartAt:   Alpha
States:
  Alpha: { Type: Pass, Next: Beta }   # flow style
  Beta:
      Type: Succeed
`;

const BROKEN_DIR = fixturePath('corpus/aws-samples/broken');

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
  for (const [text, entry, ext, last] of [
    [ODD_JSON, 'Download ASL JSON', 'json', 'Second'],
    [ODD_YAML, 'Download ASL YAML', 'yaml', 'Beta'],
  ] as const) {
    await replaceEditorText(page, text);
    // The canvas shows this text's states: the store has parsed it (the export reads the store).
    await expect(stateNode(page, last)).toBeVisible();
    const download = await downloadFromMenu(page, entry);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.asl\\.${ext}$`));
    const bytes = await downloadBytes(download);
    expect(bytes.toString('utf8')).toBe(text);

    const count = await libraryCount(page);
    await importFile(page, download.suggestedFilename(), bytes);
    // The import is saved to the library once it is opened: polled (read once, the count raced the save).
    await expect.poll(() => libraryCount(page)).toBe(count + 1);
    await expect(workflowName(page)).not.toHaveText('Microservices workflow');
    await expect(stateNode(page, last)).toBeVisible();
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
  // Polled: the import's save to the library can land after the notice.
  await expect.poll(() => libraryCount(page)).toBe(2);
});

test('a reload restores the exact text and a node moved by hand', async ({ page }) => {
  await openApp(page);
  await replaceEditorText(page, ODD_YAML);
  await expect(stateNode(page, 'Beta')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const laidOut = await nodePosition(page, 'Beta');
  await dragState(page, 'Beta', 260, 40);
  await expect.poll(async () => (await nodePosition(page, 'Beta')).x, { timeout: 15_000 }).toBeGreaterThan(laidOut.x + 100);
  await expect(saveStatus(page)).toHaveText('Saved');
  const moved = await nodePosition(page, 'Beta');
  const alphaBefore = await nodePosition(page, 'Alpha');

  const reloadAndRead = async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });
    await expect(stateNode(page, 'Beta')).toBeVisible();
    expect(await editorText(page)).toBe(ODD_YAML);
    await expect.poll(() => nodePosition(page, 'Beta')).toEqual(moved);
    await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
    return nodePosition(page, 'Alpha');
  };
  // The moved node is where it was dropped; the others are where they were drawn before the reload.
  expect(await reloadAndRead()).toEqual(alphaBefore);
  expect(await reloadAndRead()).toEqual(alphaBefore);
});
