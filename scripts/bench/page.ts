/**
 * Measurements taken inside the page (so Playwright's round trips are not timed): opening a document until the
 * laid-out canvas is shown, a canvas rename until the editor shows it, and an editor paste until the canvas shows the
 * re-parsed machine (each also timed to its model: the editor's text, the store's parse). All times are `performance.now()` deltas in the page.
 */
import type { Page } from 'playwright';

interface Hooks {
  load(text: string): void;
  rename(id: string, name: string): true | string;
  doc(): { revision: number; nodes: number; stale: boolean; textLength: number; validationPending: boolean };
}
type BenchWindow = Window & { __aslStudioBench: Hooks; __aslStudio?: { editorText(): string; editorTextLength(): number } };

export interface LoadTiming {
  /** loadText (parse + graph, synchronous; validation follows once idle). */
  parse: number;
  /** Until the first render with the new graph (layout pending). */
  firstRender: number;
  /** Until the laid-out canvas is ready and painted. */
  ready: number;
  rendered: number;
  nodes: number;
  /** After `ready`: until the editor's model holds the whole text (a big one is handed over after the canvas), then painted. */
  editor: number;
  /** After `ready`: until the validation of the new document is done (its diagnostics are in the store). */
  validated: number;
  /**
   * With `followUp`: until the last long task (over 50 ms) of the load ended, once 500 ms passed without one: from
   * then on the page answers input within 50 ms. It does not depend on when the app calls itself ready (the canvas's
   * data-layout-status), so it compares builds that report `ready` at different points of the same work.
   */
  settled: number;
}

/** With `followUp`, also waits for (and times) the editor's text and the validation after `ready` (else -1). */
export function measureLoad(page: Page, text: string, firstState: string, followUp = false): Promise<LoadTiming> {
  return page.evaluate(
    async ({ text, firstState, followUp }) => {
      const w = window as unknown as BenchWindow;
      const canvas = document.querySelector('section.canvas') as HTMLElement;
      // After the next paint: a task of the highest priority (scheduler.postTask where the browser has it) queued in
      // the frame's rAF, so it runs right after that frame's paint, not behind timers the app queued there too (a big
      // load's editor hand-off runs in such a timer, after the canvas's first view is painted: ~160 ms at 5,000).
      type PostTask = { postTask?: (cb: () => void, o: { priority: string }) => void };
      const sched = (globalThis as unknown as { scheduler?: PostTask }).scheduler;
      const afterPaint = (r: () => void) => (sched?.postTask ? sched.postTask(r, { priority: 'user-blocking' }) : setTimeout(r, 0));
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => afterPaint(r)));
      let firstRender = 0;
      let lastLongTaskEnd = 0;
      const longTasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) lastLongTaskEnd = Math.max(lastLongTaskEnd, e.startTime + e.duration);
      });
      longTasks.observe({ type: 'longtask' });
      const t0 = performance.now();
      w.__aslStudioBench.load(text);
      const parse = performance.now() - t0;
      const shown = () => document.querySelector(`[data-state-name="${CSS.escape(firstState)}"]`) !== null;
      // Timed when the DOM changes (a mutation observer), not when a poll next gets the main thread; the poll only
      // gives up after 3 minutes (reported as such) rather than hang the bench.
      await new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          watch.disconnect();
          resolve();
        };
        const look = () => {
          if (!firstRender && shown()) firstRender = performance.now() - t0;
          if (shown() && canvas.getAttribute('data-layout-status') === 'ready') finish();
        };
        const watch = new MutationObserver(look);
        watch.observe(canvas, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-layout-status', 'data-state-name'] });
        const poll = () => {
          look();
          if (performance.now() - t0 > 180_000) finish();
          else if (!done) setTimeout(poll, 50);
        };
        poll();
      });
      await frame();
      const ready = performance.now() - t0;
      // Measured after `ready` (not part of it): polled every 10 ms, so as not to load the main thread.
      let editor = -1;
      let validated = -1;
      while (followUp && (editor < 0 || validated < 0) && performance.now() - t0 < 60_000) {
        if (validated < 0 && !w.__aslStudioBench.doc().validationPending) validated = performance.now() - t0;
        if (editor < 0 && w.__aslStudio?.editorTextLength() === text.length) {
          await frame();
          editor = performance.now() - t0;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      while (followUp && performance.now() - Math.max(lastLongTaskEnd, t0) < 500 && performance.now() - t0 < 60_000) {
        await new Promise((r) => setTimeout(r, 50));
      }
      longTasks.disconnect();
      return {
        settled: followUp ? Math.max(lastLongTaskEnd - t0, ready) : -1,
        parse,
        firstRender,
        editor,
        validated,
        ready,
        rendered: document.querySelectorAll('.react-flow__node').length,
        nodes: w.__aslStudioBench.doc().nodes,
      };
    },
    { text, firstState, followUp },
  );
}

/**
 * Until the page has finished what a load leaves for later (the editor's copy of a big text, the validation), then
 * one more second: a sync measured on a page still digesting its load times that work, not the edit.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as BenchWindow;
      const doc = w.__aslStudioBench.doc();
      return !doc.validationPending && w.__aslStudio?.editorTextLength() === doc.textLength;
    },
    undefined,
    { polling: 20, timeout: 60_000 },
  );
  await page.waitForTimeout(1000);
}

export interface SyncTiming {
  /** Until the other side's DOM shows the change (the editor's lines, or the canvas node). */
  synced: number;
  /** Until the store / the editor model has it (rename: editor model text; paste: the store's parse). */
  model: number;
  /** Until the frame after `synced` is painted. */
  painted: number;
  /** Rename only: until the canvas shows the new name too (-1 if its node is not rendered within 5 s). */
  canvas?: number;
}

/**
 * A canvas rename until the editor shows the new name: first in its model, then on screen (the store selects the
 * renamed state, so the editor scrolls to it; Monaco renders spaces as no-break spaces).
 */
export function measureRename(page: Page, from: string, to: string): Promise<SyncTiming> {
  return page.evaluate(
    async ({ from, to }) => {
      const w = window as unknown as BenchWindow;
      const lines = document.querySelector('section[aria-label="ASL definition"] .view-lines') as HTMLElement;
      const shown = () => (lines.textContent ?? '').replace(/\u00a0/g, ' ').includes(`"${to}"`);
      let canvas = -1;
      const onCanvas = () => document.querySelector(`section.canvas [data-state-name="${CSS.escape(to)}"]`) !== null;
      let synced = -1;
      const t0 = performance.now();
      // Timed when the DOM changes (a mutation observer), not when a poll next looks (4 ms apart at best).
      const watch = new MutationObserver(() => {
        if (canvas < 0 && onCanvas()) canvas = performance.now() - t0;
      });
      watch.observe(document.querySelector('section.canvas') as HTMLElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state-name'] });
      const watchEditor = new MutationObserver(() => {
        if (synced < 0 && shown()) synced = performance.now() - t0;
      });
      watchEditor.observe(lines, { subtree: true, childList: true, characterData: true });
      const r = w.__aslStudioBench.rename(from, to);
      if (r !== true) throw new Error(`rename refused: ${r}`);
      while (!w.__aslStudio?.editorText().includes(`"${to}"`)) await new Promise((res) => setTimeout(res, 1));
      const model = performance.now() - t0;
      while (synced < 0 && performance.now() - t0 < 30_000) await new Promise((res) => setTimeout(res, 1));
      watchEditor.disconnect();
      if (synced < 0) synced = performance.now() - t0;
      await new Promise<void>((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const painted = performance.now() - t0;
      while (canvas < 0 && performance.now() - t0 < 5_000) await new Promise((res) => setTimeout(res, 1));
      watch.disconnect();
      return { synced, model, painted, canvas };
    },
    { from, to },
  );
}

/** Paste `text` over the editor's selection and wait until the store has parsed it and the canvas node shows it. */
export function measureEditorPaste(page: Page, text: string, nodeName: string, title: string): Promise<SyncTiming & { titleShown: boolean }> {
  return page.evaluate(
    async ({ text, nodeName, title }) => {
      const w = window as unknown as BenchWindow;
      const input = document.querySelector('section[aria-label="ASL definition"] [role="textbox"]') as HTMLElement;
      const before = w.__aslStudioBench.doc().revision;
      const shown = () => document.querySelector(`[data-state-name="${CSS.escape(nodeName)}"]`)?.getAttribute('title') === title;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      let synced = -1;
      const t0 = performance.now();
      // Timed when the canvas DOM changes (a mutation observer), not when a poll next looks.
      // The marks let a trace of the paste (scripts/bench/ab-sync.ts) find its window.
      performance.mark('bench:paste');
      const watch = new MutationObserver(() => {
        if (synced < 0 && shown()) {
          synced = performance.now() - t0;
          performance.mark('bench:paste-synced');
        }
      });
      watch.observe(document.querySelector('section.canvas') as HTMLElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['title', 'data-state-name'] });
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      while (w.__aslStudioBench.doc().revision === before) await new Promise((res) => setTimeout(res, 1));
      const model = performance.now() - t0;
      while (synced < 0 && performance.now() - t0 < 30_000) await new Promise((res) => setTimeout(res, 1));
      watch.disconnect();
      if (synced < 0) synced = performance.now() - t0;
      await new Promise<void>((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      return { synced, model, painted: performance.now() - t0, titleShown: shown() };
    },
    { text, nodeName, title },
  );
}

/** Records requestAnimationFrame deltas; `input` are the frames that followed a pointer or wheel event. */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = window as unknown as { __frames: { all: number[]; input: number[]; on: boolean } };
    g.__frames = { all: [], input: [], on: true };
    let pending = false;
    const mark = () => (pending = true);
    window.addEventListener('pointermove', mark, true);
    window.addEventListener('wheel', mark, { capture: true, passive: true });
    let last = performance.now();
    const loop = (t: number) => {
      g.__frames.all.push(t - last);
      if (pending) g.__frames.input.push(t - last);
      pending = false;
      last = t;
      if (g.__frames.on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

export function stopFrameRecorder(page: Page): Promise<{ all: number[]; input: number[] }> {
  return page.evaluate(() => {
    const g = window as unknown as { __frames: { all: number[]; input: number[]; on: boolean } };
    g.__frames.on = false;
    return { all: g.__frames.all.slice(1), input: g.__frames.input };
  });
}

/** A point inside the canvas where the pane itself (not a node) is under the pointer. */
export function emptyPanePoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane') as HTMLElement | null;
    if (!pane) return null;
    const r = pane.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (let fx = 0.5; fx < 0.95; fx += 0.05) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y) === pane) return { x, y };
      }
    }
    return null;
  });
}

/** The bench's pan-and-zoom gesture from a point on the empty pane: a drag out and back, ten wheel notches in and out. */
export async function panGesture(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x - 300, at.y - 200, { steps: 40 });
  await page.mouse.move(at.x, at.y, { steps: 40 });
  await page.mouse.up();
  for (let k = 0; k < 10; k++) await page.mouse.wheel(0, -120);
  for (let k = 0; k < 10; k++) await page.mouse.wheel(0, 120);
}
