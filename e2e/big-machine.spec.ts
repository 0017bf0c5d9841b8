/**
 * Finding one's way in a 1,000-state machine (only the visible part of the canvas is rendered): a change of layout
 * direction shows the drawing, not an empty part of the plane.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { openApp } from './helpers.ts';

async function openBig(page: Page): Promise<void> {
  await openApp(page);
  // Opened as a file is.
  const text = JSON.stringify(generateRealisticMachine(1000, 2), null, 2);
  await page.evaluate((t) => (window as unknown as { __aslStudioBench: { load(t: string): void } }).__aslStudioBench.load(t), text);
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
}

test('turning a big machine to left-right shows its start, not an empty canvas', async ({ page }) => {
  await openBig(page);
  await page.getByLabel('Layout direction').selectOption('RIGHT');
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
  await page.getByLabel('Layout direction').selectOption('DOWN');
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeInViewport();
});
