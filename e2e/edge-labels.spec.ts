/**
 * A Choice's labels as drawn on the page: each beside its own line and on no other, the lines of two rules into one
 * state apart. Before, a Choice dropped onto a state had both edges routed down one line (the rule label and the
 * Default label stacked on it, the Default's on the rule's line), and a fresh layout put a rule's label 70 px from
 * the line the canvas drew (ELK spread the routes, the canvas slid them onto its handles, the labels stayed).
 * Measured in screen pixels along the drawn SVG paths, with real pointer input at 1280x720.
 */
import { expect, test, type Page } from '@playwright/test';
import { dropFromPalette, layoutReady } from './canvas-helpers.ts';
import { openApp, replaceEditorText, stateNode } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** For each labelled edge: how far its label's box is from its own drawn path and from each other edge's. */
function distances(page: Page, ids: string[]) {
  return page.evaluate((ids) => {
    const pathOf = (id: string) => document.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`) as SVGPathElement;
    const away = (box: DOMRect, id: string) => {
      const path = pathOf(id);
      const m = path.getScreenCTM() as DOMMatrix;
      let best = Infinity;
      for (let s = 0, n = path.getTotalLength(); s <= n; s += 1) {
        const p = path.getPointAtLength(s);
        const x = m.a * p.x + m.c * p.y + m.e;
        const y = m.b * p.x + m.d * p.y + m.f;
        best = Math.min(best, Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom)));
      }
      return Math.round(best * 10) / 10;
    };
    return ids.map((id) => {
      const box = (document.querySelector(`[data-edge-label="${CSS.escape(id)}"]`) as HTMLElement).getBoundingClientRect();
      return { id, own: away(box, id), nearestOther: Math.min(...ids.filter((o) => o !== id).map((o) => away(box, o))) };
    });
  }, ids);
}

/** The drawn paths' points half way along: apart when the two edges run as two lines. */
const midpoints = (page: Page, ids: string[]) =>
  page.evaluate(
    (ids) =>
      ids.map((id) => {
        const path = document.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`) as SVGPathElement;
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        return { x: p.x, y: p.y };
      }),
    ids,
  );

async function expectLabelsBesideTheirLines(page: Page, ids: string[]) {
  for (const id of ids) await expect(page.locator(`[data-edge-label="${id}"]`)).toBeVisible();
  await expect
    .poll(async () => (await distances(page, ids)).filter((d) => d.own > 24 || d.nearestOther <= d.own || d.nearestOther < 1))
    .toEqual([]);
}

test('a Choice dropped onto a state: its rule and Default run as two lines, each label beside its own', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Design' }).click();
  await layoutReady(page);
  await dropFromPalette(page, 'Choice', stateNode(page, 'PlaceOrder'));
  const ids = ['Choice->choice0->SendNotification', 'Choice->default->SendNotification'];
  await expect(page.locator(`.react-flow__edge[data-id="${ids[1]}"]`)).toHaveCount(1);
  await layoutReady(page);
  await expectLabelsBesideTheirLines(page, ids);
  const [a, b] = await midpoints(page, ids);
  expect(Math.abs(a!.x - b!.x)).toBeGreaterThan(20);
});

const rule = (v: string, next: string) => ({ Variable: '$.kind', StringEquals: v, Next: next });
const FRESH = [
  {
    name: 'one rule and Default into one state',
    states: { Before: { Type: 'Pass', Next: 'Route' }, Route: { Type: 'Choice', Choices: [rule('value', 'Same')], Default: 'Same' }, Same: { Type: 'Succeed' } },
    ids: ['Route->choice0->Same', 'Route->default->Same'],
  },
  {
    name: 'three rules, two into one state',
    states: { Route: { Type: 'Choice', Choices: [rule('a', 'Same'), rule('bb', 'Same'), rule('ccc', 'Other')], Default: 'Same' }, Same: { Type: 'Succeed' }, Other: { Type: 'Succeed' } },
    ids: ['Route->choice0->Same', 'Route->choice1->Same', 'Route->choice2->Other', 'Route->default->Same'],
  },
];

for (const m of FRESH) {
  test(`a fresh layout of a Choice (${m.name}): each label beside its own line`, async ({ page }) => {
    await openApp(page);
    const states = m.states as Record<string, unknown>;
    await replaceEditorText(page, JSON.stringify({ StartAt: Object.keys(states)[0], States: states }, null, 2));
    await expect(stateNode(page, 'Same')).toBeVisible();
    await layoutReady(page);
    await expectLabelsBesideTheirLines(page, m.ids);
  });
}
