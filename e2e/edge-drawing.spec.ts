/**
 * How edges are drawn, measured on the page: a straight flow is drawn straight (no kink where a state's handle sat
 * off its middle), an arrowhead has the colour of its line (a taken edge's green, not a grey arrow three times as
 * big), and labels inside a Map or a Parallel lie on top of the container, not washed out under it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadDocument, openApp, openSimulation, stateNode } from './helpers.ts';

const edgePath = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`);

/** The x and y coordinates in an SVG path's d attribute. */
function pathPoints(d: string): { x: number; y: number }[] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push({ x: nums[i]!, y: nums[i + 1]! });
  return out;
}

/** The colours of the given page pixels (screen coordinates), read from a screenshot. */
async function pixels(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return points.map((p) => [...g.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data].slice(0, 3));
    },
    { png, points },
  );
}

const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 40);

test('the seed is drawn straight down, and a run colours each arrowhead as its line', async ({ page }) => {
  await openApp(page);
  await expect(stateNode(page, 'SendNotification')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  // Start → CreateUser and SendNotification → End: one x all the way (before, a 2 px dogleg half way down).
  for (const id of ['start->CreateUser', 'SendNotification->end']) {
    const xs = pathPoints((await edgePath(page, id).getAttribute('d')) ?? '').map((p) => p.x);
    expect(xs.length, id).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs) - Math.min(...xs), `edge ${id}: ${xs.join(' ')}`).toBeLessThan(0.5);
  }

  await openSimulation(page);
  await page.getByRole('button', { name: /^Run/ }).first().click();
  await expect(stateNode(page, 'PlaceOrder')).toHaveAttribute('data-status', 'succeeded');
  const taken = page.locator('.react-flow__edge:has(path.edge-taken)').first();
  await expect(taken).toBeAttached();
  const line = rgb(await taken.locator('path.react-flow__edge-path').evaluate((p) => getComputedStyle(p).stroke));
  // The arrowhead ends just above CreateUser's in handle: beside the line (wider than it) its pixels are the line's.
  const handle = (await page.locator('.react-flow__node[data-id="CreateUser"] .react-flow__handle[data-handleid="in"]').boundingBox())!;
  const zoom = Number((await page.locator('.react-flow__viewport').getAttribute('style'))?.match(/scale\(([\d.]+)\)/)?.[1] ?? 1);
  const cx = handle.x + handle.width / 2;
  const tip = handle.y + handle.height / 2 - 5.5 * zoom;
  const beside = [-2.5, 2.5].flatMap((dx) => [3.5, 4.5].map((dy) => ({ x: cx + dx * zoom, y: tip - dy * zoom })));
  const colours = await pixels(page, beside);
  expect(colours.filter((c) => near(c, line)).length, `line ${line}, arrow ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(3);
});

test("labels inside a Map lie on top of the container: the label is what is under the pointer at its centre", async ({ page }) => {
  await openApp(page);
  const text = readFileSync('fixtures/corpus/aws-samples/definitions/s3-glacier-multi-file-restore-sam_statemachine_statemachine.asl.json', 'utf8');
  await loadDocument(page, text);
  await expect(page.locator('.react-flow__node[data-id="Get metadata/~p/HeadObject"]')).toBeAttached();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
  const label = page.locator('[data-edge-label]').filter({ hasText: 'States.ALL' });
  await expect(label).toBeInViewport();
  const box = (await label.boundingBox())!;
  const hit = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el?.closest('[data-edge-label]') ? 'label' : `${el?.tagName}.${el?.className}`;
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(hit).toBe('label');
});

test('a machine that fits is shown whole, first and on Fit View: its edge labels inside the pane, no state under the minimap', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Design' }).click();
  const text = readFileSync('fixtures/corpus/aws-samples/definitions/moderated-image-catalog_statemachine_statemachine.asl.json', 'utf8');
  await loadDocument(page, text);
  await expect(page.locator('.react-flow__node[data-id="Check for inappropriate content"]')).toBeAttached();
  const pane = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(pane).toHaveAttribute('data-layout-status', 'ready');
  const area = (await pane.boundingBox())!;
  // The rule's label lies left of every state (before, the view was fitted to the states and cut it).
  const labels = page.locator('[data-edge-label]');
  await expect(labels).toHaveCount(2);
  await expectWholeDrawing(page);
  // Moved away by hand, then Fit View: the same whole drawing, labels included (it used to fit the states only).
  const grab = { x: area.x + 40, y: area.y + 40 };
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), grab)).toBe(true);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 150, grab.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await labels.first().boundingBox())!.x).toBeGreaterThan(area.x + 100);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expectWholeDrawing(page);
});

/** Every edge label inside the canvas pane, and no state under the minimap. */
async function expectWholeDrawing(page: Page): Promise<void> {
  const area = (await page.getByRole('region', { name: 'Workflow canvas' }).boundingBox())!;
  const outside = (boxes: DOMRect[]) =>
    boxes.filter((b) => b.left < area.x || b.right > area.x + area.width || b.top < area.y || b.bottom > area.y + area.height).map((b) => Math.round(b.left));
  const labels = page.locator('[data-edge-label]');
  await expect.poll(async () => outside(await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))), 'labels outside the pane (left x)').toEqual([]);
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  const m = (await minimap.boundingBox())!;
  const states = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), ...(e.getBoundingClientRect().toJSON() as DOMRect) })));
  expect(states.filter((s) => s.right > m.x && s.bottom > m.y && s.left < m.x + m.width && s.top < m.y + m.height).map((s) => s.id)).toEqual([]);
}
