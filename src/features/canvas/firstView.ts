/**
 * The first view of a machine (pure): where the canvas looks when a document opens. The whole machine when it fits
 * at a readable zoom (READABLE_ZOOM or more) and has at most FIT_ALL_LIMIT nodes; otherwise its start, at the zoom
 * that fits its breadth between READABLE_ZOOM and 1 (the minimap gives the overview). A 16-branch Parallel opens at
 * zoom 0.5 on its start, not at 0.06 on all of it.
 */
import { fitZoom } from '../../layout/fitZoom.ts';
import { pointsBounds } from '../../layout/geometry.ts';

/** How a whole machine is fitted (React Flow's fitView prop before the first layout arrives uses it too). */
export const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2 };
export const MIN_ZOOM = 0.05;
/** Above this many nodes the view never fits the whole machine. */
export const FIT_ALL_LIMIT = 300;
/** The least zoom a first view shows (names of 13px are still readable at 6.5px). */
export const READABLE_ZOOM = 0.5;
/** Space kept between the pane's border and the start of the machine. */
const EDGE_ROOM = 24;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FirstView {
  mode: 'all' | 'start';
  zoom: number;
  /** React Flow's viewport translation: screen = flow × zoom + (x, y). */
  x: number;
  y: number;
}

/** React Flow's minimap: 200 × 150 at 15 px from the corner; a state keeps 10 px more from it. */
export const MINIMAP_BOX = { width: 200 + 15 + 10, height: 150 + 15 + 10 };

/**
 * The view of the whole drawing (`bounds`), centred in the pane. One that would reach under the minimap (the box it
 * covers in the bottom-right corner, if shown) is fitted beside it or above it instead, whichever is the larger zoom,
 * so that it covers nothing. The first view and the Fit View button both use it.
 */
export function wholeView(bounds: Rect, pane: { width: number; height: number }, minimap?: { width: number; height: number }): Omit<FirstView, 'mode'> {
  const fitIn = (w: number, h: number) => fitZoom(bounds, { width: w, height: h }, FIT_VIEW_OPTIONS.padding, MIN_ZOOM, FIT_VIEW_OPTIONS.maxZoom);
  const plain = fitIn(pane.width, pane.height);
  const reaches =
    minimap !== undefined &&
    (pane.width + bounds.width * plain) / 2 > pane.width - minimap.width &&
    (pane.height + bounds.height * plain) / 2 > pane.height - minimap.height;
  const beside = reaches ? fitIn(pane.width - minimap.width, pane.height) : 0;
  const above = reaches ? fitIn(pane.width, pane.height - minimap.height) : 0;
  const area = !reaches
    ? pane
    : beside >= above
      ? { width: pane.width - minimap.width, height: pane.height }
      : { width: pane.width, height: pane.height - minimap.height };
  const zoom = reaches ? fitIn(area.width, area.height) : plain;
  return { zoom, x: area.width / 2 - (bounds.x + bounds.width / 2) * zoom, y: area.height / 2 - (bounds.y + bounds.height / 2) * zoom };
}

/** `minimap`: the box the minimap covers, if shown (see wholeView). */
export function firstView(
  nodeCount: number,
  bounds: Rect,
  start: Rect | undefined,
  pane: { width: number; height: number },
  horizontal = false,
  minimap?: { width: number; height: number },
): FirstView {
  const all = wholeView(bounds, pane, minimap);
  if (nodeCount <= FIT_ALL_LIMIT && all.zoom >= READABLE_ZOOM) return { mode: 'all', ...all };
  // Fit the breadth (across the flow) if that is readable, else READABLE_ZOOM; never above 1.
  const across = horizontal ? pane.height / (bounds.height * 1.1) : pane.width / (bounds.width * 1.1);
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, across));
  const s = start ?? { x: bounds.x, y: bounds.y, width: 0, height: 0 };
  if (horizontal) {
    const fits = bounds.height * zoom <= pane.height;
    const cy = fits ? bounds.y + bounds.height / 2 : s.y + s.height / 2;
    return { mode: 'start', zoom, x: EDGE_ROOM - bounds.x * zoom, y: pane.height / 2 - cy * zoom };
  }
  const fits = bounds.width * zoom <= pane.width;
  const cx = fits ? bounds.x + bounds.width / 2 : s.x + s.width / 2;
  return { mode: 'start', zoom, x: pane.width / 2 - cx * zoom, y: EDGE_ROOM - bounds.y * zoom };
}

/** The bounds of the top-level boxes of a layout (their positions are absolute); none: an empty box at 0,0. */
export function drawingBounds(boxes: Iterable<Rect>): Rect {
  const corners: { x: number; y: number }[] = [];
  for (const b of boxes) corners.push({ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height });
  return corners.length === 0 ? { x: 0, y: 0, width: 0, height: 0 } : pointsBounds(corners);
}
