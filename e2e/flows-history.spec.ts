/**
 * Real executions become tests: File → Import execution history… reads a recorded GetExecutionHistory file for the
 * open workflow, shows the run on the canvas and in the simulation panel, and "Turn into a test" adds the case
 * (recorded task results as mocks, input, expected output) to the workflow's tests, where it passes. A file that
 * is no history changes nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { editorText, executionStatus, openApp, openMenu, replaceEditorText, simulationPanel, stateNode } from './helpers.ts';

const recorded = JSON.parse(readFileSync(new URL('../fixtures/conformance-recorded/histories/lambda-task-retry-then-catch.json', import.meta.url), 'utf8')) as {
  definition: object;
  events: ({ type: string } & Record<string, Record<string, unknown>>)[];
};
const { definition } = recorded;

/**
 * The recording as AWS sends it: its recorder stored each failed attempt's `cause` parsed; AWS sends the text that the
 * caught output still holds (the last attempt's), which differs between attempts only in the request id.
 */
function asAwsSendsIt(): string {
  const exited = recorded.events.find((e) => e.type === 'TaskStateExited')!.stateExitedEventDetails!.output as { Cause: string };
  let attempt = 0;
  const events = recorded.events.map((e) => {
    if (e.type !== 'LambdaFunctionFailed') return e;
    attempt++;
    return { ...e, lambdaFunctionFailedEventDetails: { ...e.lambdaFunctionFailedEventDetails, cause: exited.Cause.replace('<uuid:4>', `<uuid:${attempt}>`) } };
  });
  return JSON.stringify({ events });
}
const fixture = asAwsSendsIt();

async function importHistory(page: Page, name: string, text: string): Promise<void> {
  const menu = await openMenu(page, 'File');
  const chooser = page.waitForEvent('filechooser');
  await menu.getByRole('menuitem', { name: 'Import execution history…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openRecordedWorkflow(page: Page): Promise<void> {
  await openApp(page);
  await replaceEditorText(page, JSON.stringify(definition, null, 2));
  await expect(stateNode(page, 'HandleError')).toBeVisible();
}

test('imports a recorded history, replays it on the canvas and turns it into a test', async ({ page }) => {
  test.setTimeout(120_000); // import, a replay played to its end, Run all and a download on a busy 2-core machine
  await openRecordedWorkflow(page);
  await importHistory(page, 'retry-then-catch.json', fixture);

  const bar = simulationPanel(page).getByRole('region', { name: 'Imported execution' });
  await expect(bar).toContainText('retry-then-catch.json');
  await expect(bar).toContainText('succeeded · 18 events');
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(stateNode(page, 'InvokeLambdaWithRetry')).toHaveAttribute('data-status', 'caught-error');
  await expect(stateNode(page, 'HandleError')).toHaveAttribute('data-status', 'succeeded');

  // Replay: back to the first event (nothing has run), one event on (the task is running), then play to the end.
  const slider = bar.getByRole('slider', { name: 'Replay position (events)' });
  await slider.click();
  await page.keyboard.press('Home');
  await expect(bar.getByTestId('replay-position')).toHaveText('1/18 ExecutionStarted');
  await expect(stateNode(page, 'InvokeLambdaWithRetry')).toHaveAttribute('data-status', 'not-run');
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByTestId('replay-position')).toHaveText('2/18 TaskStateEntered');
  await expect(stateNode(page, 'InvokeLambdaWithRetry')).toHaveAttribute('data-status', 'in-progress');
  await expect(executionStatus(page)).toHaveText('Paused');
  await bar.getByRole('button', { name: '▶ Replay' }).click();
  await expect(bar.getByTestId('replay-position')).toHaveText('18/18 ExecutionSucceeded', { timeout: 15_000 });
  await expect(stateNode(page, 'HandleError')).toHaveAttribute('data-status', 'succeeded');
  await expect(stateNode(page, 'InvokeLambdaWithRetry')).toHaveAttribute('data-status', 'caught-error');

  // Turn into a test: the case joins the workflow's tests, and it passes when run.
  await bar.getByRole('button', { name: 'Turn into a test' }).click();
  const tests = page.getByRole('region', { name: 'Tests' });
  const row = tests.locator('[data-test-case="Recorded retry-then-catch.json"]');
  await expect(row).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Tests \(\d+\)/ })).toBeVisible();
  await tests.getByRole('button', { name: 'Run all' }).click();
  await expect(row).toHaveAttribute('data-result', 'passed');

  // The same case as a file that asl-studio test runs.
  await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
  const download = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Download test file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('recorded-retry-then-catch-json.test.json');
  const testCase = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    input: unknown;
    mocks: { StateMachines: Record<string, unknown>; MockedResponses: Record<string, Record<string, { Throw?: { Error: string } }>> };
    expected: { status: string; path: string[] };
  };
  expect(testCase.input).toEqual({ Value1: 'HelloWorld!', Value2: null });
  const calls = testCase.mocks.MockedResponses.InvokeLambdaWithRetry!;
  expect(Object.keys(calls)).toEqual(['0', '1', '2', '3']);
  expect(calls['0']!.Throw!.Error).toBe('Exception');
  expect(testCase.expected).toMatchObject({ status: 'SUCCEEDED', path: ['InvokeLambdaWithRetry', 'HandleError'] });
  await expect(bar.getByRole('status')).toContainText('4 mocked calls, expects SUCCEEDED');

  await bar.getByRole('button', { name: 'Close' }).click();
  await expect(bar).toBeHidden();
  await expect(stateNode(page, 'HandleError')).toHaveAttribute('data-status', 'not-run');
});

test('a file that is no history, or one of another workflow, is refused and nothing changes', async ({ page }) => {
  await openRecordedWorkflow(page);
  const before = await editorText(page);
  await importHistory(page, 'definition.json', JSON.stringify(definition));
  await expect(page.getByRole('alert').filter({ hasText: 'Could not import the execution history definition.json' })).toContainText('no execution history');
  const other = readFileSync(new URL('../fixtures/conformance-recorded/histories/pass-chain.json', import.meta.url), 'utf8');
  await importHistory(page, 'pass-chain.json', other);
  await expect(page.getByRole('alert').filter({ hasText: 'pass-chain.json' })).toContainText("runs none of this workflow's states");
  await expect(simulationPanel(page).getByRole('region', { name: 'Imported execution' })).toHaveCount(0);
  expect(await editorText(page)).toBe(before);

  // A history opened with File > Open file… is replayed on the open workflow, not refused as a definition.
  const menu = await openMenu(page, 'File');
  const chooser = page.waitForEvent('filechooser');
  await menu.getByRole('menuitem', { name: 'Open file…' }).click();
  await (await chooser).setFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
  await expect(simulationPanel(page).getByRole('region', { name: 'Imported execution' })).toContainText('history.json');
  expect(await editorText(page)).toBe(before);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of a replayed history at 1280x720, ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme });
    await openRecordedWorkflow(page);
    await importHistory(page, 'retry-then-catch.json', fixture);
    await expect(stateNode(page, 'HandleError')).toHaveAttribute('data-status', 'succeeded');
    await expect(simulationPanel(page).getByRole('region', { name: 'Imported execution' })).toBeVisible();
    await expect(executionStatus(page)).toHaveText('Succeeded');
    await page.screenshot({ path: `test-results/screens/history-import-1280x720-${theme}.png` });
  });
}
