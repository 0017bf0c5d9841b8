/**
 * Labels of rerouted edges (reroute.ts): a label goes on its route where it covers no state and no other label.
 * The candidates are points along the route's segments, longest segment first, from its middle outwards, then the
 * same points moved beside the segment; the first free one wins, else the middle of the longest segment (what
 * labelAnchor gives). Free: over no state, no other label, and no other route out of the same source (a Choice's
 * rule label sat on the Default line beside its own, and read as the Default's). Labels of routes that were kept
 * stay where they were and count as taken.
 */
import type { StateGraph } from '../asl/graph.ts';
import { polylineCrossesBox } from './geometry.ts';
import { BoxGrid } from './grid.ts';
import { labelAnchor } from './route.ts';
import { edgeLabelSize } from './sizes.ts';
import type { Box, EdgeLayout, Point, Size } from './types.ts';

const FRACTIONS = [0.5, 0.35, 0.65, 0.2, 0.8];
const ASIDE = 6;

const boxAt = (c: Point, s: Size): Box => ({ x: c.x - s.width / 2, y: c.y - s.height / 2, width: s.width, height: s.height });

function candidates(points: Point[], size: Size): Point[] {
  const segments: { a: Point; b: Point; len: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    segments.push({ a, b, len: Math.abs(a.x - b.x) + Math.abs(a.y - b.y) });
  }
  segments.sort((p, q) => q.len - p.len);
  const on: Point[] = [];
  const aside: Point[] = [];
  for (const { a, b } of segments) {
    const vertical = Math.abs(a.x - b.x) < Math.abs(a.y - b.y);
    for (const f of FRACTIONS) {
      const p = { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
      on.push(p);
      const d = (vertical ? size.width : size.height) / 2 + ASIDE;
      aside.push(vertical ? { x: p.x + d, y: p.y } : { x: p.x, y: p.y + d }, vertical ? { x: p.x - d, y: p.y } : { x: p.x, y: p.y - d });
    }
  }
  return [...on, ...aside];
}

/**
 * Places the labels of the edges in `placeAgain` on their routes in `edges` (changed in place), clear of the
 * `boxes` (absolute, by node id) other than the source's ancestors and of every other label.
 */
export function placeLabels(graph: StateGraph, edges: Record<string, EdgeLayout>, placeAgain: Set<string>, boxes: Map<string, Box>): void {
  if (placeAgain.size === 0) return;
  const states = new BoxGrid<string>();
  for (const [id, b] of boxes) states.set(id, b);
  const labels = new BoxGrid<string>();
  for (const e of graph.edges) {
    const at = edges[e.id]?.labelPos;
    if (e.label && at && !placeAgain.has(e.id)) labels.set(e.id, boxAt(at, edgeLabelSize(e.label)));
  }
  // The edges out of each source that has a label to place (a label keeps off its siblings' routes).
  const out = new Map<string, string[]>();
  for (const e of graph.edges) if (placeAgain.has(e.id)) out.set(e.source, []);
  for (const e of graph.edges) out.get(e.source)?.push(e.id);
  for (const e of graph.edges) {
    const route = edges[e.id];
    if (!e.label || !route || !placeAgain.has(e.id)) continue;
    const inside = new Set<string>();
    for (let n = graph.byId.get(e.source); n?.parentId; n = graph.byId.get(n.parentId)) inside.add(n.parentId);
    const size = edgeLabelSize(e.label);
    const siblings = (out.get(e.source) ?? []).flatMap((id) => (id !== e.id && edges[id] ? [edges[id]!.points] : []));
    const free = (c: Point) => {
      const b = boxAt(c, size);
      return !labels.overlaps(b) && !states.overlaps(b, 0, (id) => inside.has(id)) && !siblings.some((r) => polylineCrossesBox(r, b));
    };
    const at = candidates(route.points, size).find(free) ?? labelAnchor(route.points);
    if (!at) continue;
    edges[e.id] = { points: route.points, labelPos: at };
    labels.set(e.id, boxAt(at, size));
  }
}
