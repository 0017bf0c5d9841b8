import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { StateGraph } from '../../asl/index.ts';
import { own } from '../../asl/own.ts';
import { FIT_ALL_LIMIT, FIT_VIEW_OPTIONS, MINIMAP_BOX, READABLE_ZOOM, firstView } from './firstView.ts';
import { absoluteBox } from './geometry.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { machineBounds } from './machineBounds.ts';
import type { ViewFit } from './useViewFit.ts';

export { FIT_VIEW_OPTIONS };

/**
 * When the layout of a document arrives (the first one, a paste, an import, an open), or the layout turns to the
 * other direction, show it as firstView.ts says: the whole machine when it is readable so, else its start at a
 * readable zoom (the old viewport may show none of the new drawing). A big machine with a selected state shows that
 * state instead. Returns true while that view is still to be set (in the next frame): the canvas does not count as
 * ready until then, or a click aimed at a state could land while the drawing moves under it.
 */
export function useFitNewDocument(
  newDocument: number,
  graph: StateGraph,
  layout: CanvasLayout,
  horizontal: boolean,
  viewFit: ViewFit,
  selectedId: string | undefined,
  minimap: boolean,
): boolean {
  const flow = useReactFlow();
  const store = useStoreApi();
  // Read when shown: a change of size shows the first view again on the drawing as it is then.
  const latest = useRef({ graph, layout, horizontal, minimap });
  const [shownFor, setShownFor] = useState(0);
  useLayoutEffect(() => {
    latest.current = { graph, layout, horizontal, minimap };
  });
  useEffect(() => {
    if (newDocument === 0) return;
    /** The first view at the pane's current size (the resizable panels or the editor may resize it later). */
    const show = () => {
      const { width, height } = store.getState();
      if (!width || !height) return;
      const { graph: g, layout: l, horizontal: h } = latest.current;
      const { minimap } = latest.current;
      const bounds = machineBounds(g, l, g.nodes.length <= FIT_ALL_LIMIT);
      const view = firstView(g.nodes.length, bounds, own(l.nodes, '~start'), { width, height }, h, minimap ? MINIMAP_BOX : undefined);
      void flow.setViewport({ x: view.x, y: view.y, zoom: view.zoom });
    };
    const frame = requestAnimationFrame(() => {
      const selected = selectedId && graph.nodes.length > 300 ? absoluteBox(graph, layout, selectedId) : undefined;
      // A programmatic view: the canvas shows it again on a change of size until the user moves it.
      viewFit.fitted(selected ? undefined : show);
      if (selected) {
        void flow.setCenter(selected.x + selected.width / 2, selected.y + selected.height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM) });
      } else show();
      setShownFor(newDocument);
    });
    return () => cancelAnimationFrame(frame);
    // Only when a new document's layout arrives, not on every later edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newDocument]);
  return shownFor !== newDocument;
}
