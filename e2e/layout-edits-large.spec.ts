/**
 * Edits keep a big machine's drawing still (issue 16 point 3, over INCREMENTAL_MAX_NODES = 250 states), measured on
 * the drawn page with real pointer input: a Wait dropped on a transition in the middle of a 300-state machine lands
 * between its two states and nothing above it moves on screen (splice.ts); a Choice rule drawn from a Choice to a
 * state below it moves no state at all (spliceConnect.ts). Nothing overlaps after either edit.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { toGraph } from '../src/asl/graph.ts';
import { layoutGraph } from '../src/layout/layoutGraph.ts';
import { canvas, connectHandle, definition, dropFromPalette, layoutReady } from './canvas-helpers.ts';
import { loadDocument, openApp, stateNode } from './helpers.ts';

type Box = { x: number; y: number; width: number; height: number };

const SIZE = 300;
const SEED = 3;

/** Every drawn node (states, groups, markers) as on screen, by id; only the part of the machine in view is drawn. */
async function drawn(page: Page): Promise<Map<string, Box>> {
  const list = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.getAttribute('data-id') ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    }),
  );
  return new Map(list.map((n) => [n.id, n.box]));
}

const contains = (a: Box, b: Box) => a.x <= b.x + 1 && a.y <= b.y + 1 && a.x + a.width >= b.x + b.width - 1 && a.y + a.height >= b.y + b.height - 1;

/** Pairs of drawn nodes that overlap (a container holding a state does not count). */
function overlaps(boxes: Map<string, Box>): string[] {
  const list = [...boxes];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [ia, a] = list[i]!;
      const [ib, b] = list[j]!;
      if (contains(a, b) || contains(b, a)) continue;
      if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) out.push(`${ia} / ${ib}`);
    }
  }
  return out;
}

/** Nodes drawn in both that moved on screen by more than a pixel. */
function movedOnScreen(before: Map<string, Box>, after: Map<string, Box>, ids: Iterable<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const a = before.get(id);
    const b = after.get(id);
    if (a && b && Math.hypot(b.x - a.x, b.y - a.y) > 1) out.push(`${id} moved ${Math.hypot(b.x - a.x, b.y - a.y).toFixed(0)} px`);
  }
  return out;
}

/**
 * A top-level transition A → B in the middle of the machine, drawn as one straight run down (the layout the app
 * computes, run here in Node), A a Task, B no container (a Choice in the machine used: the second test draws a rule).
 */
async function middleTransition(): Promise<{ text: string; a: string; b: string }> {
  const def = generateRealisticMachine(SIZE, SEED);
  const graph = toGraph(def as never);
  const layout = await layoutGraph(graph, { direction: 'DOWN' });
  const states = (def as unknown as { States: Record<string, { Type: string; Next?: string }> }).States;
  const names = Object.keys(states);
  const plain = (n: string | undefined) => n !== undefined && !['Parallel', 'Map'].includes(states[n]?.Type ?? 'Map');
  const order = [...names.keys()].sort((i, j) => Math.abs(i - names.length / 2) - Math.abs(j - names.length / 2));
  for (const i of order) {
    const a = names[i]!;
    const b = states[a]?.Next;
    if (states[a]?.Type !== 'Task' || !plain(b)) continue;
    const route = layout.edges[`${a}->next->${b}`];
    if (route?.points.length === 2 && route.points[0]!.x === route.points[1]!.x) return { text: JSON.stringify(def, null, 2), a, b: b! };
  }
  throw new Error('no straight transition in the middle');
}

async function openAt(page: Page, text: string, name: string): Promise<void> {
  await openApp(page);
  await loadDocument(page, text);
  await expect(page.locator('.react-flow__node[data-id="b0 Task"]')).toBeAttached();
  await layoutReady(page);
  // Go to the state, as a person finds one in a big machine.
  await canvas(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Go to state' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('State name').fill(name);
  await expect(dialog.getByRole('list', { name: 'States' }).getByRole('button').first()).toHaveText(new RegExp(`^${name} ·`));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(stateNode(page, name)).toBeInViewport();
  await layoutReady(page);
}

test.describe('edits on a 300-state machine', () => {
  // Loading and laying out 300 states, then an edit, on a loaded 2-core machine.
  test.setTimeout(120_000);

  test('a Wait dropped on a transition lands between its states; nothing above it moves; nothing overlaps', async ({ page }) => {
    const { text, a, b } = await middleTransition();
    await openAt(page, text, a);
    await expect(stateNode(page, b)).toBeInViewport();
    const before = await drawn(page);
    const boxA = (await stateNode(page, a).boundingBox())!;
    const boxB = (await stateNode(page, b).boundingBox())!;
    const c = (await canvas(page).boundingBox())!;
    await dropFromPalette(page, 'Add Wait state', { x: boxA.x + boxA.width / 2 - c.x, y: (boxA.y + boxA.height + boxB.y) / 2 - c.y });
    await expect.poll(async () => ((await definition(page)).States as Record<string, { Next?: string }>)[a]?.Next).toBe('Wait');
    await expect(stateNode(page, 'Wait')).toBeVisible();
    await layoutReady(page);
    const after = await drawn(page);
    // The neighbours above (every state drawn wholly above A's bottom, A too) stay where they were on screen.
    const above = [...before].filter(([, box]) => box.y + box.height <= boxA.y + boxA.height + 1).map(([id]) => id);
    expect(above.length).toBeGreaterThan(1);
    expect(movedOnScreen(before, after, above)).toEqual([]);
    // The new state between its neighbours, B below it.
    const w = (await stateNode(page, 'Wait').boundingBox())!;
    const nowB = (await stateNode(page, b).boundingBox())!;
    expect(w.y).toBeGreaterThanOrEqual(boxA.y + boxA.height);
    expect(nowB.y).toBeGreaterThanOrEqual(w.y + w.height);
    expect(overlaps(after)).toEqual([]);
  });

  test('a Choice rule drawn to a state below moves no state; its label covers nothing; nothing overlaps', async ({ page }) => {
    const { text, a, b } = await middleTransition();
    const states = (JSON.parse(text) as { States: Record<string, { Type: string }> }).States;
    expect(states[b]?.Type).toBe('Choice');
    await openAt(page, text, b);
    const before = await drawn(page);
    const boxB = (await stateNode(page, b).boundingBox())!;
    // The states of the same scope drawn below the Choice and in view; the last one on screen (right, then low).
    const candidates = [...before].filter(([id, box]) => id in states && id !== a && id !== b && box.y >= boxB.y + boxB.height + 20 && box.y + box.height <= c0(page));
    const target = candidates.sort(([, p], [, q]) => q.x - p.x || q.y - p.y)[0]?.[0];
    expect(target).toBeTruthy();
    const rules = () => definition(page).then((d) => ((d.States as Record<string, { Choices?: { Next: string }[] }>)[b]?.Choices ?? []).length);
    const count = await rules();
    await connectHandle(page, b, 'choice-new', target!);
    await expect.poll(rules).toBe(count + 1);
    await layoutReady(page);
    const after = await drawn(page);
    // Before spliceConnect.ts the fresh layout aligned on the edit moved the states around it by 106 px.
    expect(movedOnScreen(before, after, before.keys())).toEqual([]);
    expect(overlaps(after)).toEqual([]);
    // The new rule's label is drawn and covers no state.
    const label = (await page.locator(`[data-edge-label="${b}->choice${count}->${target}"]`).boundingBox())!;
    expect(label.width).toBeGreaterThan(0);
    const covered = [...after].filter(([, s]) => label.x < s.x + s.width - 1 && s.x < label.x + label.width - 1 && label.y < s.y + s.height - 1 && s.y < label.y + label.height - 1);
    expect(covered.map(([id]) => id)).toEqual([]);
  });
});

/** The bottom of the window: a drop target must be on screen. */
function c0(page: Page): number {
  return page.viewportSize()?.height ?? 720;
}
