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
}

const PAD = 0.05;

/** Fits the boxes' bounds (with a 5% margin) into width × height pixels, centred, aspect kept. */
export function minimapFrame(boxes: readonly Rect[], width: number, height: number): MiniFrame {
  if (boxes.length === 0) return { x: 0, y: 0, scale: 1, offsetX: 0, offsetY: 0 };
  const bounds = drawingBounds(boxes);
  const [x1, y1, x2, y2] = [bounds.x, bounds.y, bounds.x + bounds.width, bounds.y + bounds.height];
  const padX = (x2 - x1) * PAD + 1;
  const padY = (y2 - y1) * PAD + 1;
  const w = x2 - x1 + 2 * padX;
  const h = y2 - y1 + 2 * padY;
  const scale = Math.min(width / w, height / h);
  return { x: x1 - padX, y: y1 - padY, scale, offsetX: (width - w * scale) / 2, offsetY: (height - h * scale) / 2 };
}

/** The part of the flow the canvas shows (viewport translation and zoom, pane size), in minimap pixels. */
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

/** A minimap pixel back in flow coordinates. */
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
