/** Screenshots of the Tests panel after Run all (a failing case with its diff, coverage on the canvas), looked at. */
import { expect, test } from '@playwright/test';
import { editExpectedOutput, saveSeedRunAsTest } from './tests-helpers.ts';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`Tests panel screenshot at ${size.width}x${size.height}, ${theme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      const { panel, row } = await saveSeedRunAsTest(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await editExpectedOutput(page, 'Succeeds', '{"status": "Nothing sent"}');
      await panel.getByRole('button', { name: 'Duplicate test Succeeds' }).click();
      await panel.getByRole('button', { name: 'Run all' }).click();
      await expect(row).toHaveAttribute('data-result', 'failed');
      await expect(panel.getByTestId('coverage-summary')).toBeVisible();
      await page.screenshot({ path: `test-results/screens/tests-panel-${size.width}x${size.height}-${theme}.png` });
    });
  }
}
