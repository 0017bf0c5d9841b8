import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { StateGraph } from '../../asl/index.ts';
import type { SelectionOrigin } from '../../store/store.ts';
import { absoluteBox, boxInView } from './geometry.ts';
import type { CanvasLayout } from './layoutTypes.ts';

/**
 * A state selected in the code editor (its cursor) or by name (Go to state) is brought into view when it is not
 * shown whole: centred at the current zoom, once per selection, on the laid-out position (not a stand-in's).
 * Selections made on the canvas, or by a canvas command (a new, pasted or renamed state, placed where the user
 * looks), never move the view: a view that jumps once the layout arrives would pull a node from under the pointer.
 */
export function useRevealSelection(
  root: RefObject<HTMLElement | null>,
  selectedId: string | undefined,
  origin: SelectionOrigin,
  graph: StateGraph,
  layout: CanvasLayout,
  ready: boolean,
): void {
  const flow = useReactFlow();
  const revealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selectedId || (origin !== 'editor' && origin !== 'search')) {
      revealed.current = selectedId;
      return;
    }
    if (revealed.current === selectedId || !ready) return;
    const box = absoluteBox(graph, layout, selectedId);
    const pane = root.current;
    if (!box || !pane) return;
    revealed.current = selectedId;
    const viewport = flow.getViewport();
    if (boxInView(box, viewport, { width: pane.clientWidth, height: pane.clientHeight })) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: viewport.zoom });
  }, [root, selectedId, origin, graph, layout, ready, flow]);
}
