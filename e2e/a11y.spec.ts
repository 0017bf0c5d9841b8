/**
 * Automated accessibility checks (axe-core): no serious or critical violation on the designer, the inspector of
 * each state type, the simulation panel after a run and the AWS connection dialog, in the light and dark themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { executionStatus, inspector, openApp, openSimulation, replaceEditorText, stateNode, menuItem } from './helpers.ts';

const ALL_TYPES = {
  StartAt: 'Work',
  States: {
    Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Pick', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] },
    Pick: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericGreaterThan: 1, Next: 'Hold' }], Default: 'Fan' },
    Hold: { Type: 'Wait', Seconds: 1, Next: 'Fan' },
    Fan: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }],
      Next: 'Each',
    },
    Each: {
      Type: 'Map',
      ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      Next: 'Shape',
    },
    Shape: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
    Oops: { Type: 'Fail', Error: 'Boom', Cause: 'It broke' },
  },
};

/** Serious and critical violations, as "rule: target" lines (an empty list passes). */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    test('the designer has no serious accessibility violation', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(stateNode(page, 'PlaceOrder')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the inspector of every state type has no serious accessibility violation', async ({ page }) => {
      test.setTimeout(180_000);
      await openApp(page);
      await replaceEditorText(page, JSON.stringify(ALL_TYPES, null, 2));
      await expect(stateNode(page, 'Oops')).toBeVisible();
      for (const name of ['Work', 'Pick', 'Hold', 'Fan', 'Each', 'Shape', 'Done', 'Oops']) {
        // Enter on a focused node selects it and moves focus into the inspector.
        await page.locator(`.react-flow__node[data-id="${name}"]`).focus();
        await page.keyboard.press('Enter');
        await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`${name}$`));
        await expect(inspector(page).locator(':focus')).toHaveCount(1);
        expect(await violations(page, '.side-panel'), name).toEqual([]);
      }
      await expect(inspector(page)).toBeVisible();
    });

    test('the simulation panel after a run has no serious accessibility violation', async ({ page }) => {
      await openApp(page);
      const panel = await openSimulation(page);
      await panel.getByRole('button', { name: 'Run' }).click();
      await expect(executionStatus(page)).toHaveText(/Succeeded/);
      await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');
      expect(await violations(page)).toEqual([]);
    });

    test('the shortcut sheet and the Connect to… dialog have no serious accessibility violation', async ({ page }) => {
      await openApp(page);
      await menuItem(page, 'Help', 'Keyboard shortcuts');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await violations(page, 'dialog')).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('.react-flow__node[data-id="PlaceOrder"]').focus();
      await page.keyboard.press('c');
      const connect = page.getByRole('dialog', { name: 'Connect PlaceOrder to…' });
      await expect(connect.getByRole('option', { name: 'CreateUser' })).toBeVisible();
      expect(await violations(page, 'dialog')).toEqual([]);
    });

    test('the AWS connection dialog has no serious accessibility violation', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: /^AWS/ }).click();
      const dialog = page.getByRole('dialog', { name: 'AWS connection' });
      await expect(dialog.getByRole('button', { name: 'Test connection' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
