/**
 * Where and how the canvas draws an edge label (pure: the layout-quality report measures the same rule the canvas
 * draws with). Today: the middle of the route's middle segment, the whole text on one line.
 */
import { estimateTextWidth } from '../../layout/sizes.ts';

type P = { x: number; y: number };

export function edgeLabelCentre(points: P[] | undefined, _labelPos?: P): P | undefined {
  if (!points || points.length < 2) return undefined;
  const k = Math.floor((points.length - 1) / 2);
  const mid = points[k]!;
  const next = points[k + 1] ?? mid;
  return { x: (mid.x + next.x) / 2, y: (mid.y + next.y) / 2 };
}

/** The drawn size of a label: 11px text, 6px padding each side and a 1px border (app.css .edge-label). */
export function drawnLabelSize(label: string): { width: number; height: number } {
  return { width: estimateTextWidth(label, 11) + 14, height: 17 };
}
