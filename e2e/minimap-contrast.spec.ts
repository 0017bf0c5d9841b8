/**
 * The minimap can be read: its states stand out from its background at 3:1 or more (WCAG's contrast for graphics),
 * inside the view's rectangle and outside it under the mask, in both themes, for the SVG minimap of a small machine
 * and the canvas minimap of a big one. (Both were React Flow's defaults: #e2e2e2 on white under a 60% white mask,
 * about 1.1:1.) Colours are read from what is drawn: computed styles of the SVG, pixels of the canvas.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateRealisticMachine } from '../src/asl/generate.ts';
import { loadDocument, openApp, replaceEditorText } from './helpers.ts';

type Rgba = [number, number, number, number];

function parse(css: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`not a colour: ${css}`);
  const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a];
}
const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
/** Contrast of a state against the background, in the view and outside it (both under the mask). */
function contrasts(node: Rgba, background: Rgba, mask: Rgba): { inView: number; outside: number } {
  const bg = over(background, [255, 255, 255, 1]);
  const fill = over(node, bg);
  return { inView: contrast(fill, bg), outside: contrast(over(mask, fill), over(mask, bg)) };
}

const styleOf = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

async function openDesign(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Design' }).click();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
}

test.use({ viewport: { width: 1280, height: 720 } });

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: the minimap's states stand out at 3:1, in the view and outside it`, async ({ page }) => {
    await openDesign(page, theme);
    await expect(page.locator('.react-flow__minimap-node').first()).toBeVisible();
    const node = parse(await styleOf(page, '.react-flow__minimap-node', 'fill'));
    const background = parse(await styleOf(page, '.react-flow__minimap', 'background-color'));
    const mask = parse(await styleOf(page, '.react-flow__minimap-mask', 'fill'));
    const c = contrasts(node, background, mask);
    expect(c.inView).toBeGreaterThanOrEqual(3);
    expect(c.outside).toBeGreaterThanOrEqual(3);
  });

  test(`${theme} theme: a big machine's canvas minimap draws its states at 3:1 too`, async ({ page }) => {
    test.setTimeout(120_000);
    await openDesign(page, theme);
    const text = JSON.stringify(generateRealisticMachine(1000, 1), null, 2);
    await loadDocument(page, text);
    await expect(page.locator('.big-minimap canvas')).toBeVisible();
    // The colour most of the canvas's drawn pixels have: the states' fill.
    const drawn = async () =>
      page.locator('.big-minimap canvas').evaluate((el: HTMLCanvasElement) => {
        const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] !== 255) continue;
          const key = `rgba(${data[i]}, ${data[i + 1]}, ${data[i + 2]}, 1)`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      });
    await expect.poll(drawn).not.toBe('');
    const node = parse(await drawn());
    const background = parse(await styleOf(page, '.big-minimap', 'background-color'));
    const mask = parse(await styleOf(page, '.big-minimap .react-flow__minimap-mask', 'fill'));
    const c = contrasts(node, background, mask);
    expect(c.inView).toBeGreaterThanOrEqual(3);
    expect(c.outside).toBeGreaterThanOrEqual(3);
  });
}

test('a Parallel and its branches are outlines in the minimap: the states inside them show', async ({ page }) => {
  await openApp(page);
  const branch = (name: string) => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } });
  await replaceEditorText(page, JSON.stringify({ StartAt: 'Fan', States: { Fan: { Type: 'Parallel', Branches: [branch('Left'), branch('Right')], End: true } } }, null, 2));
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Design' }).click();
  const groups = page.locator('.react-flow__minimap-node.minimap-group');
  // The Parallel and its two branches (before, filled boxes drawn over the states inside them).
  await expect(groups).toHaveCount(3);
  for (const fill of await groups.evaluateAll((els) => els.map((el) => getComputedStyle(el).fill))) expect(fill).toBe('none');
  // Left, Right and the Start and End markers, filled.
  await expect(page.locator('.react-flow__minimap-node:not(.minimap-group)')).toHaveCount(4);
});
