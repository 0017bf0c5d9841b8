/**
 * The designer in an ordinary laptop window (the laptop project, 1280×720) and on a larger screen (desktop, 1600×900),
 * measured: in Split view with the side panel open the code editor keeps a usable width next to the canvas, whichever
 * side view shows; the side panel's three tabs stay on one row (with the tests' count) down to the panel's least
 * width; the sizes a user drags are remembered. Real pointer input; "usable" means elementFromPoint at the centre is
 * the element itself (viewport-helpers.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { executionStatus, openApp, openMenu, openSimulation, replaceEditorText, simulationPanel, stateNode } from './helpers.ts';
import { canvas } from './canvas-helpers.ts';
import { saveSeedRunAsTest } from './tests-helpers.ts';
import { box, expectAllUsable, expectUsable } from './viewport-helpers.ts';

/** The least widths (px) of the four panes in Split with the side panel open, by side view. */
const LEAST = { editor: 420, side: 295, canvas: { inspector: 380, simulation: 320, tests: 320 } } as const;

const editor = (page: Page) => page.getByRole('region', { name: 'ASL definition' });
const sidePanel = (page: Page) => page.getByRole('complementary', { name: 'Side panel' });
const viewTabs = (page: Page) => page.getByRole('tablist', { name: 'Side panel views' });
const separator = (page: Page, name: string) => page.getByRole('separator', { name });
const width = async (l: Locator) => (await box(l)).width;

/** Every tab of the row lies on one line: the same top, and the row no taller than one tab plus its border. */
async function expectOneRow(tabs: Locator): Promise<void> {
  const list = await tabs.getByRole('tab').all();
  const boxes = await Promise.all(list.map(box));
  for (const b of boxes) expect(Math.abs(b.y - boxes[0]!.y), 'the tabs share one row').toBeLessThan(2);
  expect((await box(tabs)).height).toBeLessThan(boxes[0]!.height * 1.5);
  // No label is cut short (an ellipsis): each shows its whole text.
  for (const t of list) {
    const clipped = await t.evaluate((el) => [...el.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1));
    expect(clipped, `${await t.getAttribute('id')} shows its whole label`).toBe(false);
  }
}

/** The panes lie side by side, in order, none over another, all inside the window. */
async function expectSideBySide(page: Page, panes: Locator[]): Promise<void> {
  const boxes = await Promise.all(panes.map(box));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x, 'panes do not overlap').toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width - 0.5);
  const last = boxes[boxes.length - 1]!;
  expect(last.x + last.width).toBeLessThanOrEqual(page.viewportSize()!.width + 0.5);
}

test('Split with the side panel open: the editor keeps 420 px beside the canvas in every side view', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('radio', { name: 'Split' })).toHaveAttribute('aria-checked', 'true');
  for (const view of ['inspector', 'simulation', 'tests'] as const) {
    const tab = viewTabs(page).getByRole('tab', { name: new RegExp(`^${view}`, 'i') });
    await expectUsable(tab);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => width(editor(page)), `editor beside the ${view}`).toBeGreaterThanOrEqual(LEAST.editor);
    await expect.poll(() => width(canvas(page)), `canvas beside the ${view}`).toBeGreaterThanOrEqual(LEAST.canvas[view]);
    expect(await width(sidePanel(page))).toBeGreaterThanOrEqual(LEAST.side);
    await expectSideBySide(page, [page.getByRole('navigation', { name: 'Palette' }), canvas(page), editor(page), sidePanel(page)]);
    await expectOneRow(viewTabs(page));
    await expectAllUsable(viewTabs(page).getByRole('tab'));
    await expectUsable(editor(page).getByRole('radio', { name: 'YAML' }));
  }
});

test('the side panel tabs stay on one row with the tests count, at the panel least width, and work by keyboard', async ({ page }) => {
  test.slow(); // a run and a saved test first
  await saveSeedRunAsTest(page);
  const tests = viewTabs(page).getByRole('tab', { name: 'Tests (1)' });
  await expectUsable(tests);
  await expectOneRow(viewTabs(page));

  // Drag the side panel's separator right until the panel is at its least width (further collapses it): the tabs
  // still fit.
  const sep = await box(separator(page, 'Resize the side panel'));
  const dx = (await width(sidePanel(page))) - (LEAST.side + 4);
  await page.mouse.move(sep.x + sep.width / 2, sep.y + sep.height / 2);
  await page.mouse.down();
  await page.mouse.move(sep.x + sep.width / 2 + dx / 2, sep.y + sep.height / 2, { steps: 4 });
  await page.mouse.move(sep.x + sep.width / 2 + dx, sep.y + sep.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => width(sidePanel(page))).toBeLessThan(LEAST.side + 15);
  expect(await width(sidePanel(page))).toBeGreaterThanOrEqual(LEAST.side);
  await expectOneRow(viewTabs(page));
  await expectAllUsable(viewTabs(page).getByRole('tab'));

  // The tabs pattern: arrow keys move the selection and the focus.
  await tests.focus();
  await page.keyboard.press('ArrowLeft');
  const simulation = viewTabs(page).getByRole('tab', { name: 'Simulation', exact: true });
  await expect(simulation).toBeFocused();
  await expect(simulation).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tests).toBeFocused();
  await expect(tests).toHaveAttribute('aria-selected', 'true');
});

test('the editor and side panel widths a user drags are remembered', async ({ page }) => {
  test.slow(); // two loads of the app
  await openApp(page);
  const drag = async (name: string, dx: number) => {
    const sep = await box(separator(page, name));
    await page.mouse.move(sep.x + sep.width / 2, sep.y + sep.height / 2);
    await page.mouse.down();
    await page.mouse.move(sep.x + sep.width / 2 + dx / 2, sep.y + sep.height / 2, { steps: 4 });
    await page.mouse.move(sep.x + sep.width / 2 + dx, sep.y + sep.height / 2, { steps: 4 });
    await page.mouse.up();
  };
  const editorBefore = await width(editor(page));
  await drag('Resize the code editor', -40);
  await expect.poll(() => width(editor(page))).toBeGreaterThan(editorBefore + 30);
  const sideBefore = await width(sidePanel(page));
  await drag('Resize the side panel', -30);
  await expect.poll(() => width(sidePanel(page))).toBeGreaterThan(sideBefore + 20);
  const [editorAfter, sideAfter] = [await width(editor(page)), await width(sidePanel(page))];
  await openApp(page);
  await expect.poll(() => width(editor(page))).toBeCloseTo(editorAfter, -1);
  await expect.poll(() => width(sidePanel(page))).toBeCloseTo(sideAfter, -1);
});

/** A history recorded against AWS; its recorder replaced every timestamp with the word "timestamp". */
const recorded = JSON.parse(readFileSync(new URL('../fixtures/conformance-recorded/histories/lambda-task-success.json', import.meta.url), 'utf8')) as {
  definition: object;
  events: Record<string, unknown>[];
};

async function importHistory(page: Page, events: Record<string, unknown>[]): Promise<Locator> {
  const menu = await openMenu(page, 'File');
  const chooser = page.waitForEvent('filechooser');
  await menu.getByRole('menuitem', { name: 'Import execution history…' }).click();
  await (await chooser).setFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ events })) });
  const bar = simulationPanel(page).getByRole('region', { name: 'Imported execution' });
  await expect(bar).toBeVisible();
  return bar;
}

test('an imported history shows its recorded times, never 1970-01-01', async ({ page }) => {
  test.slow(); // two imports
  await openApp(page);
  await replaceEditorText(page, JSON.stringify(recorded.definition, null, 2));
  await expect(page.locator('[data-state-name]').first()).toBeVisible();
  const clock = simulationPanel(page).getByLabel('Simulated clock');

  // Real timestamps as the AWS CLI prints them (microseconds, an offset): the clock shows the recorded time.
  const start = Date.parse('2025-03-04T10:20:30.000Z');
  const timed = recorded.events.map((e, i) => ({ ...e, timestamp: new Date(start + i * 1250).toISOString().replace('Z', '000+00:00') }));
  const bar = await importHistory(page, timed);
  const last = new Date(start + (timed.length - 1) * 1250).toISOString();
  await expect(clock).toContainText(last);
  await expect(clock).toContainText(`${(((timed.length - 1) * 1250) / 1000).toFixed(3)} s`);
  await expectUsable(clock);
  await bar.getByRole('button', { name: 'Close' }).click();

  // The recording's placeholders: no time to show, and it says so.
  await importHistory(page, recorded.events);
  await expect(clock).toContainText('no recorded times');
  await expect(clock).not.toContainText('1970');
  await simulationPanel(page).getByRole('tab', { name: 'History', exact: true }).click();
  await expect(simulationPanel(page).locator('[data-event-type]').first()).toBeVisible();
  await expect(simulationPanel(page).getByText('NaN ms')).toHaveCount(0);
  await expect(stateNode(page, Object.keys((recorded.definition as { States: object }).States)[0]!)).toHaveAttribute('data-status', 'succeeded');
});

test('the simulation tables keep every column inside the side panel', async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText(/Succeeded/);
  // [tab, columns always shown, the cells (by column) whose text must be whole: names, not cut with "…"]
  for (const [tab, columns, names] of [
    ['History', ['ID', 'Type', 'State', 'Elapsed'], [1, 2]],
    ['State runs', ['State', 'Start', 'Duration', 'Status'], [0]],
  ] as const) {
    await panel.getByRole('tab', { name: tab, exact: true }).click();
    const table = panel.getByRole('table').first();
    await expect(table).toBeVisible();
    const t = await box(table);
    for (const name of columns) {
      const header = table.getByRole('columnheader', { name, exact: true });
      const h = await box(header);
      expect(h.x + h.width, `${tab}: column ${name} ends inside the table`).toBeLessThanOrEqual(t.x + t.width + 0.5);
      expect(h.width, `${tab}: column ${name} has room`).toBeGreaterThan(24);
      expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth), `${tab}: header ${name} whole`).toBe(true);
    }
    await expectUsable(table.getByRole('row').nth(1).getByRole('cell').first());
    const cut = await table.getByRole('row').evaluateAll(
      (rows, columns) =>
        rows.flatMap((row) => {
          const cells = [...row.querySelectorAll<HTMLElement>('[role="cell"]')];
          return columns.map((c) => cells[c]).flatMap((cell) => {
            const text = cell?.querySelector<HTMLElement>('button') ?? cell;
            return text && text.scrollWidth > text.clientWidth ? [text.textContent ?? ''] : [];
          });
        }),
      [...names],
    );
    expect(cut, `${tab}: names cut`).toEqual([]);
  }
});

test("after a run the summary leaves the history room: its JSON buttons on one row, the legend on one line until opened", async ({ page }) => {
  await openApp(page);
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText(/Succeeded/);
  const copy = panel.getByRole('button', { name: 'Copy execution JSON' });
  const download = panel.getByRole('button', { name: 'Download execution JSON' });
  await expectUsable(copy);
  await expectUsable(download);
  expect(Math.abs((await box(copy)).y - (await box(download)).y), 'Copy and Download share a row').toBeLessThan(2);
  // The legend: one line of swatches; a click shows each name.
  const legend = panel.locator('summary').filter({ hasText: 'Status legend' });
  expect((await box(legend)).height).toBeLessThan(24);
  await expect(panel.getByRole('list', { name: 'Status legend' })).toBeHidden();
  await legend.click();
  await expect(panel.getByRole('list', { name: 'Status legend' }).getByRole('listitem')).toHaveText(['◔In progress', '✓Succeeded', '✕Failed', '⚠Caught error', '⊘Cancelled / aborted', '○Not run']);
  await legend.click();
  await expect(panel.getByRole('list', { name: 'Status legend' })).toBeHidden();
  // At 1280x720 the history shows at least five of its rows without scrolling the window.
  await panel.getByRole('tab', { name: 'History', exact: true }).click();
  const rows = panel.getByRole('table').first().getByRole('row');
  await expect(rows.nth(5)).toBeInViewport();
});

test('AWS mode: the session checkbox sits before its words, on one line', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^AWS/ }).click();
  const keep = page.getByRole('checkbox', { name: 'Keep for this browser session' });
  await expectUsable(keep);
  const label = page.locator('label', { has: keep });
  const [k, l] = [await box(keep), await box(label)];
  expect(l.height, 'one line').toBeLessThan(30);
  expect(k.x - l.x, 'the box comes first').toBeLessThan(8);
  await keep.click();
  await expect(keep).toBeChecked();
});
