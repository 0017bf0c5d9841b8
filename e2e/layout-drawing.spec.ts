/**
 * The drawing rules, measured on the drawn page (issue 16): a Choice with many rules, a Parallel with many branches
 * and a machine whose states go back to states declared earlier. Boxes of states, edge labels and the viewport are
 * read from the DOM: no state on a state, no label on a label or a state, transitions downward unless they close a
 * loop, every terminal state joined to End, and a first view at zoom 0.5 or more that shows the start.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadDocument, stateNode } from './helpers.ts';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

const CHOICE_14 = {
  StartAt: 'Route order',
  States: {
    'Route order': {
      Type: 'Choice',
      Choices: Array.from({ length: 14 }, (_, i) => ({
        Variable: '$.order.destination.countryCode',
        StringEquals: i === 3 ? 'a-rather-long-country-code-that-cannot-fit-on-one-label-box' : `C${i}`,
        Next: `Ship ${i}`,
      })),
      Default: 'Unknown destination',
    },
    ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`Ship ${i}`, { Type: 'Task', Resource: LAMBDA, Next: 'Done' }])),
    'Unknown destination': { Type: 'Fail', Error: 'UnknownDestination' },
    Done: { Type: 'Succeed' },
  },
};

const PARALLEL_16 = {
  StartAt: 'Fan out',
  States: {
    'Fan out': {
      Type: 'Parallel',
      Branches: Array.from({ length: 16 }, (_, i) => ({ StartAt: `Work ${i}`, States: { [`Work ${i}`]: { Type: 'Task', Resource: LAMBDA, End: true } } })),
      Next: 'Join results',
    },
    'Join results': { Type: 'Pass', Next: 'Finished' },
    Finished: { Type: 'Succeed' },
  },
};

/** Declared backwards: every state transitions to one declared before it (no loop but the poll). */
const BACKWARDS = {
  StartAt: 'Submit job',
  States: {
    Notify: { Type: 'Task', Resource: LAMBDA, End: true },
    'Job failed': { Type: 'Fail', Error: 'JobFailed' },
    'Job done?': { Type: 'Choice', Choices: [{ Variable: '$.status', StringEquals: 'DONE', Next: 'Notify' }, { Variable: '$.status', StringEquals: 'FAILED', Next: 'Job failed' }], Default: 'Wait' },
    'Get status': { Type: 'Task', Resource: LAMBDA, Next: 'Job done?' },
    Wait: { Type: 'Wait', Seconds: 10, Next: 'Get status' },
    'Submit job': { Type: 'Task', Resource: LAMBDA, Next: 'Wait', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Job failed' }] },
  },
};

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page, without waiting for the code editor (not used here; a slow lazy chunk on a loaded machine). */
async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => 'load' in ((window as unknown as { __aslStudioBench?: object }).__aslStudioBench ?? {}));
}

async function open(page: Page, def: object, firstState: string): Promise<void> {
  await loadDocument(page, JSON.stringify(def, null, 2));
  await expect(stateNode(page, firstState)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
}

/** The viewport zoom (React Flow's transform on .react-flow__viewport). */
async function zoom(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

/** Boxes in flow coordinates of leaf nodes (states and markers, not groups) and of edge labels. */
async function drawn(page: Page): Promise<{ nodes: Rect[]; labels: (Rect & { text: string; title: string })[]; edges: string[] }> {
  return page.evaluate(() => {
    const vp = document.querySelector('.react-flow__viewport') as HTMLElement;
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform);
    const origin = (document.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: (r.left - origin.left - m.e) / m.a, y: (r.top - origin.top - m.f) / m.a, width: r.width / m.a, height: r.height / m.a };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node-state, .react-flow__node-marker')].map((el) => ({ id: el.getAttribute('data-id') ?? '', ...box(el) }));
    const labels = [...document.querySelectorAll<HTMLElement>('[data-edge-label]')].map((el) => ({
      id: el.dataset.edgeLabel ?? '',
      text: el.textContent ?? '',
      title: el.title,
      ...box(el),
    }));
    const edges = [...document.querySelectorAll('.react-flow__edge')].map((el) => el.getAttribute('data-id') ?? (el.getAttribute('data-testid') ?? '').replace(/^rf__edge-/, ''));
    return { nodes, labels, edges };
  });
}

const overlap = (a: Rect, b: Rect, eps = 0.5) => a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps;

function collisions(rects: Rect[], others: Rect[] = rects): string[] {
  const out: string[] = [];
  rects.forEach((a, i) => others.forEach((b, j) => {
    if ((rects === others && j <= i) || a.id === b.id) return;
    if (overlap(a, b)) out.push(`${a.id} / ${b.id}`);
  }));
  return out;
}

/** The first view: readable, and the Start marker on screen. */
async function expectReadableStart(page: Page): Promise<void> {
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.5);
  const pane = await page.locator('.react-flow').boundingBox();
  await expect.poll(async () => {
    const start = await page.locator('.react-flow__node[data-id="~start"]').boundingBox();
    return !!pane && !!start && start.x >= pane.x && start.y >= pane.y && start.x + start.width <= pane.x + pane.width && start.y + start.height <= pane.y + pane.height;
  }).toBe(true);
}

/** Names in wide glyphs, short enough for the widest box (360 px): each must be drawn whole, not cut with "…". */
const WIDE_NAMES = ['SendNotification', 'WWW Mmm Wide Name', 'ProcessPaymentRefund', 'MMMMMMMMMMMMMM'];
const NAMED = {
  StartAt: WIDE_NAMES[0],
  States: Object.fromEntries(WIDE_NAMES.map((name, i) => [name, { Type: 'Pass', ...(i < WIDE_NAMES.length - 1 ? { Next: WIDE_NAMES[i + 1] } : { End: true }) }])),
};

/** The state names the canvas cuts: the name's own width (a copy laid out unconstrained) is more than its box's. */
async function cutNames(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node-state .state-name').evaluateAll((els) =>
    els
      .filter((name) => {
        const copy = name.cloneNode(true) as HTMLElement;
        copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none;overflow:visible';
        name.parentElement?.appendChild(copy);
        const full = copy.offsetWidth;
        copy.remove();
        return full > name.clientWidth;
      })
      .map((name) => name.textContent ?? ''),
  );
}

test('state names are drawn whole, with the run marks: boxes are as wide as the names in the page\'s font', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await expect(stateNode(page, 'SendNotification')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready', { timeout: 30_000 });
  // A run marks each state (a tick beside the name): the name keeps its room.
  await page.getByRole('tab', { name: 'Simulation', exact: true }).click();
  await page.getByRole('toolbar', { name: 'Simulation controls' }).getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId('execution-status')).toHaveText('Succeeded');
  await expect(stateNode(page, 'SendNotification')).toHaveAttribute('data-status', 'succeeded');
  expect(await cutNames(page)).toEqual([]);
  await open(page, NAMED, WIDE_NAMES[0] as string);
  await expect(stateNode(page, WIDE_NAMES[3] as string)).toBeVisible();
  expect(await cutNames(page)).toEqual([]);
});

for (const viewport of [{ width: 1600, height: 900 }, { width: 1280, height: 720 }]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('a Choice with 14 rules: rules in order, no label on a label or a state, terminals joined to End', async ({ page }) => {
      await openApp(page);
      await open(page, CHOICE_14, 'Route order');
      await expectReadableStart(page);
      const d = await drawn(page);
      expect(collisions(d.nodes)).toEqual([]);
      expect(d.labels).toHaveLength(15);
      expect(collisions(d.labels)).toEqual([]);
      expect(collisions(d.labels, d.nodes)).toEqual([]);
      const at = (id: string) => d.nodes.find((n) => n.id === id) as Rect;
      const choice = at('Route order');
      // Every target below the Choice, the rules left to right in their order.
      for (let i = 0; i < 14; i++) expect(at(`Ship ${i}`).y).toBeGreaterThan(choice.y + choice.height);
      const xs = Array.from({ length: 14 }, (_, i) => at(`Ship ${i}`).x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      // A long label is cut, whole in its title.
      const long = d.labels.find((l) => l.title.includes('a-rather-long-country-code'));
      expect(long?.text.endsWith('…')).toBe(true);
      expect(long?.title).toContain('a-rather-long-country-code-that-cannot-fit-on-one-label-box');
      expect(d.edges).toEqual(expect.arrayContaining(['Done->end', 'Unknown destination->end']));
      expect(at('~end').y).toBeGreaterThan(at('Done').y);
    });

    test('a Parallel with 16 branches: join below the branches, readable first view', async ({ page }) => {
      await openApp(page);
      await open(page, PARALLEL_16, 'Fan out');
      await expectReadableStart(page);
      // A narrower window (or a pane resized, or the panels arriving late) shows the start again, still readable:
      // the refit on a change of size keeps the first view, it does not fit all 16 branches at zoom 0.08.
      await page.setViewportSize({ width: viewport.width - 160, height: viewport.height - 40 });
      await expectReadableStart(page);
      await page.setViewportSize(viewport);
      await expectReadableStart(page);
      const d = await drawn(page);
      expect(collisions(d.nodes)).toEqual([]);
      const at = (id: string) => d.nodes.find((n) => n.id === id);
      const fan = await page.locator('.react-flow__node[data-id="Fan out"]').boundingBox();
      const join = await page.locator('.react-flow__node[data-id="Join results"]').boundingBox();
      expect(fan && join && join.y > fan.y + fan.height).toBe(true);
      // Branches side by side in their order.
      const branchXs = [];
      for (let i = 0; i < 16; i++) branchXs.push((await page.locator(`.react-flow__node[data-id="Fan out/~b${i}"]`).boundingBox())?.x ?? NaN);
      expect(branchXs).toEqual([...branchXs].sort((a, b) => a - b));
      expect(at('~start')).toBeDefined();
      expect(d.edges).toContain('Finished->end');
    });

    test('states that go back to states declared earlier are still drawn downward', async ({ page }) => {
      await openApp(page);
      await open(page, BACKWARDS, 'Submit job');
      await expectReadableStart(page);
      const d = await drawn(page);
      expect(collisions(d.nodes)).toEqual([]);
      expect(collisions(d.labels)).toEqual([]);
      expect(collisions(d.labels, d.nodes)).toEqual([]);
      const y = (id: string) => (d.nodes.find((n) => n.id === id) as Rect).y;
      // The flow, top to bottom; only Job done? → Wait (the poll loop) may go up.
      const flow = ['~start', 'Submit job', 'Wait', 'Get status', 'Job done?'];
      for (let i = 1; i < flow.length; i++) expect(y(flow[i] as string), `${flow[i]} below ${flow[i - 1]}`).toBeGreaterThan(y(flow[i - 1] as string));
      expect(y('Notify')).toBeGreaterThan(y('Job done?'));
      expect(y('Job failed')).toBeGreaterThan(y('Job done?'));
      expect(y('~end')).toBeGreaterThan(Math.max(y('Notify'), y('Job failed')));
      expect(d.edges).toEqual(expect.arrayContaining(['Notify->end', 'Job failed->end']));
    });
  });
}
