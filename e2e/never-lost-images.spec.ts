/**
 * Graph images (issue #8): the SVG has the drawn graph's size, every state name and the nested Parallel container
 * around its branches; the PNG is that SVG at twice the size (IHDR read from the bytes), not blank, in the chosen
 * theme's background.
 */
import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { openApp, replaceEditorText, stateNode } from './helpers.ts';
import { downloadBytes, downloadFromMenu } from './never-lost-helpers.ts';

const PARALLEL = JSON.stringify(
  {
    Comment: 'Images',
    StartAt: 'Prepare',
    States: {
      Prepare: { Type: 'Pass', Next: 'FanOut' },
      FanOut: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
          { StartAt: 'Right', States: { Right: { Type: 'Wait', Seconds: 1, End: true } } },
        ],
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  },
  null,
  2,
);

/** The PNG export's pixel ratio (svgExport.ts: the SVG drawn at twice its size). */
const PNG_SCALE = 2;

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** Distinct bytes of the decompressed image data (a blank image has very few). */
  distinctBytes: number;
  /** The top-left pixel (the first pixel of the first row is stored unfiltered in effect: no left or upper neighbour). */
  topLeft: number[];
}

function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!ihdr) throw new Error('no IHDR chunk');
  const colorType = ihdr[9]!;
  const raw = inflateSync(Buffer.concat(idat));
  const channels = colorType === 6 ? 4 : 3;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    colorType,
    distinctBytes: new Set(raw).size,
    topLeft: [...raw.subarray(1, 1 + channels)],
  };
}

interface SvgFacts {
  width: number;
  height: number;
  viewBox: number[];
  states: Record<string, { x: number; y: number; w: number; h: number; kind: string }>;
  texts: string[];
}

async function readSvg(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg' || doc.querySelector('parsererror')) throw new Error('not an SVG document');
    const states: SvgFacts['states'] = {};
    for (const g of doc.querySelectorAll('g[data-state-name]')) {
      const r = g.querySelector('rect')!;
      const n = (a: string) => Number(r.getAttribute(a));
      states[g.getAttribute('data-state-name')!] = { x: n('x'), y: n('y'), w: n('width'), h: n('height'), kind: g.getAttribute('class') ?? '' };
    }
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: (root.getAttribute('viewBox') ?? '').split(/\s+/).map(Number),
      states,
      texts: [...doc.querySelectorAll('text')].map((t) => t.firstChild?.textContent ?? ''),
    };
  }, svg);
}

/** The drawn graph's extent in flow coordinates: the union of the canvas's node boxes (states, containers, markers). */
async function drawnExtent(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')!;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a || 1;
    const rects = [...flow.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { width: (right - left) / zoom, height: (bottom - top) / zoom };
  });
}

const inside = (a: SvgFacts['states'][string], b: SvgFacts['states'][string]) =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

async function openParallel(page: Page): Promise<void> {
  await openApp(page);
  await replaceEditorText(page, PARALLEL);
  await expect(stateNode(page, 'Right')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workflow canvas' })).toHaveAttribute('data-layout-status', 'ready');
}

test('SVG export: the graph\'s size, every state, and the Parallel container around its branches', async ({ page }) => {
  await openParallel(page);
  const svgText = (await downloadBytes(await downloadFromMenu(page, 'Download graph as SVG', 'light'))).toString('utf8');
  const svg = await readSvg(page, svgText);
  expect(svg.width).toBeGreaterThan(100);
  expect(svg.height).toBeGreaterThan(100);
  expect(svg.viewBox.slice(2)).toEqual([svg.width, svg.height]);

  // The image is the drawn graph plus a 24 px margin on each side.
  const drawn = await drawnExtent(page);
  expect(svg.width).toBeCloseTo(drawn.width + 48, 0);
  expect(svg.height).toBeCloseTo(drawn.height + 48, 0);

  // The states, the Parallel and its two branch groups (drawn as dashed containers named after the branch).
  expect(Object.keys(svg.states).sort()).toEqual(['Branch 1', 'Branch 2', 'Done', 'FanOut', 'Left', 'Prepare', 'Right']);
  for (const name of ['Prepare', 'FanOut', 'Left', 'Right', 'Done']) expect(svg.texts).toContain(name);
  for (const name of ['FanOut', 'Branch 1', 'Branch 2']) expect(svg.states[name]!.kind).toBe('container');
  // Nested: each branch state in its own branch group, both groups inside the Parallel.
  for (const [branch, name, other] of [
    ['Branch 1', 'Left', 'Right'],
    ['Branch 2', 'Right', 'Left'],
  ] as const) {
    expect(inside(svg.states[branch]!, svg.states.FanOut!)).toBe(true);
    expect(inside(svg.states[name]!, svg.states[branch]!)).toBe(true);
    expect(inside(svg.states[other]!, svg.states[branch]!)).toBe(false);
  }
  for (const name of ['Prepare', 'Done']) {
    expect(svg.states[name]!.kind).toBe('state');
    expect(inside(svg.states[name]!, svg.states.FanOut!)).toBe(false);
  }
  // Everything lies inside the view box.
  const [vx, vy, vw, vh] = svg.viewBox as [number, number, number, number];
  for (const s of Object.values(svg.states)) expect(inside(s, { x: vx, y: vy, w: vw, h: vh, kind: '' })).toBe(true);
});

for (const [theme, background] of [
  ['light', [0xff, 0xff, 0xff]],
  ['dark', [0x0f, 0x1b, 0x2a]],
] as const) {
  test(`PNG export (${theme}): twice the SVG's size, not blank, ${theme} background`, async ({ page }) => {
    await openParallel(page);
    const svg = await readSvg(page, (await downloadBytes(await downloadFromMenu(page, 'Download graph as SVG', theme))).toString('utf8'));
    const download = await downloadFromMenu(page, 'Download graph as PNG', theme);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = readPng(await downloadBytes(download));
    expect(png.width).toBe(Math.ceil(svg.width * PNG_SCALE));
    expect(png.height).toBe(Math.ceil(svg.height * PNG_SCALE));
    expect([2, 6]).toContain(png.colorType);
    expect(png.topLeft.slice(0, 3)).toEqual([...background]);
    expect(png.distinctBytes).toBeGreaterThan(20);
  });
}
