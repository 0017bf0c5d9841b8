/**
 * The browser half of the bench: headless Chromium (Playwright library) against the production build served by
 * `vite preview`. Per run: navigation → first rendered canvas; per size: open the document → laid-out canvas,
 * JS heap after the load, a canvas rename → the editor shows it, an editor paste → the canvas shows it (beyond the
 * debounce), and frame times while panning and zooming (in a second browser without the frame-rate cap, so a
 * frame's delta is its cost rather than the vsync interval).
 */
import { chromium, type Browser, type Page } from 'playwright';
import { generateRealisticMachine } from '../../src/asl/generate.ts';
import { emptyPanePoint, measureEditorPaste, measureLoad, measureRename, panGesture, settle, startFrameRecorder, stopFrameRecorder } from './page.ts';
import { startFrameTrace, startTrace, threadCpu } from './frames.ts';
import { median, percentile, record } from './report.ts';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const UNCAPPED = [...FLAGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'];
const DEBOUNCE_MS = 250;
/** At least this many renames and pastes per size. */
const SYNC_RUNS = 7;
/**
 * Paint events per frame while panning and zooming, at most: a count, not a time, so it holds on a busy machine.
 * About 3 when only the page, the background dots and the minimap are painted again (1,000 states: ~400 per gesture);
 * 25 when Chromium re-records the canvas's states and edges on every frame (the regression of 5c1d2d0: ~3,500).
 */
export const PAINTS_PER_FRAME_BUDGET = 8;

const launch = (args: string[]) => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  // tsx compiles with keepNames: functions passed to page.evaluate may call its `__name` helper.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('section[aria-label="ASL definition"][data-editor-status="ready"]').waitFor({ timeout: 90_000 });
  // A fresh context installs the service worker once the page is idle: it fetches and compiles the whole build
  // (~11 MB, ~0.5 s of CPU on a 2-core machine). Measured loads wait for it, as a returning user's would: else the
  // precache's timing, not the app, decides how much of a measured load it overlaps.
  await serviceWorkerReady(page);
  return page;
}

export const serviceWorkerReady = (page: Page): Promise<unknown> => page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 30_000))]));

const textOf = (size: number, seed: number) => JSON.stringify(generateRealisticMachine(size, seed), null, 2);

export async function benchFirstCanvas(browser: Browser, url: string, runs: number): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    await page.addInitScript(() => {
      const obs = new MutationObserver(() => {
        if (!document.querySelector('.react-flow__node')) return;
        obs.disconnect();
        requestAnimationFrame(() => ((window as unknown as { __firstCanvas: number }).__firstCanvas = performance.now()));
      });
      document.addEventListener('DOMContentLoaded', () => obs.observe(document.body, { childList: true, subtree: true }));
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstCanvas?: number }).__firstCanvas !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => (window as unknown as { __firstCanvas: number }).__firstCanvas));
    await context.close();
  }
  record({ metric: 'browser.first-canvas', size: null, value: median(times), unit: 'ms', target: '< 1000', note: `median of ${runs}, navigation start → first node painted` });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

export async function benchSize(browser: Browser, url: string, size: number, runs: number): Promise<void> {
  const loads: Awaited<ReturnType<typeof measureLoad>>[] = [];
  let page: Page | undefined;
  for (let i = 0; i < runs; i++) {
    await page?.context().close();
    page = await openPage(browser, url);
    loads.push(await measureLoad(page, textOf(size, i + 1), 'b0 Task', true));
  }
  // One more load, traced (not timed: tracing costs a little): the CPU the load takes, whatever the machine's load.
  await page?.context().close();
  page = await openPage(browser, url);
  const stopTrace = await startTrace(await page.context().newCDPSession(page));
  await measureLoad(page, textOf(size, 1), 'b0 Task');
  const cpu = threadCpu(await stopTrace());
  const last = loads[loads.length - 1]!;
  const ready = loads.map((l) => l.ready);
  const note = `median of ${runs} (min ${Math.min(...ready).toFixed(0)}); ${last.nodes} graph nodes, ${last.rendered} rendered`;
  const target = size === 1000 ? '< 1000' : size === 5000 ? '< 5000' : '';
  record({ metric: 'browser.load.parse', size, value: median(loads.map((l) => l.parse)), unit: 'ms', note: 'parse + graph (sync; validation follows once idle)' });
  record({ metric: 'browser.load.first-render', size, value: median(loads.map((l) => l.firstRender)), unit: 'ms' });
  record({ metric: 'browser.load.interactive', size, value: median(ready), unit: 'ms', target, note });
  record({
    metric: 'browser.load.editor-text',
    size,
    value: median(loads.map((l) => l.editor)),
    unit: 'ms',
    note: 'open → the editor holds the whole text and painted (a big text is handed to it after the laid-out canvas)',
  });
  record({
    metric: 'browser.load.settled',
    size,
    value: median(loads.map((l) => l.settled)),
    unit: 'ms',
    note: "open → the load's last long task (>50 ms) ended, 500 ms of quiet after it: whenever the app calls itself ready",
  });
  record({ metric: 'browser.load.validated', size, value: median(loads.map((l) => l.validated)), unit: 'ms', note: 'open → the validation of the new document is done (it waits for the laid-out canvas)' });
  record({ metric: 'browser.load.main-thread-cpu', size, value: cpu.main, unit: 'ms', note: 'one traced load: renderer main-thread CPU (thread time) until interactive' });
  record({ metric: 'browser.load.worker-cpu', size, value: cpu.workers, unit: 'ms', note: 'the same load: dedicated workers (layout, editor JSON) CPU' });
  record({ metric: 'browser.heap.after-load', size, value: await heapAfterGc(page), unit: 'MB', note: 'after GC (CDP Runtime.getHeapUsage)' });

  // Edits on a fresh page (the traced one keeps its CDP domains) once it has settled (see settle), more of them than
  // loads: the first pays for compiling the code it runs.
  await page.context().close();
  const p = await openPage(browser, url);
  await measureLoad(p, textOf(size, 1), 'b0 Task', true);
  await settle(p);
  const syncRuns = Math.max(runs, SYNC_RUNS);
  const renames: number[] = [];
  const renameModels: number[] = [];
  const renamePaints: number[] = [];
  const renameCanvas: number[] = [];
  let name = 'b1 Task';
  for (let i = 1; i <= syncRuns; i++) {
    const to = `b1 Task r${i}`;
    const t = await measureRename(p, name, to);
    renames.push(t.synced);
    renameModels.push(t.model);
    renamePaints.push(t.painted);
    renameCanvas.push(t.canvas ?? -1);
    name = to;
    await p.waitForTimeout(300);
  }
  record({
    metric: 'browser.sync.canvas-to-editor',
    size,
    value: median(renames),
    unit: 'ms',
    target: size === 1000 ? '< 50' : '',
    note: `median of ${syncRuns} (min ${Math.min(...renames).toFixed(0)}, first ${renames[0]!.toFixed(0)}), rename → editor shows it; ${median(renameModels).toFixed(0)} ms to its model text, ${median(renamePaints).toFixed(0)} ms to the next paint`,
  });
  record({
    metric: 'browser.sync.rename-to-canvas',
    size,
    value: median(renameCanvas),
    unit: 'ms',
    note: `median of ${syncRuns} (max ${Math.max(...renameCanvas).toFixed(0)}), the same renames → the canvas DOM shows the new name (-1: its node not rendered)`,
  });

  const edits: number[] = [];
  const editModels: number[] = [];
  const editPaints: number[] = [];
  let shown = true;
  await p.locator('section[aria-label="ASL definition"] .view-lines').click();
  for (let i = 1; i <= syncRuns; i++) {
    await p.keyboard.press('ControlOrMeta+Home');
    for (let k = 0; k < 3; k++) await p.keyboard.press('ArrowDown');
    await p.keyboard.press('End');
    await p.keyboard.press('Shift+Home');
    const title = `edit ${i}`;
    const t = await measureEditorPaste(p, `"b0 Task": {"Comment": "${title}",`, 'b0 Task', title);
    edits.push(t.synced - DEBOUNCE_MS);
    editModels.push(t.model - DEBOUNCE_MS);
    editPaints.push(t.painted - DEBOUNCE_MS);
    shown &&= t.titleShown;
    await p.waitForTimeout(300);
  }
  record({
    metric: 'browser.sync.editor-to-canvas',
    size,
    value: median(edits),
    unit: 'ms',
    target: size === 1000 ? '< 50' : '',
    note: `median of ${syncRuns} (min ${Math.min(...edits).toFixed(0)}, first ${edits[0]!.toFixed(0)}), beyond the ${DEBOUNCE_MS} ms debounce, paste → canvas node shows it (${shown ? 'shown every time' : 'NOT shown'}); ${median(editModels).toFixed(0)} ms to the store's parse, ${median(editPaints).toFixed(0)} ms to the next paint`,
  });
  await p.context().close();
}

/** Resolves with a complaint when the pan/zoom frames repaint more than PAINTS_PER_FRAME_BUDGET layers each. */
export async function benchFrames(url: string, size: number): Promise<string | undefined> {
  const browser = await launch(UNCAPPED);
  try {
    const page = await openPage(browser, url);
    await measureLoad(page, textOf(size, 1), 'b0 Task');
    await page.waitForTimeout(500);
    const at = (await emptyPanePoint(page)) ?? { x: 500, y: 450 };
    const cdp = await page.context().newCDPSession(page);
    const stopTrace = await startFrameTrace(cdp);
    await startFrameRecorder(page);
    for (let round = 0; round < 2; round++) {
      await panGesture(page, at);
    }
    const frames = await stopFrameRecorder(page);
    const work = await stopTrace();
    const input = frames.input.length ? frames.input : frames.all;
    const busy = work.input.length ? work.input : work.frames;
    record({ metric: 'browser.frame.pan-zoom.work.median', size, value: median(busy), unit: 'ms', target: size === 1000 ? '< 16' : '', note: `main-thread work per frame (${work.clock}, CDP trace), ${busy.length} frames with input` });
    record({ metric: 'browser.frame.pan-zoom.work.p95', size, value: percentile(busy, 95), unit: 'ms' });
    record({ metric: 'browser.frame.pan-zoom.work-wall.median', size, value: median(work.inputWall), unit: 'ms', note: 'the same frames in wall time (grows with machine load)' });
    record({ metric: 'browser.frame.pan-zoom.interval.median', size, value: median(input), unit: 'ms', note: `rAF interval, ${input.length} frames after input; floor 16.7 ms: headless Chromium keeps vsync` });
    record({ metric: 'browser.frame.pan-zoom.interval.p95', size, value: percentile(input, 95), unit: 'ms' });
    const perFrame = work.paints / Math.max(1, work.frames.length);
    record({
      metric: 'browser.frame.pan-zoom.paints',
      size,
      value: perFrame,
      unit: 'per frame',
      target: `< ${PAINTS_PER_FRAME_BUDGET}`,
      note: `Paint events (layers re-recorded) per frame, ${work.paints} over ${work.frames.length} frames of 2 gestures; scripts/bench/paints.ts says which`,
    });
    if (perFrame > PAINTS_PER_FRAME_BUDGET) return `pan/zoom at ${size} states repaints ${perFrame.toFixed(1)} layers per frame (budget ${PAINTS_PER_FRAME_BUDGET}): the canvas is re-recorded while the view moves`;
    return undefined;
  } finally {
    await browser.close();
  }
}

/**
 * BENCH_SKIP may also name `load` (first canvas, load, sync, heap) or `frames` (pan/zoom frames). Resolves with the
 * budgets broken (counts, never times).
 */
export async function benchBrowser(url: string, sizes: number[], runs: number): Promise<string[]> {
  const skip = new Set((process.env.BENCH_SKIP ?? '').split(','));
  if (!skip.has('load')) {
    const browser = await launch(FLAGS);
    try {
      await benchFirstCanvas(browser, url, runs);
      for (const size of sizes) await benchSize(browser, url, size, runs);
    } finally {
      await browser.close();
    }
  }
  const over: string[] = [];
  if (!skip.has('frames')) {
    for (const size of sizes) {
      const complaint = await benchFrames(url, size);
      if (complaint) over.push(complaint);
    }
  }
  return over;
}
