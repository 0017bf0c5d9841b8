/**
 * The timers of one app store: the parse debounce and the pending validation (no module state: stores never share).
 *
 * Validation (tens of ms on a 1,000-state machine) is not in the way of a change reaching the other side: every
 * parse leaves it pending, and it runs after the canvas has painted the new graph's layout (see canvasShown.ts),
 * once the browser is idle (at the latest `VALIDATE_WITHIN_MS` later), on whatever document is current by then.
 * A newer parse moves the wait to its own graph, but not past the first one's deadline. Outside a browser: on the
 * next task.
 */
import { CANVAS_WAIT_MAX_MS, type CanvasShown } from '../canvasShown.ts';

export const PARSE_DEBOUNCE_MS = 250;
export const VALIDATE_WITHIN_MS = 200;
type IdleWindow = { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number };

export interface StoreTimers {
  cancelParse: () => void;
  /** Parse after the debounce (a newer call restarts it). */
  debounceParse: (flush: () => void) => void;
  /** Run `run` once the canvas has shown `graph` and the browser is idle (see above). */
  scheduleValidation: (graph: object, run: () => void) => void;
}

export function createStoreTimers(canvasShown: CanvasShown): StoreTimers {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let validation: { cancel: () => void; deadline: number } | undefined;
  const cancelParse = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    cancelParse,
    debounceParse(flush) {
      cancelParse();
      timer = setTimeout(flush, PARSE_DEBOUNCE_MS);
    },
    scheduleValidation(graph, run) {
      const deadline = validation?.deadline ?? Date.now() + CANVAS_WAIT_MAX_MS;
      validation?.cancel();
      const go = () => {
        if (validation === mine) validation = undefined;
        run();
      };
      const idle = (globalThis as IdleWindow).requestIdleCallback;
      const mine = { cancel: () => {}, deadline };
      validation = mine;
      mine.cancel = canvasShown.after(graph, () => (idle ? idle(go, { timeout: VALIDATE_WITHIN_MS }) : go()), Math.max(0, deadline - Date.now()));
    },
  };
}
