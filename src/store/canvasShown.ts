/**
 * "The canvas has painted the laid-out graph": a tiny signal that orders a big document's follow-up work behind its
 * first interactive canvas. The canvas reports each graph it shows laid out and in its first view (`showsLayout`);
 * work that must not delay that canvas (handing Monaco a 300 KB text, validating) waits for it with
 * `afterCanvasShows`, and runs after the next paint — or after `maxWaitMs` in any case (no canvas mounted, a layout
 * that failed or was superseded), so it is never lost. Outside a browser (no requestAnimationFrame) it runs on the
 * next task, as before.
 *
 * One signal per app store (`createCanvasShown`, held as the store's `canvasShown`): no module state, so two stores
 * (or two tests) never release each other's work.
 */

interface Waiter {
  key: object;
  run: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/** How long follow-up work waits for the canvas at most. */
export const CANVAS_WAIT_MAX_MS = 3000;

const hasFrames = () => typeof requestAnimationFrame === 'function';

/** Run `fn` once the frame now being produced is painted (rAF, then a task after it). */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export interface CanvasShown {
  /**
   * Run `run` after the canvas has painted the layout of `key` (a graph object), or after `maxWaitMs`. When that
   * graph is already shown, after the next paint. Returns a cancel function.
   */
  after: (key: object, run: () => void, maxWaitMs?: number) => () => void;
  /** The canvas committed `key` laid out, in its first view (called from its effect, i.e. before that frame's paint). */
  showsLayout: (key: object) => void;
}

export function createCanvasShown(): CanvasShown {
  const waiters = new Set<Waiter>();
  let lastShown: object | undefined;
  const release = (key: object): void => {
    afterPaint(() => {
      for (const w of Array.from(waiters)) {
        if (w.key !== key) continue;
        waiters.delete(w);
        clearTimeout(w.timer);
        w.run();
      }
    });
  };
  return {
    after(key, run, maxWaitMs = CANVAS_WAIT_MAX_MS) {
      if (!hasFrames()) {
        const t = setTimeout(run, 0);
        return () => clearTimeout(t);
      }
      const waiter: Waiter = {
        key,
        run,
        timer: setTimeout(() => {
          if (waiters.delete(waiter)) run();
        }, maxWaitMs),
      };
      waiters.add(waiter);
      if (lastShown === key) release(key);
      return () => {
        clearTimeout(waiter.timer);
        waiters.delete(waiter);
      };
    },
    showsLayout(key) {
      lastShown = key;
      if (hasFrames()) release(key);
    },
  };
}
