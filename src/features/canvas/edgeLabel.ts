/**
 * Where and how the canvas draws an edge label (pure: the layout-quality report measures the same rule the canvas
 * draws with). The label sits where the layout reserved room for it (ELK places labels as part of the layout), in
 * a box of the reserved size: a longer text is cut with "…" and shown whole on hover and to screen readers. Without
 * a reserved place (an edge routed outside the layouter), the middle of the route's middle segment.
 */
import { edgeLabelSize, truncateLabel } from '../../layout/sizes.ts';

type P = { x: number; y: number };

export function edgeLabelCentre(points: P[] | undefined, labelPos?: P): P | undefined {
  if (labelPos) return labelPos;
  if (!points || points.length < 2) return undefined;
  const k = Math.floor((points.length - 1) / 2);
  const mid = points[k]!;
  const next = points[k + 1] ?? mid;
  return { x: (mid.x + next.x) / 2, y: (mid.y + next.y) / 2 };
}

/** The drawn size of a label: the room the layout reserved (app.css .edge-label is border-box, clipped). */
export function drawnLabelSize(label: string): { width: number; height: number } {
  return edgeLabelSize(label);
}

/** The text shown in the label box (the whole text is its title and in the edge's accessible name). */
export function shownLabel(label: string): string {
  return truncateLabel(label);
}
