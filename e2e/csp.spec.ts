import { expect, test, type Page } from '@playwright/test';
import { editorMarkers, executionStatus, openApp, openSimulation, replaceEditorText, stateNode } from './helpers.ts';

/**
 * The Content-Security-Policy of the built app (index.html's meta tag): scripts from self only, no eval in the page,
 * connections to self and loopback (where the standalone AWS proxy listens) only. Loading, editing (Monaco and its
 * workers, the canvas) and a full simulation (engine and mock sandbox workers) must run without a single
 * `securitypolicyviolation`.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collect CSP violation reports from the first script on, in the page (workers report to it too). */
async function collectViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: Violation[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test('the page declares a strict policy: no inline script, no eval, connections to self and loopback only', async ({ page }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const d = directives(policy ?? '');
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')?.[0]).toBe("'self'");
  expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  expect(d.get('script-src')).not.toContain("'unsafe-eval'");
  // Self, plus the loopback origins where the standalone AWS proxy (`asl-studio proxy`) listens.
  expect(d.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:*', 'http://localhost:*']);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('eval and inline script are refused in the page', async ({ page }) => {
  await collectViolations(page);
  await openApp(page);
  // A string timer is compiled by the page itself (unlike DevTools' evaluate), so the policy's eval rule applies.
  await page.evaluate(() => {
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__evalRan = true', 0);
  });
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  await expect.poll(async () => (await violations(page)).map((v) => v.directive).sort()).toEqual(['script-src', 'script-src-elem']);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
    return [w.__evalRan, w.__inlineRan];
  });
  expect(ran).toEqual([undefined, undefined]);
});

test('loading, editing and a full simulation raise no CSP violation', async ({ page }) => {
  await collectViolations(page);
  await openApp(page);
  await expect(stateNode(page, 'CreateUser')).toBeVisible();

  // Edit: the validator marks the bad Next, the canvas follows.
  await replaceEditorText(page, JSON.stringify({ StartAt: 'Broken', States: { Broken: { Type: 'Pass', Next: 'Nowhere' } } }, null, 2));
  await expect.poll(async () => (await editorMarkers(page)).length).toBeGreaterThan(0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(stateNode(page, 'CreateUser')).toBeVisible();

  // Run the seed workflow: the engine worker and the mock sandbox worker.
  const panel = await openSimulation(page);
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(executionStatus(page)).toHaveText('Succeeded');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');

  expect(await violations(page)).toEqual([]);
});
