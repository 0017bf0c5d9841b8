import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { StateGraph } from '../../asl/index.ts';
import { absoluteBox } from './geometry.ts';
import type { CanvasLayout } from './layoutTypes.ts';

import { FIT_ALL_LIMIT, FIT_VIEW_OPTIONS } from './firstView.ts';

export { FIT_VIEW_OPTIONS };
const START_NODES = 12;
/** The least zoom the view keeps when it centres a selected state. */
const READABLE_ZOOM = 0.6;

/**
 * When the layout of a different document arrives (a paste, an import, an open), or the layout turns to the other
 * direction, fit the view to it: the old viewport may show none of the new drawing (with only visible elements
 * rendered, an empty canvas). A big machine is not squeezed into the window: the view shows the selected state
 * where there is one, else its first states, top-level, in flow order, at a readable zoom.
 */
export function useFitNewDocument(newDocument: number, graph: StateGraph, layout: CanvasLayout, horizontal: boolean, selectedId?: string): void {
  const flow = useReactFlow();
  useEffect(() => {
    if (newDocument === 0) return;
    const frame = requestAnimationFrame(() => {
      if (graph.nodes.length <= FIT_ALL_LIMIT) {
        void flow.fitView(FIT_VIEW_OPTIONS);
        return;
      }
      const selected = selectedId ? absoluteBox(graph, layout, selectedId) : undefined;
      if (selected) {
        void flow.setCenter(selected.x + selected.width / 2, selected.y + selected.height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM) });
        return;
      }
      const along = (id: string) => (horizontal ? layout.nodes[id]?.x : layout.nodes[id]?.y) ?? 0;
      const first = graph.nodes
        .filter((n) => !n.parentId && layout.nodes[n.id])
        .sort((a, b) => along(a.id) - along(b.id))
        .slice(0, START_NODES)
        .map((n) => ({ id: n.id }));
      void flow.fitView({ nodes: first, padding: 0.2, maxZoom: 1 });
    });
    return () => cancelAnimationFrame(frame);
    // Only when a new document's layout arrives, not on every later edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newDocument]);
}
