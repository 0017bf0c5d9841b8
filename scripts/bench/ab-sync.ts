/**
 * `npx tsx scripts/bench/ab-sync.ts distA distB [size] [rounds]`: editor paste → canvas and pan/zoom frame work at
 * one size, two builds side by side, alternating edit by edit and pan by pan so both see the same machine load (as
 * ab-rename.ts does for renames). The paste and the frames are measured exactly as `npm run bench` measures them
 * (scripts/bench/browser.ts). AB_SKIP may name `paste` or `frames`.
 */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { startFrameTrace, startTrace, type TraceEvent } from './frames.ts';
import { emptyPanePoint, measureEditorPaste, measureLoad, panGesture, settle } from './page.ts';
import { median } from './report.ts';
import { startPreview } from './server.ts';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const UNCAPPED = [...FLAGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'];
const DEBOUNCE_MS = 250;

async function open(browser: Browser, url: string, size: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('section[aria-label="ASL definition"][data-editor-status="ready"]').waitFor({ timeout: 90_000 });
  await measureLoad(page, JSON.stringify(generateRealisticMachine(size, 1), null, 2), 'b0 Task', true);
  return page;
}

type Mark = TraceEvent;

/**
 * Main-thread CPU (thread time) of the tasks from the end of the debounce to the canvas showing the paste: what the
 * latency is made of on a quiet machine, whatever the machine's load now.
 */
function pasteCpu(events: Mark[]): number {
  const start = events.find((e) => e.name === 'bench:paste');
  const end = events.find((e) => e.name === 'bench:paste-synced');
  if (!start || !end) return -1;
  const from = start.ts + DEBOUNCE_MS * 1000;
  let ms = 0;
  for (const e of events) {
    if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    if (e.ts >= from && e.ts <= end.ts) ms += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return ms;
}

async function paste(page: Page, i: number, cdp: CDPSession): Promise<{ synced: number; cpu: number }> {
  await page.keyboard.press('ControlOrMeta+Home');
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  const title = `edit ${i}`;
  const stop = await startTrace(cdp, 'toplevel,blink.user_timing');
  const t = await measureEditorPaste(page, `"b0 Task": {"Comment": "${title}",`, 'b0 Task', title);
  const events = (await stop()) as unknown as Mark[];
  if (!t.titleShown) throw new Error('the canvas did not show the paste');
  return { synced: t.synced - DEBOUNCE_MS, cpu: pasteCpu(events) };
}

/** One pan-and-zoom round, as the bench's (two drags and wheels), traced: the median main-thread work per input frame. */
async function pan(page: Page): Promise<number> {
  const at = (await emptyPanePoint(page)) ?? { x: 500, y: 450 };
  const stop = await startFrameTrace(await page.context().newCDPSession(page));
  for (let round = 0; round < 2; round++) {
    await panGesture(page, at);
  }
  const work = await stop();
  return median(work.input.length ? work.input : work.frames);
}

const fmt = (xs: number[]) => `${median(xs).toFixed(1)} ms (${xs.map((x) => x.toFixed(0)).join(' ')})`;

async function main(): Promise<void> {
  const dists = process.argv.slice(2, 4);
  const size = Number(process.argv[4] ?? 1000);
  const rounds = Number(process.argv[5] ?? 7);
  const skip = new Set((process.env.AB_SKIP ?? '').split(','));
  const servers = await Promise.all(dists.map((d) => startPreview(d)));
  try {
    if (!skip.has('paste')) {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
      try {
        const pages: Page[] = [];
        for (const s of servers) pages.push(await open(browser, s.url, size));
        for (const page of pages) {
          await settle(page);
          await page.locator('section[aria-label="ASL definition"] .view-lines').click();
        }
        const cdps = await Promise.all(pages.map((p) => p.context().newCDPSession(p)));
        const res = dists.map(() => ({ synced: [] as number[], cpu: [] as number[] }));
        for (let i = 1; i <= rounds; i++) {
          for (const [k, page] of pages.entries()) {
            const r = await paste(page, i, cdps[k]!);
            res[k]!.synced.push(r.synced);
            res[k]!.cpu.push(r.cpu);
            await page.waitForTimeout(300);
          }
        }
        for (const [k, d] of dists.entries()) {
          console.log(`${d}: paste → canvas ${size}: ${fmt(res[k]!.synced)}; main-thread CPU after the debounce ${fmt(res[k]!.cpu)}`);
        }
      } finally {
        await browser.close();
      }
    }
    if (!skip.has('frames')) {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: UNCAPPED });
      try {
        const pages: Page[] = [];
        for (const s of servers) pages.push(await open(browser, s.url, size));
        for (const page of pages) await settle(page);
        const res = dists.map(() => [] as number[]);
        for (let i = 1; i <= Math.max(3, Math.ceil(rounds / 2)); i++) {
          for (const [k, page] of pages.entries()) res[k]!.push(await pan(page));
        }
        for (const [k, d] of dists.entries()) console.log(`${d}: pan frame work ${size}: ${fmt(res[k]!)}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    for (const s of servers) s.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
