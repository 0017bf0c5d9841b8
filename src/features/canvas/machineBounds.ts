/**
 * The box a drawing covers on the canvas (pure): its top-level states and, unless the machine is too big for it to
 * matter, its routed edges and their labels. A Choice rule's label can lie left of every state; a view framed on the
 * states alone cut it at the pane's border.
 */
import type { StateGraph } from '../../asl/index.ts';
import { own } from '../../asl/own.ts';
import { drawnLabelSize, edgeLabelCentre } from './edgeLabel.ts';
import { drawingBounds, type Rect } from './firstView.ts';
import type { CanvasLayout } from './layoutTypes.ts';

/** The boxes of the routed edges' bends and of their labels (absolute, as the layout gives them). */
function edgeBoxes(graph: StateGraph, layout: CanvasLayout): Rect[] {
  const out: Rect[] = [];
  for (const e of graph.edges) {
    const routed = own(layout.edges, e.id);
    if (!routed) continue;
    for (const p of routed.points) out.push({ x: p.x, y: p.y, width: 0, height: 0 });
    const c = e.label ? edgeLabelCentre(routed.points, routed.labelPos) : undefined;
    if (c && e.label) {
      const size = drawnLabelSize(e.label);
      out.push({ x: c.x - size.width / 2, y: c.y - size.height / 2, ...size });
    }
  }
  return out;
}

/** `withEdges`: include the edges and labels (a first view of a big machine skips them: it shows the start anyway). */
export function machineBounds(graph: StateGraph, layout: CanvasLayout, withEdges = true): Rect {
  const top = graph.nodes.flatMap((n) => {
    const b = n.parentId ? undefined : own(layout.nodes, n.id);
    return b ? [b] : [];
  });
  return drawingBounds(withEdges ? [...top, ...edgeBoxes(graph, layout)] : top);
}
