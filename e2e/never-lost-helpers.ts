/** Helpers of the "never lost" browser tests (never-lost*.spec.ts): files, downloads, node positions. */
import { expect, type Download, type Page } from '@playwright/test';
import { stateNode, openMenu } from './helpers.ts';

export const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
export const workflowName = (page: Page) => page.getByTestId('workflow-name');
export const notice = (page: Page) => page.getByRole('alert', { name: 'Notice' });

export async function libraryCount(page: Page): Promise<number> {
  const drawer = page.getByRole('dialog', { name: 'Workflows' });
  if (!(await drawer.isVisible())) await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  await expect(drawer).toBeVisible();
  const n = await drawer.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Workflows', exact: true }).click();
  await expect(drawer).toBeHidden();
  return n;
}

export async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  await page.getByLabel('Import file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** Click a File menu entry and return its download. */
export async function downloadFromMenu(page: Page, entry: string, theme?: 'light' | 'dark'): Promise<Download> {
  const menu = await openMenu(page, 'File');
  if (theme) {
    const option = menu.getByRole('group', { name: 'Image theme' }).getByRole('menuitemradio', { name: theme === 'light' ? 'Light' : 'Dark', exact: true });
    await option.click();
    await expect(option).toBeChecked();
  }
  const download = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: entry, exact: true }).click();
  return download;
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A state's position on the canvas in flow coordinates (React Flow's transform of its node). */
export async function nodePosition(page: Page, name: string): Promise<{ x: number; y: number }> {
  return stateNode(page, name).evaluate((el) => {
    const node = el.closest<HTMLElement>('.react-flow__node');
    const m = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(node?.style.transform ?? '');
    if (!m) throw new Error(`no position on ${node?.style.transform ?? 'no node'}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  });
}

/** Drag a state by (dx, dy) screen pixels with the mouse (in small steps, as React Flow needs). */
export async function dragState(page: Page, name: string, dx: number, dy: number): Promise<void> {
  const box = await stateNode(page, name).boundingBox();
  if (!box) throw new Error(`state ${name} is not shown`);
  const x = box.x + 30;
  const y = box.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 8 });
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}
