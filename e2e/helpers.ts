import { expect, type Locator, type Page } from '@playwright/test';

/** Wait until the app and its lazily loaded code editor are ready. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  // Monaco is a large lazy chunk: on a loaded 2-core machine it can take a while to arrive.
  await expect(page.getByRole('region', { name: 'ASL definition' })).toHaveAttribute('data-editor-status', 'ready', { timeout: 30_000 });
}

export function stateNode(page: Page, name: string) {
  return page.locator(`[data-state-name="${name}"]`);
}

/** Open a document as opening a file does, through the instrumented build's hook (a big text is never typed). */
export async function loadDocument(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as unknown as { __aslStudioBench: { load(t: string): void } }).__aslStudioBench.load(t), text);
}

/** Replace the whole editor text as a user does: select all, then paste (a paste gets no auto-closed brackets). */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('region', { name: 'ASL definition' });
  // Near the left of the visible text area, half way down. Not the lines element: it is as wide as the longest line
  // (its centre can lie under the overview ruler) and it scrolls with the text (after a paste its top is above the
  // pane). Not the top either: once scrolled, Monaco's sticky scroll lines sit there.
  const area = editor.locator('.monaco-editor .editor-scrollable');
  const box = await area.boundingBox();
  await area.click({ position: { x: 24, y: Math.round((box?.height ?? 40) / 2) } });
  await page.keyboard.press('ControlOrMeta+A');
  await pasteIntoEditor(page, text);
}

/** Paste text at the editor's cursor through a real paste event on its input element. */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  const input = page.getByRole('region', { name: 'ASL definition' }).getByRole('textbox');
  await input.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The editor's text as Monaco's model holds it (read through the rendered lines would drop off-screen text). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { __aslStudio?: { editorText(): string } };
    return w.__aslStudio?.editorText() ?? '';
  });
}

export async function editorSelectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { __aslStudio?: { selectedText(): string } };
    return w.__aslStudio?.selectedText() ?? '';
  });
}

/** Put the editor's cursor on the first occurrence of a text (click on it where it is rendered). */
export async function clickEditorText(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('region', { name: 'ASL definition' });
  // Near the line's start, where a person clicks it: a Monaco line box runs past the editor's visible width, so its
  // centre can lie under the side panel (with the Simulation tab shown, the click then focused nothing).
  await editor.locator('.view-line', { hasText: text }).first().click({ position: { x: 8, y: 9 } });
}

/** The inspector region of the side panel. */
export function inspector(page: Page) {
  return page.getByRole('region', { name: 'Inspector' });
}

/** The editor's text parsed as JSON (for checks on the definition rather than its formatting). */
export async function editorJson(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await editorText(page)) as Record<string, unknown>;
}

/**
 * Select a state on the canvas and wait until the inspector shows it (clicked near its top-left corner: the middle
 * of a Parallel or Map container is covered by the states inside it).
 */
export async function selectState(page: Page, name: string): Promise<void> {
  const heading = inspector(page).getByRole('heading', { level: 2 });
  const title = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  // The layout may still move the node when the click lands (a click on the bare pane selects nothing): click again
  // until the inspector shows the state.
  await expect(async () => {
    await stateNode(page, name).click({ position: { x: 30, y: 12 } });
    await expect(heading).toHaveText(title, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** The simulation panel (opened from the side panel's Simulation tab; loaded lazily). */
export function simulationPanel(page: Page) {
  return page.getByRole('region', { name: 'Simulation' });
}

export async function openSimulation(page: Page) {
  await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
  const panel = simulationPanel(page);
  await expect(panel.getByRole('toolbar', { name: 'Simulation controls' })).toBeVisible();
  return panel;
}

/** The status of the last execution as the summary shows it (Succeeded, Failed, Paused at …). */
export function executionStatus(page: Page) {
  return simulationPanel(page).getByTestId('execution-status');
}

/** The editor model's language id (`json` or `yaml`). */
export async function editorLanguage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { __aslStudio?: { language(): string } };
    return w.__aslStudio?.language() ?? '';
  });
}

/** The editor cursor's line number (1-based). */
export async function editorCursorLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __aslStudio?: { cursor(): { lineNumber: number } | null } };
    return w.__aslStudio?.cursor()?.lineNumber ?? 0;
  });
}

/** The labels of the rows the editor's suggest widget shows. */
export async function suggestLabels(page: Page): Promise<string[]> {
  const rows = page.locator('.suggest-widget.visible .monaco-list-row .label-name');
  await expect(rows.first()).toBeVisible();
  return rows.allInnerTexts();
}

/** Put the editor's cursor at the end of the first line holding a text (End after clicking on it). */
export async function cursorAtLineEnd(page: Page, text: string): Promise<void> {
  await clickEditorText(page, text);
  await page.keyboard.press('End');
}

export interface EditorMarker {
  owner: string;
  code: string | undefined;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The markers (problems) on the editor model (owner `asl-studio`: syntax errors and validation). */
export async function editorMarkers(page: Page): Promise<EditorMarker[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __aslStudio?: { markers(): EditorMarker[] } };
    return w.__aslStudio?.markers() ?? [];
  });
}

/** Open a toolbar menu (File, Edit, View, Help) with a pointer click; returns the open menu. */
export async function openMenu(page: Page, menu: string): Promise<Locator> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const opened = page.getByRole('menu', { name: menu });
  await expect(opened).toBeVisible();
  return opened;
}

/** Open a toolbar menu and click one of its items, e.g. `menuItem(page, 'File', 'Download graph as SVG')`. */
export async function menuItem(page: Page, menu: string, item: string): Promise<void> {
  const opened = await openMenu(page, menu);
  await opened.getByRole('menuitem', { name: item, exact: true }).click();
  await expect(opened).toBeHidden();
}

/** Pick a radio item of a toolbar menu, e.g. `menuRadio(page, 'View', 'Layout direction', 'Left-right')`. */
export async function menuRadio(page: Page, menu: string, group: string, option: string): Promise<void> {
  const opened = await openMenu(page, menu);
  await opened.getByRole('group', { name: group }).getByRole('menuitemradio', { name: option, exact: true }).click();
  await expect(opened).toBeHidden();
}

/** The checked option of a toolbar menu's radio group (the menu is opened and closed again). */
export async function menuRadioValue(page: Page, menu: string, group: string): Promise<string> {
  const opened = await openMenu(page, menu);
  const checked = opened.getByRole('group', { name: group }).getByRole('menuitemradio', { checked: true });
  const text = (await checked.textContent())?.replace('✓', '').trim() ?? '';
  await page.keyboard.press('Escape');
  await expect(opened).toBeHidden();
  return text;
}
