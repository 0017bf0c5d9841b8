import { expect, type Locator, type Page } from '@playwright/test';
import { editorText, menuItem, stateNode } from './helpers.ts';

export function canvas(page: Page): Locator {
  return page.getByRole('region', { name: 'Workflow canvas' });
}

/** Start from an empty workflow (File › New workflow: a new library entry). */
export async function newWorkflow(page: Page): Promise<void> {
  await menuItem(page, 'File', 'New workflow');
  await expect(page.locator('[data-state-name]')).toHaveCount(0);
}

/** Drag a palette entry onto the canvas at a position (relative to the canvas region), or onto a locator. */
export async function dropFromPalette(page: Page, label: string, target: { x: number; y: number } | Locator): Promise<void> {
  const entry = page.getByRole('button', { name: label });
  if ('x' in target) await entry.dragTo(canvas(page), { targetPosition: target });
  else await entry.dragTo(target);
}

/** Drag from a node's source handle (`next`, `default`, `choice-0`, `choice-new`, `catch-new`) onto another node. */
export async function connectHandle(page: Page, source: string, handle: string, target: string): Promise<void> {
  const h = stateNode(page, source).locator(`.react-flow__handle[data-handleid="${handle}"]`);
  const from = await h.boundingBox();
  // Release over the target's input handle: the most precise drop (a drop on the node body connects too).
  const to = await stateNode(page, target).locator('.react-flow__handle[data-handleid="in"]').boundingBox();
  if (!from || !to) throw new Error(`cannot find handle ${handle} of ${source} or node ${target}`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 6, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 3 });
  await page.mouse.up();
}

export async function renameOnCanvas(page: Page, from: string, to: string): Promise<void> {
  await stateNode(page, from).dblclick();
  const input = page.getByRole('textbox', { name: `New name for ${from}` });
  await input.fill(to);
  await input.press('Enter');
  await expect(stateNode(page, to)).toBeVisible();
}

/** The definition in the editor, parsed. */
export async function definition(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await editorText(page)) as Record<string, unknown>;
}

/** Wait until the layout has settled (the worker answered for the current graph). */
export async function layoutReady(page: Page): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-layout-status', 'ready');
}
