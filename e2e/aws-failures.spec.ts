/**
 * AWS mode, one test per failure class: the fake endpoint fails calls as AWS would (or drops them), and each place
 * that made the call shows classifyAwsError's title, what happened and what to do; the workflow text is the same
 * afterwards. Places: connection form, machine browser, save, run, polling, (test state: aws-teststate.spec.ts).
 */
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { SDK_MAX_ATTEMPTS } from '../src/aws/sdkGateway.ts';
import { armFaults, awsDialog, connect, fillConnection, keepLocal, openMachine, uniqueName } from './fakeSfn/client.ts';
import { expect, test } from './fakeSfn/fixture.ts';
import { editorText, openApp } from './helpers.ts';

const ROLE = 'arn:aws:iam::123456789012:role/StudioRole';

/** Open the app, with every non-loopback request blocked. */
async function start(page: Page): Promise<void> {
  await keepLocal(page);
  await openApp(page);
}

/** Remember the workflow text now; the returned check fails if it changed. */
async function textKept(page: Page): Promise<() => Promise<void>> {
  const before = await editorText(page);
  expect(before.length).toBeGreaterThan(0);
  return async () => expect(await editorText(page)).toBe(before);
}

test('access denied while browsing: names the denied action and what to do', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const unchanged = await textKept(page);
  const dialog = await connect(page, fakeSfnUrl);
  await armFaults(fakeSfnUrl, [{ operation: 'ListStateMachines', kind: 'AccessDenied' }]);
  await dialog.getByRole('button', { name: 'List state machines' }).click();
  const problem = dialog.getByRole('alert', { name: 'State machines problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'access-denied');
  await expect(problem).toContainText('Access denied');
  await expect(problem).toContainText('not allowed to call states:ListStateMachines');
  await expect(problem).toContainText('Ask your AWS administrator to allow states:ListStateMachines');
  await unchanged();
});

test('expired credentials when starting a run: asks for fresh credentials', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const dialog = await connect(page, fakeSfnUrl);
  await openMachine(page, 'HelloWorld');
  const kept = await textKept(page);
  await armFaults(fakeSfnUrl, [{ operation: '*', kind: 'ExpiredToken' }]);
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  const problem = dialog.getByRole('alert', { name: 'Run problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'expired-token');
  await expect(problem).toContainText('Credentials expired');
  await expect(problem).toContainText('paste the new credentials');
  await kept();
});

test('throttling on save, then success on retry', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const unchanged = await textKept(page);
  const dialog = await connect(page, fakeSfnUrl);
  // Every attempt the SDK makes for one click is throttled; the next click goes through.
  await armFaults(fakeSfnUrl, [{ operation: 'CreateStateMachine', kind: 'Throttling', times: SDK_MAX_ATTEMPTS }]);
  const name = uniqueName('Throttled');
  await dialog.getByLabel('New machine name').fill(name);
  await dialog.getByLabel('Role ARN').fill(ROLE);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const problem = dialog.getByRole('alert', { name: 'Save problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'throttling', { timeout: 20_000 });
  await expect(problem).toContainText('Slowed down by AWS');
  await expect(problem).toContainText('Wait a few seconds and retry');
  await unchanged();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByRole('status', { name: 'Save result' })).toHaveText(new RegExp(`^Created ${name}: revision rev-\\d+$`));
  await expect(problem).toHaveCount(0);
  await unchanged();
});

test('a role Step Functions cannot assume on create: says to pick a role it can assume', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const unchanged = await textKept(page);
  const dialog = await connect(page, fakeSfnUrl);
  await armFaults(fakeSfnUrl, [{ operation: 'CreateStateMachine', kind: 'MissingRole' }]);
  await dialog.getByLabel('New machine name').fill(uniqueName('NoRole'));
  await dialog.getByLabel('Role ARN').fill('arn:aws:iam::123456789012:role/DoesNotExist');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const problem = dialog.getByRole('alert', { name: 'Save problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'missing-role');
  await expect(problem).toContainText('Execution role not usable');
  await expect(problem).toContainText('trust policy lets states.amazonaws.com assume it');
  await unchanged();
});

test('the endpoint is down (connections dropped): says it cannot be reached', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const unchanged = await textKept(page);
  const dialog = await connect(page, fakeSfnUrl);
  await armFaults(fakeSfnUrl, [{ operation: '*', kind: 'Network' }]);
  await dialog.getByRole('button', { name: 'List state machines' }).click();
  const problem = dialog.getByRole('alert', { name: 'State machines problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'network-down', { timeout: 20_000 });
  await expect(problem).toContainText('Cannot reach the endpoint');
  await expect(problem).toContainText('the endpoint (emulator) is running');
  await unchanged();
});

test('the proxy is not running: the connection form says how to start it', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const unchanged = await textKept(page);
  // A loopback port with nothing listening.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const dialog = await fillConnection(page, fakeSfnUrl, `http://127.0.0.1:${port}/aws-proxy`);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.locator('[data-connection-status]')).toHaveAttribute('data-connection-status', 'failed', { timeout: 20_000 });
  const problem = dialog.getByRole('alert', { name: 'Connection problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'proxy-not-running');
  await expect(problem).toContainText(`No asl-studio proxy at http://127.0.0.1:${port}/aws-proxy — start it with`);
  await expect(problem).toContainText('asl-studio proxy');
  await expect(page.getByRole('button', { name: 'AWS: failed' })).toBeVisible();
  await unchanged();
});

test('access denied while polling a run: polling stops and says why', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const dialog = await connect(page, fakeSfnUrl);
  await openMachine(page, 'SlowJob');
  const kept = await textKept(page);
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  await expect(dialog.getByLabel('Execution', { exact: true })).toHaveAttribute('data-execution-status', 'RUNNING');
  await armFaults(fakeSfnUrl, [{ operation: 'DescribeExecution', kind: 'AccessDenied' }]);
  const problem = awsDialog(page).getByRole('alert', { name: 'Polling problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'access-denied', { timeout: 20_000 });
  await expect(problem).toContainText('Polling stopped.');
  await expect(problem).toContainText('states:DescribeExecution');
  await expect(dialog.getByRole('button', { name: 'Stop watching' })).toHaveCount(0);
  await kept();
});

test('throttled polling backs off, says so, and recovers by itself', async ({ page, fakeSfnUrl }) => {
  await start(page);
  const dialog = await connect(page, fakeSfnUrl);
  await openMachine(page, 'HelloWorld');
  const kept = await textKept(page);
  // Two polls in a row are throttled (every SDK attempt of each), then AWS answers again.
  await armFaults(fakeSfnUrl, [{ operation: 'DescribeExecution', kind: 'Throttling', times: 2 * SDK_MAX_ATTEMPTS }]);
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  const problem = dialog.getByRole('status', { name: 'Polling problem' });
  await expect(problem).toHaveAttribute('data-error-kind', 'throttling', { timeout: 20_000 });
  await expect(problem).toContainText('Slowed down by AWS');
  await expect(dialog.getByLabel('Execution', { exact: true })).toHaveAttribute('data-execution-status', 'SUCCEEDED', { timeout: 30_000 });
  await expect(problem).toHaveCount(0);
  await kept();
});
