/**
 * Every dialog and side sheet is the one dialog primitive (issue 17): placed inside the viewport (never inside the
 * toolbar), focus moves in and, in a modal, stays in; Escape closes it and focus returns to its opener; axe finds no
 * contrast problem in the light or the dark theme. Run at 1280x720, the smallest supported window.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openMenu } from './helpers.ts';

interface Case {
  name: string;
  /** Opens the dialog with a real click and returns the element that should get the focus back. */
  open: (page: Page) => Promise<Locator>;
  modal: boolean;
}

async function fromMenu(page: Page, menu: string, item: string): Promise<Locator> {
  const opened = await openMenu(page, menu);
  await opened.getByRole('menuitem', { name: item, exact: true }).click();
  return page.getByRole('button', { name: menu, exact: true });
}

const CASES: Case[] = [
  { name: 'Paste definition', modal: true, open: (page) => fromMenu(page, 'File', 'Paste definition…') },
  { name: 'Share link', modal: true, open: (page) => fromMenu(page, 'File', 'Share link…') },
  { name: 'Keyboard shortcuts', modal: true, open: (page) => fromMenu(page, 'Help', 'Keyboard shortcuts') },
  { name: 'Go to state', modal: true, open: (page) => fromMenu(page, 'Edit', 'Go to state…') },
  {
    name: 'Workflows',
    modal: false,
    open: async (page) => {
      const button = page.getByRole('button', { name: 'Workflows', exact: true });
      await button.click();
      return button;
    },
  },
  {
    name: 'Templates',
    modal: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Workflows', exact: true }).click();
      const opener = page.getByRole('dialog', { name: 'Workflows' }).getByRole('button', { name: 'New from template…' });
      await opener.click();
      return opener;
    },
  },
  {
    name: 'AWS connection',
    modal: false,
    open: async (page) => {
      const button = page.getByRole('button', { name: /^AWS: / });
      await button.click();
      await expect(page.getByRole('dialog', { name: 'AWS connection' }).getByRole('button', { name: 'Test connection' })).toBeVisible();
      return button;
    },
  },
];

async function contrastProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('dialog[open]').withRules(['color-contrast']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

const focusInside = (dialog: Locator) => dialog.evaluate((d) => d.contains(document.activeElement));

test.use({ viewport: { width: 1280, height: 720 } });

for (const theme of ['light', 'dark'] as const) {
  for (const c of CASES) {
    test(`${c.name} (${theme}): in the viewport, outside the toolbar, focus kept, Escape closes, focus returns, AA contrast`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openApp(page);
      const opener = await c.open(page);
      const dialog = page.getByRole('dialog', { name: c.name });
      await expect(dialog).toBeVisible();
      const placed = await dialog.evaluate((d) => {
        const r = d.getBoundingClientRect();
        return { inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight, inToolbar: d.closest('[role="toolbar"]') !== null };
      });
      expect(placed).toEqual({ inside: true, inToolbar: false });
      await expect.poll(() => focusInside(dialog)).toBe(true);
      if (c.modal) {
        // Tab and Shift+Tab around the whole dialog: the focus never leaves it.
        for (let i = 0; i < 12; i++) {
          await page.keyboard.press(i < 6 ? 'Tab' : 'Shift+Tab');
          expect(await focusInside(dialog)).toBe(true);
        }
      }
      expect(await contrastProblems(page)).toEqual([]);
      if (c.name === 'AWS connection') {
        // The sheet leaves the side panel's Simulation tab, which its runs report to, in view and clickable.
        const tab = page.getByRole('tab', { name: 'Simulation' });
        const hit = await tab.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return at !== null && (at === el || el.contains(at));
        });
        expect(hit).toBe(true);
      }
      await dialog.locator(':focus').first().press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    });
  }
}
