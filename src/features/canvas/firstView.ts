/**
 * The first view of a machine (pure): what the canvas fits when a document opens. Up to FIT_ALL_LIMIT nodes the
 * whole machine is fitted (React Flow's fitView with FIT_VIEW_OPTIONS); above it, its first states.
 */
import { fitZoom } from '../../layout/quality.ts';

/** How a whole machine is fitted (the first document by React Flow's fitView prop, later ones by useFitNewDocument). */
export const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2 };
export const MIN_ZOOM = 0.05;
/** Up to this many nodes the whole machine is fitted; above it, the view opens on its start at a readable zoom. */
export const FIT_ALL_LIMIT = 300;

export interface FirstView {
  mode: 'all' | 'start';
  /** The zoom the view opens at (for 'start', at most 1). */
  zoom: number;
}

export function firstView(nodeCount: number, size: { width: number; height: number }, pane: { width: number; height: number }): FirstView {
  if (nodeCount <= FIT_ALL_LIMIT) return { mode: 'all', zoom: fitZoom(size, pane, FIT_VIEW_OPTIONS.padding, MIN_ZOOM, FIT_VIEW_OPTIONS.maxZoom) };
  return { mode: 'start', zoom: 1 };
}
