/**
 * Run `fn` when the page is next idle (requestIdleCallback, at most `timeoutMs` later; a timer where there is no
 * idle callback). Used to fetch the chunks of controls that are on screen but not yet used (the toolbar's menus,
 * the inspector's state form) after the first screen, so a first use does not wait for the network. Returns a
 * cancel function.
 */
type IdleWindow = {
  requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function whenIdle(fn: () => void, timeoutMs = 5000): () => void {
  const w = globalThis as IdleWindow;
  if (w.requestIdleCallback) {
    const h = w.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => w.cancelIdleCallback?.(h);
  }
  const t = setTimeout(fn, Math.min(timeoutMs, 2000));
  return () => clearTimeout(t);
}
