/** The zoom of a first view (pure; the canvas's firstView.ts and the layout-quality figures use it). */
import type { Size } from './types.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** The zoom React Flow's fitView gives a drawing of `size` in a pane (padding as a fraction, zoom clamped). */
export function fitZoom(size: Size, pane: Viewport, padding = 0.2, minZoom = 0.05, maxZoom = 1.2): number {
  if (size.width <= 0 || size.height <= 0) return maxZoom;
  const z = Math.min(pane.width / (size.width * (1 + padding)), pane.height / (size.height * (1 + padding)));
  return Math.min(maxZoom, Math.max(minZoom, z));
}
