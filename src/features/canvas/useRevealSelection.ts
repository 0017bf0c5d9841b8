import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { StateGraph } from '../../asl/index.ts';
import { own } from '../../asl/own.ts';
import type { SelectionOrigin } from '../../store/slices/ui.ts';
import { absoluteBox, boxInView, revealBox } from './geometry.ts';
import { FIT_ALL_LIMIT, MINIMAP_BOX, READABLE_ZOOM, wholeView } from './firstView.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { machineBounds } from './machineBounds.ts';
import type { ViewFit } from './useViewFit.ts';

type Rect = { left: number; top: number; right: number; bottom: number };

/** Whether the box is shown whole in the pane and clear of what is drawn over the canvas (minimap, notices). */
function boxInFreeView(box: { x: number; y: number; width: number; height: number }, viewport: { x: number; y: number; zoom: number }, pane: HTMLElement): boolean {
  if (!boxInView(box, viewport, { width: pane.clientWidth, height: pane.clientHeight })) return false;
  const origin = pane.getBoundingClientRect();
  const left = origin.left + box.x * viewport.zoom + viewport.x;
  const top = origin.top + box.y * viewport.zoom + viewport.y;
  const node: Rect = { left, top, right: left + box.width * viewport.zoom, bottom: top + box.height * viewport.zoom };
  const over = [...pane.querySelectorAll('.react-flow__minimap, .canvas-notices > *')].map((el) => el.getBoundingClientRect());
  return !over.some((r) => r.width > 0 && r.height > 0 && r.left < node.right && node.left < r.right && r.top < node.bottom && node.top < r.bottom);
}

/**
 * A state selected in the code editor (its cursor) or by name (Go to state) is brought into view when it is not
 * shown whole: centred at the current zoom, once per selection, on the laid-out position (not a stand-in's).
 * Selections made on the canvas never move the view (a view that jumps once the layout arrives would pull a node
 * from under the pointer), except for a state an edit just made (added, pasted, dropped): when its laid-out box
 * is not shown whole in the free part of the pane (clear of the minimap and of the notices over the canvas), it is
 * centred, so a new state never lands out of sight or under the minimap: with the Parallel or Map it is in, when that
 * fits the pane at the current zoom. While the view is still the whole machine as the canvas fitted it (the user has
 * not moved it since), an edit that makes the machine outgrow it fits the whole machine again, if readable so.
 */
export function useRevealSelection(
  root: RefObject<HTMLElement | null>,
  selectedId: string | undefined,
  origin: SelectionOrigin,
  graph: StateGraph,
  layout: CanvasLayout,
  ready: boolean,
  view: Pick<ViewFit, 'unmoved' | 'fitted'>,
): void {
  const flow = useReactFlow();
  const revealed = useRef<string | undefined>(undefined);
  /** The nodes of the last layout: a selected id not among them is a state the edit just made (kept as the layout's
   * own record: a Set of its keys cost ~2 ms per edit at 1,000 states, on a rename's way to the editor). */
  const known = useRef<CanvasLayout['nodes'] | undefined>(undefined);
  const lastGraph = useRef<StateGraph | undefined>(undefined);
  useEffect(() => {
    if (!ready) return;
    const before = known.current;
    const edited = lastGraph.current !== undefined && lastGraph.current !== graph;
    known.current = layout.nodes;
    lastGraph.current = graph;
    if (!before || origin === 'editor' || origin === 'search') return;
    // The states this edit made (not a whole new document): the selected one if it is new, else the first.
    const made = graph.nodes.filter((n) => n.kind === 'state' && !own(before, n.id) && layout.nodes[n.id] !== undefined);
    if (made.length === graph.nodes.filter((n) => n.kind === 'state').length) return;
    // No state made: an edit of the document (not a drag, which keeps the graph) that moved the selected state out
    // of sight — a removed Parallel branch narrows its container after the view followed the added one — brings
    // it back, so the state being edited never ends up under the palette or off the pane.
    const kept = made.length === 0 && edited && selectedId !== undefined && layout.nodes[selectedId] !== undefined ? selectedId : undefined;
    if (made.length === 0 && kept === undefined) return;
    const target = kept !== undefined ? { id: kept } : (made.find((n) => n.id === selectedId) ?? (made[0] as (typeof made)[number]));
    const pane = root.current;
    if (!pane) return;
    const viewport = flow.getViewport();
    // A view the canvas set (a first view of the whole machine, Fit View) and the user has not moved since keeps
    // showing the whole machine while it is readable so: a workflow being built stays in frame as it grows.
    if (view.unmoved() && graph.nodes.length <= FIT_ALL_LIMIT) {
      const bounds = machineBounds(graph, layout);
      if (!boxInFreeView(bounds, viewport, pane)) {
        const minimap = pane.querySelector('.react-flow__minimap') ? MINIMAP_BOX : undefined;
        const whole = wholeView(bounds, { width: pane.clientWidth, height: pane.clientHeight }, minimap);
        if (whole.zoom >= READABLE_ZOOM) {
          view.fitted();
          void flow.setViewport(whole);
          return;
        }
      }
    }
    // The state with the container it is in, when that fits: a Parallel grown by a branch is not left cut.
    const box = revealBox(graph, layout, target.id, viewport.zoom, { width: pane.clientWidth, height: pane.clientHeight });
    if (!box || boxInFreeView(box, viewport, pane)) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: viewport.zoom });
  }, [root, selectedId, origin, graph, layout, ready, flow, view]);
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
