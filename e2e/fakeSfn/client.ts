/**
 * What the AWS e2e specs share: blocking every non-loopback request, connecting the AWS dialog to the fake
 * endpoint, arming the fake's failures by class, reading what the fake stored, and the editor's markers.
 */
import { expect, type Page } from '@playwright/test';
import type { Fault } from './faults.ts';
import { FAKE_ACCESS_KEY, FAKE_SECRET } from './server.ts';

const LOOPBACK = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//;

/** Abort any request to a non-loopback address, and remember it (the test then fails). */
export async function keepLocal(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (LOOPBACK.test(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}

export function awsDialog(page: Page) {
  return page.getByRole('dialog', { name: 'AWS connection' });
}

/** Open the AWS dialog and fill in the fake's credentials and endpoint (and a proxy URL, if given). */
export async function fillConnection(page: Page, endpoint: string, proxyUrl?: string) {
  await page.getByRole('button', { name: /^AWS: / }).click();
  const dialog = awsDialog(page);
  await dialog.getByLabel('Access key ID').fill(FAKE_ACCESS_KEY);
  await dialog.getByLabel('Secret access key').fill(FAKE_SECRET);
  await dialog.getByLabel('Custom endpoint (optional)').fill(endpoint);
  if (proxyUrl !== undefined) await dialog.getByLabel('Proxy URL').fill(proxyUrl);
  return dialog;
}

export async function connect(page: Page, endpoint: string) {
  const dialog = await fillConnection(page, endpoint);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.locator('[data-connection-status]')).toHaveAttribute('data-connection-status', 'connected');
  await expect(page.getByRole('button', { name: 'AWS: connected' })).toBeVisible();
  return dialog;
}

/** Open one of the fake's machines in the designer. */
export async function openMachine(page: Page, name: string) {
  const dialog = awsDialog(page);
  await dialog.getByRole('button', { name: /^(?:List state machines|Refresh)$/ }).click();
  await dialog.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect(dialog.getByRole('heading', { name: `Run ${name}` })).toBeVisible();
}

/** Make the fake fail calls by class (see faults.ts); `clearFaults` undoes it. */
export async function armFaults(fakeSfnUrl: string, faults: Fault[]): Promise<void> {
  const r = await fetch(`${fakeSfnUrl}/__fake/faults`, { method: 'POST', body: JSON.stringify(faults) });
  expect(r.status).toBe(200);
}

export async function clearFaults(fakeSfnUrl: string): Promise<void> {
  const r = await fetch(`${fakeSfnUrl}/__fake/faults`, { method: 'DELETE' });
  expect(r.status).toBe(200);
}

export interface StoredMachine {
  name: string;
  revisionId: string;
  definition: string;
  logging: { level: string; includeExecutionData: boolean; destinations: { cloudWatchLogsLogGroup: { logGroupArn: string } }[] };
}

export async function fakeMachines(fakeSfnUrl: string): Promise<StoredMachine[]> {
  return (await (await fetch(`${fakeSfnUrl}/__fake/machines`)).json()) as StoredMachine[];
}

export interface Marker {
  owner: string;
  code: string | undefined;
  message: string;
  line: number;
  column: number;
}

/** The code editor's markers (Monaco's model markers, through the editor's read-only test hook). */
export async function editorMarkers(page: Page): Promise<Marker[]> {
  return page.evaluate(() => (window as unknown as { __aslStudio?: { markers(): Marker[] } }).__aslStudio?.markers() ?? []);
}

/** A unique machine name per test run (the fake lives as long as the Playwright worker). */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}
