/** Shared steps of the Tests panel specs. */
import { expect, type Page } from '@playwright/test';
import { executionStatus, openApp, openSimulation } from './helpers.ts';

export function testsPanel(page: Page) {
  return page.getByRole('region', { name: 'Tests' });
}

export async function saveSeedRunAsTest(page: Page) {
  await openApp(page);
  const sim = await openSimulation(page);
  await sim.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText(/Succeeded/);
  await page.getByRole('tab', { name: /^Tests/ }).click();
  const panel = testsPanel(page);
  await panel.getByRole('button', { name: 'Save as test' }).click();
  const row = panel.locator('[data-test-case="Succeeds"]');
  await expect(row).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Tests (1)' })).toBeVisible();
  return { panel, row };
}

export async function editExpectedOutput(page: Page, name: string, output: string) {
  const panel = testsPanel(page);
  await panel.getByRole('button', { name: `Edit test ${name}` }).click();
  const form = panel.getByRole('form', { name: `Edit test ${name}` });
  await form.getByLabel('Output check').selectOption('subset');
  const out = form.getByLabel('Output (JSON; empty: not checked)');
  await out.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(output);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

