/**
 * Padding for fitting the drawing into the canvas so that the minimap (a box in the bottom-right corner) covers no
 * state: the drawing keeps clear of it either on the right or at the bottom, whichever leaves the larger zoom (a
 * top-down machine is usually limited by the height, so it gives up width it does not use). Pure.
 */
export interface Size {
  width: number;
  height: number;
}

/** React Flow's padding: a fraction of the view, or pixels per side. */
export type FitPadding = number | { top: `${number}px`; right: `${number}px`; bottom: `${number}px`; left: `${number}px` };

/** The usual padding (as React Flow reads a number: (view - view / (1 + p)) / 2 on each side). */
export const BASE_PADDING = 0.2;
/** React Flow's minimap: 200 × 150 at 15 px from the corner; a state keeps 10 px more from it. */
export const MINIMAP_BOX: Size = { width: 200 + 15 + 10, height: 150 + 15 + 10 };

const side = (view: number, p: number) => Math.floor((view - view / (1 + p)) * 0.5);

function zoomFor(bounds: Size, view: Size, pad: { top: number; right: number; bottom: number; left: number }, maxZoom: number): number {
  const zx = (view.width - pad.left - pad.right) / Math.max(1, bounds.width);
  const zy = (view.height - pad.top - pad.bottom) / Math.max(1, bounds.height);
  return Math.min(zx, zy, maxZoom);
}

export function fitPadding(bounds: Size, view: Size, minimap: Size | undefined, maxZoom: number): FitPadding {
  if (!minimap) return BASE_PADDING;
  const x = side(view.width, BASE_PADDING);
  const y = side(view.height, BASE_PADDING);
  const base = { top: y, right: x, bottom: y, left: x };
  const clearRight = { ...base, right: Math.max(x, minimap.width) };
  const clearBottom = { ...base, bottom: Math.max(y, minimap.height) };
  const pick = zoomFor(bounds, view, clearRight, maxZoom) >= zoomFor(bounds, view, clearBottom, maxZoom) ? clearRight : clearBottom;
  return { top: `${pick.top}px`, right: `${pick.right}px`, bottom: `${pick.bottom}px`, left: `${pick.left}px` };
}
