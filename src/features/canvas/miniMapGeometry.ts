/** Pure geometry of the big-machine minimap (BigMiniMap.tsx): flow coordinates ↔ minimap pixels. */
import type { StateGraph } from '../../asl/graph.ts';
import { drawingBounds, type Rect } from './firstView.ts';

export interface MiniFrame {
  /** Flow coordinates of the drawn area's top-left. */
  x: number;
  y: number;
  /** Minimap pixels per flow unit. */
  scale: number;
  /** Centring margins, in minimap pixels. */
  offsetX: number;
  offsetY: number;
  /** The whole drawing in minimap pixels (what the minimap draws): over the minimap's size when it scrolls. */
  fullWidth: number;
  fullHeight: number;
}

const PAD = 0.05;
/**
 * A scrolling minimap shows at least this much of the flow along the drawing's long side (~8 screens of states at
 * zoom 0.5): enough to find one's way, where the whole of a 1,000-state machine (68,000 px tall, 6,400 wide) would
 * be a line 15 px wide.
 */
export const MIN_SPAN = 5000;
/** Largest drawing kept (minimap pixels along the long side): beyond it the scale shrinks. */
const MAX_FULL = 16_000;

/**
 * Fits the boxes' bounds (with a 5% margin) into width × height pixels, centred, aspect kept; or, for a drawing
 * far longer than it is wide (or wider than long), fills the minimap's short side and scrolls along the long one
 * (as a code editor's minimap does), still showing at least MIN_SPAN of the flow.
 */
export function minimapFrame(boxes: readonly Rect[], width: number, height: number): MiniFrame {
  if (boxes.length === 0) return { x: 0, y: 0, scale: 1, offsetX: 0, offsetY: 0, fullWidth: width, fullHeight: height };
  const bounds = drawingBounds(boxes);
  const [x1, y1, x2, y2] = [bounds.x, bounds.y, bounds.x + bounds.width, bounds.y + bounds.height];
  const padX = (x2 - x1) * PAD + 1;
  const padY = (y2 - y1) * PAD + 1;
  const w = x2 - x1 + 2 * padX;
  const h = y2 - y1 + 2 * padY;
  const fit = Math.min(width / w, height / h);
  const tall = h / w > height / width;
  const along = tall ? Math.min(width / w, height / MIN_SPAN) : Math.min(height / h, width / MIN_SPAN);
  const scale = Math.max(fit, Math.min(along, MAX_FULL / Math.max(w, h)));
  const fullWidth = Math.max(width, w * scale);
  const fullHeight = Math.max(height, h * scale);
  return { x: x1 - padX, y: y1 - padY, scale, offsetX: (fullWidth - w * scale) / 2, offsetY: (fullHeight - h * scale) / 2, fullWidth, fullHeight };
}

/** How far a scrolling minimap is scrolled (minimap pixels) to keep `view` (from viewportRect) in its middle. */
export function minimapScroll(f: MiniFrame, view: { x: number; y: number; width: number; height: number }, width: number, height: number): { x: number; y: number } {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  return { x: clamp(view.x + view.width / 2 - width / 2, f.fullWidth - width), y: clamp(view.y + view.height / 2 - height / 2, f.fullHeight - height) };
}

/** The part of the flow the canvas shows (viewport translation and zoom, pane size), in the drawing's minimap pixels. */
export function viewportRect(f: MiniFrame, viewport: { x: number; y: number; zoom: number }, paneWidth: number, paneHeight: number): { x: number; y: number; width: number; height: number } {
  const zoom = viewport.zoom || 1;
  const fx = -viewport.x / zoom;
  const fy = -viewport.y / zoom;
  return {
    x: (fx - f.x) * f.scale + f.offsetX,
    y: (fy - f.y) * f.scale + f.offsetY,
    width: (paneWidth / zoom) * f.scale,
    height: (paneHeight / zoom) * f.scale,
  };
}

/** A pixel of the drawing (the minimap's, plus its scroll) back in flow coordinates. */
export function toFlowPoint(f: MiniFrame, px: number, py: number): { x: number; y: number } {
  return { x: (px - f.offsetX) / f.scale + f.x, y: (py - f.offsetY) / f.scale + f.y };
}

/** Whether two graphs give the same minimap boxes over one layout: the same nodes, parents and kinds, in order. */
export function sameBoxInputs(a: StateGraph, b: StateGraph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x !== y && (x.id !== y.id || x.parentId !== y.parentId || x.kind !== y.kind || !x.isGroup !== !y.isGroup)) return false;
  }
  return true;
}
