import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type OnMoveStart } from '@xyflow/react';
import type { StateGraph } from '../../asl/index.ts';
import { FIT_ALL_LIMIT, MINIMAP_BOX, wholeView } from './firstView.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { machineBounds } from './machineBounds.ts';

/** Above this many nodes the canvas is not refitted when its size changes (a big machine is not squeezed in). */
const REFIT_LIMIT = FIT_ALL_LIMIT;

const selectSize = (s: { width: number; height: number }) => `${s.width}x${s.height}`;

export interface ViewFit {
  /**
   * Fit the whole drawing (its states, edges and edge labels), clear of the minimap; the view counts as not moved by
   * the user since.
   */
  fit: () => void;
  /**
   * A view set elsewhere (a new document's first view): the view counts as not moved by the user since, and a change
   * of size shows it again with `again` (a first view on the start stays one, not a fit of the whole machine).
   */
  fitted: (again?: () => void) => void;
  /** For React Flow's onMoveStart: a move with an input event is the user's (pan, zoom, minimap drag). */
  onMoveStart: OnMoveStart;
  /** Whether the view is still one set by the canvas (a first view, a fit), not moved by the user since. */
  unmoved: () => boolean;
}

/**
 * The canvas refits the drawing when its size changes (a pane resized, collapsed or opened, a change of view, the
 * window) unless the user has moved the view since the last fit; a move without an input event is a programmatic one.
 */
export function useViewFit(graph: StateGraph, layout: CanvasLayout, minimapShown: boolean): ViewFit {
  const nodeCount = graph.nodes.length;
  const flow = useReactFlow();
  const store = useStoreApi();
  const moved = useRef(false);
  /** How the last programmatic view is shown again at a new size; none: the whole drawing is fitted. */
  const again = useRef<(() => void) | undefined>(undefined);
  // The drawing as it is when a fit happens (a refit on a change of size comes later than the render).
  const drawing = useRef({ graph, layout });
  useLayoutEffect(() => {
    drawing.current = { graph, layout };
  });
  const fit = useCallback(() => {
    moved.current = false;
    again.current = undefined;
    const { graph: g, layout: l } = drawing.current;
    if (g.nodes.length === 0) return;
    const { width, height } = store.getState();
    if (!width || !height) return;
    void flow.setViewport(wholeView(machineBounds(g, l), { width, height }, minimapShown ? MINIMAP_BOX : undefined));
  }, [flow, store, minimapShown]);
  const fitted = useCallback((show?: () => void) => {
    moved.current = false;
    again.current = show;
  }, []);
  const onMoveStart: OnMoveStart = useCallback((event) => {
    if (event) moved.current = true;
  }, []);

  const size = useStore(selectSize);
  const last = useRef<{ size: string; minimap: boolean } | undefined>(undefined);
  // Read at the time of the change: a new state added meanwhile does not cancel a refit that is due.
  const latest = useRef({ fit, nodeCount });
  useLayoutEffect(() => {
    latest.current = { fit, nodeCount };
  });
  useEffect(() => {
    const [w = 0, h = 0] = size.split('x').map(Number);
    // A hidden canvas (the Code view) has no size: the next size it gets is compared with the last real one.
    if (w <= 0 || h <= 0) return;
    const before = last.current;
    last.current = { size, minimap: minimapShown };
    // The first size is the one the document was first fitted to (React Flow's fitView prop).
    if (!before || (before.size === size && before.minimap === minimapShown)) return;
    if (moved.current || latest.current.nodeCount > REFIT_LIMIT) return;
    const frame = requestAnimationFrame(() => (again.current ?? latest.current.fit)());
    return () => cancelAnimationFrame(frame);
  }, [size, minimapShown]);

  const unmoved = useCallback(() => !moved.current, []);
  return useMemo(() => ({ fit, fitted, onMoveStart, unmoved }), [fit, fitted, onMoveStart, unmoved]);
}
