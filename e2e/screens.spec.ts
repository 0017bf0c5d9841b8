import { expect, test, type Page } from '@playwright/test';
import { executionStatus, openApp, openSimulation, stateNode } from './helpers.ts';
import { canvas } from './canvas-helpers.ts';
import { box, expectAllUsable, expectUsable } from './viewport-helpers.ts';

/**
 * Screenshots of the main screens for review (test-results/screens/), at a laptop's and a desktop's size in both
 * themes, with checks of what a review would look for: the canvas's share of the window and controls that a
 * pointer can use. Each test sets its own window size: the config runs this file in one project only.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * The canvas's least share of the window's width: Split, Split with the simulation open, Design. In Split the code
 * editor keeps 420 px (fit-screens.spec.ts), so at 1280 the canvas has about a third of the window.
 */
const CANVAS_SHARE = {
  1280: { split: 0.31, simulation: 0.26, design: 0.65 },
  1920: { split: 0.48, simulation: 0.4, design: 0.75 },
} as const;

const share = async (page: Page, region: ReturnType<typeof canvas>) => (await box(region)).width / page.viewportSize()!.width;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`main screens at ${size.width}×${size.height}, ${theme} theme`, async ({ page }) => {
      test.slow(); // four screens and a simulation run
      const tag = `${size.width}x${size.height}-${theme}`;
      const want = CANVAS_SHARE[size.width];
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      // The seed workflow, Split view.
      for (const name of ['CreateUser', 'PlaceOrder', 'SendNotification']) await expectUsable(stateNode(page, name));
      expect(await share(page, canvas(page))).toBeGreaterThanOrEqual(want.split);
      await expectAllUsable(page.getByRole('radiogroup', { name: 'View' }).getByRole('radio'));
      await expectUsable(page.getByRole('button', { name: 'Palette' }));
      await expectUsable(page.getByRole('button', { name: 'Side panel' }));
      await expectAllUsable(page.getByRole('separator'));
      for (const name of ['Zoom In', 'Zoom Out', 'Fit View', 'Go to state']) await expectUsable(page.getByRole('button', { name, exact: true }));
      // The minimap's toggle is disabled while the canvas is too narrow for it (it would cover states).
      const minimapToggle = page.getByRole('button', { name: 'Minimap', exact: true });
      if ((await box(canvas(page))).width >= 700) await expectUsable(minimapToggle);
      else await expect(minimapToggle).toBeDisabled();
      await expectUsable(page.getByRole('searchbox', { name: 'Search the palette' }));
      await expectUsable(page.getByRole('button', { name: 'Add Map state' }));
      await expectAllUsable(page.getByRole('tab'));
      await shoot(page, `${tag}-1-seed`);

      // The Simulation tab after a run.
      const panel = await openSimulation(page);
      await panel.getByRole('button', { name: 'Run' }).click();
      await expect(executionStatus(page)).toHaveText(/Succeeded/);
      await expectAllUsable(panel.getByRole('toolbar', { name: 'Simulation controls' }).getByRole('button'));
      await expectAllUsable(panel.getByRole('tab'));
      expect(await share(page, canvas(page))).toBeGreaterThanOrEqual(want.simulation);
      for (const name of ['CreateUser', 'SendNotification']) await expectUsable(stateNode(page, name));
      await shoot(page, `${tag}-2-simulation`);

      // Code view: the editor takes the canvas's place.
      await page.getByRole('radio', { name: 'Code' }).click();
      const editor = page.getByRole('region', { name: 'ASL definition' });
      await expect(canvas(page)).toBeHidden();
      expect(await share(page, editor)).toBeGreaterThanOrEqual(0.5);
      await expectUsable(editor.getByRole('radio', { name: 'YAML' }));
      await shoot(page, `${tag}-3-code`);

      // Design view: no editor; the canvas has most of the window.
      await page.getByRole('tab', { name: 'Inspector' }).click();
      await page.getByRole('radio', { name: 'Design' }).click();
      await expect(editor).toBeHidden();
      await expect.poll(() => share(page, canvas(page))).toBeGreaterThanOrEqual(want.design);
      for (const name of ['CreateUser', 'PlaceOrder', 'SendNotification']) await expectUsable(stateNode(page, name));
      await expectUsable(page.getByRole('button', { name: 'Fit View' }));
      await expectUsable(minimapToggle);
      await shoot(page, `${tag}-4-design`);
    });
  }
}
