import { expect, test, type Page } from '@playwright/test';
import { editorText, openApp, replaceEditorText, stateNode, menuItem, menuRadio, menuRadioValue, openMenu } from './helpers.ts';

const YAML_TEXT = `Comment: restored after a reload
StartAt: Hello
States:
  Hello:
    Type: Pass
    End: true
`;

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
const drawer = (page: Page) => page.getByRole('dialog', { name: 'Workflows' });
const workflowName = (page: Page) => page.getByTestId('workflow-name');

async function openDrawer(page: Page) {
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  await expect(drawer(page)).toBeVisible();
  return drawer(page);
}

test('an edit survives a reload exactly: text, format and layout', async ({ page }) => {
  await openApp(page);
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await replaceEditorText(page, YAML_TEXT);
  await expect(stateNode(page, 'Hello')).toBeVisible();
  await menuRadio(page, 'View', 'Layout direction', 'Left-right');
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready');
  expect(await editorText(page)).toBe(YAML_TEXT);
  await expect(stateNode(page, 'Hello')).toBeVisible();
  expect(await menuRadioValue(page, 'View', 'Layout direction')).toBe('Left-right');
  await expect(workflowName(page)).toHaveText('Microservices workflow');
});

test('library: new from a template, rename, duplicate, delete and undo, search, open', async ({ page }) => {
  await openApp(page);
  const lib = await openDrawer(page);
  await lib.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Choice branching' }).click();
  await expect(workflowName(page)).toHaveText('Choice branching');
  await expect(stateNode(page, 'CheckTotal')).toBeVisible();

  await lib.getByRole('button', { name: 'Rename Choice branching' }).click();
  await lib.getByRole('textbox', { name: 'New name for Choice branching' }).fill('Orders by total');
  await lib.getByRole('textbox', { name: 'New name for Choice branching' }).press('Enter');
  await expect(workflowName(page)).toHaveText('Orders by total');

  await lib.getByRole('button', { name: 'Duplicate Orders by total' }).click();
  await expect(lib.getByRole('button', { name: 'Open Orders by total (copy)' })).toBeVisible();

  await lib.getByRole('button', { name: 'Delete Orders by total (copy)' }).click();
  await expect(lib.getByRole('button', { name: 'Open Orders by total (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(lib.getByRole('button', { name: 'Open Orders by total (copy)' })).toBeVisible();

  await lib.getByRole('searchbox', { name: 'Search workflows' }).fill('micro');
  await expect(lib.getByRole('listitem')).toHaveCount(1);
  await lib.getByRole('button', { name: 'Open Microservices workflow' }).click();
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  expect(await editorText(page)).toContain('"StartAt": "CreateUser"');

  // The last opened workflow opens on start.
  await page.reload();
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
});

test('two tabs on the same workflow: the second writer sees the conflict', async ({ page, context }) => {
  await openApp(page);
  const second = await context.newPage();
  await openApp(second);
  await expect(workflowName(second)).toHaveText('Microservices workflow');
  await replaceEditorText(page, YAML_TEXT);
  await expect(saveStatus(page)).toHaveText('Saved');
  await replaceEditorText(second, YAML_TEXT.replace('Hello', 'Other').replace('Hello', 'Other'));
  const conflict = second.getByRole('alert', { name: 'Conflict' });
  await expect(conflict).toContainText('changed in another tab');
  await conflict.getByRole('button', { name: 'Keep mine (save as copy)' }).click();
  await expect(workflowName(second)).toHaveText('Microservices workflow (copy)');
  await expect(saveStatus(second)).toHaveText('Saved');
  await expect(conflict).toHaveCount(0);
  expect(await editorText(page)).toBe(YAML_TEXT);
});

const SAM_TWO_MACHINES = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  OrderMachine:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionSubstitutions:
        FnArn: !GetAtt OrderFunction.Arn
      Definition:
        StartAt: PlaceOrder
        States:
          PlaceOrder:
            Type: Task
            Resource: \${FnArn}
            End: true
  RefundMachine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionString: !Sub |
        {"StartAt": "Refund", "States": {"Refund": {"Type": "Task", "Resource": "\${RefundArn}", "End": true}}}
`;

async function importFile(page: Page, name: string, text: string) {
  await page.getByLabel('Import file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

test('import a JSON file, a YAML file and a SAM template with two machines', async ({ page }) => {
  await openApp(page);
  await importFile(page, 'hello.asl.json', '{\n  "StartAt": "JsonHello",\n  "States": { "JsonHello": { "Type": "Pass", "End": true } }\n}\n');
  await expect(workflowName(page)).toHaveText('hello');
  await expect(stateNode(page, 'JsonHello')).toBeVisible();

  await importFile(page, 'greeting.yml', YAML_TEXT);
  await expect(workflowName(page)).toHaveText('greeting');
  await expect(stateNode(page, 'Hello')).toBeVisible();
  expect(await editorText(page)).toBe(YAML_TEXT);

  await importFile(page, 'template.yaml', SAM_TWO_MACHINES);
  const pick = page.getByRole('dialog', { name: 'Choose a state machine' });
  await pick.getByRole('button', { name: 'Open RefundMachine' }).click();
  await expect(workflowName(page)).toHaveText('RefundMachine');
  await expect(stateNode(page, 'Refund')).toBeVisible();
  expect(await editorText(page)).toContain('"Resource": "${RefundArn}"');

  const lib = await openDrawer(page);
  await expect(lib.getByRole('listitem')).toHaveCount(4);
});

test('a machine opened from a SAM template exports as a SAM template with its substitutions', async ({ page }) => {
  await openApp(page);
  await importFile(page, 'template.yaml', SAM_TWO_MACHINES);
  await page.getByRole('dialog', { name: 'Choose a state machine' }).getByRole('button', { name: 'Open OrderMachine' }).click();
  // The seed workflow has a PlaceOrder state too: wait for the imported text itself.
  await expect.poll(() => editorText(page)).toContain('Resource: ${FnArn}');
  await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
  const download = page.waitForEvent('download');
  await menuItem(page, 'File', 'Download SAM template');
  const sam = await readDownload(await download);
  expect(sam).toContain('OrderMachine:\n    Type: AWS::Serverless::StateMachine');
  expect(sam).toContain('FnArn:\n          Fn::GetAtt:\n            - OrderFunction\n            - Arn');
});

test('paste a definition, and drop a file onto the page', async ({ page }) => {
  await openApp(page);
  await menuItem(page, 'File', 'Paste definition…');
  const dialog = page.getByRole('dialog', { name: 'Paste definition' });
  await dialog.getByRole('textbox', { name: 'Definition text' }).fill(YAML_TEXT);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(workflowName(page)).toHaveText('Pasted workflow');
  await expect(stateNode(page, 'Hello')).toBeVisible();

  await page.evaluate(() => {
    const data = new DataTransfer();
    const text = '{"StartAt":"Dropped","States":{"Dropped":{"Type":"Succeed"}}}';
    data.items.add(new File([text], 'dropped.asl.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(workflowName(page)).toHaveText('dropped');
  await expect(stateNode(page, 'Dropped')).toBeVisible();
});

test('a broken file names the line and column and keeps the current workflow', async ({ page }) => {
  await openApp(page);
  await importFile(page, 'broken.json', '{\n  "StartAt": "A"\n  "States": {}\n}\n');
  await expect(page.getByRole('alert', { name: 'Notice' })).toContainText('line 3, column 3');
  await expect(workflowName(page)).toHaveText('Microservices workflow');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  const lib = await openDrawer(page);
  await expect(lib.getByRole('listitem')).toHaveCount(1);
});

test('export: the ASL JSON download is the editor text; the SVG holds the state names', async ({ page }) => {
  await openApp(page);
  await expect(stateNode(page, 'SendNotification')).toBeVisible();
  const jsonDownload = page.waitForEvent('download');
  await menuItem(page, 'File', 'Download ASL JSON');
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe('microservices-workflow.asl.json');
  expect(await readDownload(json)).toBe(await editorText(page));

  const svgDownload = page.waitForEvent('download');
  await menuItem(page, 'File', 'Download graph as SVG');
  const svg = await readDownload(await svgDownload);
  expect(svg.startsWith('<svg')).toBe(true);
  for (const name of ['CreateUser', 'PlaceOrder', 'SendNotification']) expect(svg).toContain(`>${name}</text>`);

  const file = await openMenu(page, 'File');
  // The image theme is a setting for the next item: the menu stays open after the pick.
  await file.getByRole('group', { name: 'Image theme' }).getByRole('menuitemradio', { name: 'Dark' }).click();
  const pngDownload = page.waitForEvent('download');
  await file.getByRole('menuitem', { name: 'Download graph as PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('microservices-workflow.png');
  const stream = await png.createReadStream();
  const [first] = (await stream.toArray()) as Buffer[];
  expect(first?.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('without IndexedDB the app says so at once, and export still works', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await openApp(page);
  await expect(page.getByRole('alert', { name: 'Storage problem' })).toContainText('Browser storage is unavailable');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();
  const download = page.waitForEvent('download');
  await menuItem(page, 'File', 'Download ASL JSON');
  expect(await readDownload(await download)).toBe(await editorText(page));
});

test('a share link that is too long shows its size and suggests export', async ({ page }) => {
  await openApp(page);
  const noise = await page.evaluate(() => Array.from({ length: 6000 }, () => Math.random().toString(36).slice(2, 10)).join(''));
  await replaceEditorText(page, `{\n  "Comment": "${noise}",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "End": true } }\n}\n`);
  await expect(stateNode(page, 'A')).toBeVisible();
  await menuItem(page, 'File', 'Share link…');
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('alert')).toContainText(/makes a \d+\.\d KB link, too long/);
  await expect(dialog.getByRole('textbox', { name: 'Share link URL' })).toHaveCount(0);
});

test('a share link opens as a copy in another page; a damaged link says so', async ({ page, context }) => {
  await openApp(page);
  await replaceEditorText(page, YAML_TEXT);
  await expect(saveStatus(page)).toHaveText('Saved');
  await menuItem(page, 'File', 'Share link…');
  const url = await page.getByRole('textbox', { name: 'Share link URL' }).inputValue();
  expect(url).toContain('#share=');

  const other = await context.newPage();
  await openApp(other, url.slice(url.indexOf('/#')));
  await expect(workflowName(other)).toHaveText('Microservices workflow (shared)');
  expect(await editorText(other)).toBe(YAML_TEXT);
  const lib = await openDrawer(other);
  await expect(lib.getByRole('listitem')).toHaveCount(2);

  const broken = await context.newPage();
  await openApp(broken, `/#share=${url.slice(url.indexOf('#share=') + 7, -20)}`);
  await expect(broken.getByRole('alert', { name: 'Notice' })).toContainText('damaged');
  await expect(workflowName(broken)).toHaveText('Microservices workflow (shared)');
});

async function readDownload(download: import('@playwright/test').Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
