/** The fast layouter's extra room: self-loops' labels beside their boxes, and side lanes for long edges. */
import { NODE_GAP } from './elk.ts';
import { LANE_GAP, type Item, type Lane } from './fastItems.ts';
import { selfLoop } from './route.ts';
import type { FlatGraph, Point, Size } from './types.ts';

const LOOP_OUT = 24;
const LABEL_GAP = 4;

/**
 * Room for self-loops' labels: drawn down, in a row right of the loop (the box keeps that much clear on its right);
 * drawn right, in a column under the box (computed top-down, that is its right too), the layer as deep as the
 * widest label. Returns each label's offset from the box's side.
 */
export function reserveLoopLabels(graph: FlatGraph, index: Map<string, number>, items: Item[], right: boolean): Map<string, { offset: number; size: Size }> {
  const out = new Map<string, { offset: number; size: Size }>();
  for (const e of graph.edges) {
    if (e.source !== e.target || !e.label) continue;
    const it = items[index.get(e.source) ?? -1];
    if (!it) continue;
    if (it.extra === 0) it.extra = right ? LABEL_GAP : LOOP_OUT;
    out.set(e.id, { offset: it.extra, size: e.label });
    it.extra += (right ? e.label.height : e.label.width) + LABEL_GAP;
    if (right) it.depth = Math.max(it.depth, e.label.width);
  }
  return out;
}

export function selfLoopFor(n: FlatGraph['nodes'][number] | undefined, positions: Record<string, Point>): Point[] | undefined {
  const p = n && positions[n.id];
  return n && p ? selfLoop({ ...p, width: n.width, height: n.height }) : undefined;
}

/**
 * Side lanes right of every layered item. Lanes into the same state share an x, one line that each edge joins where
 * it leaves its source (as a person draws every Fail of a big machine running into End: one lane per edge made a
 * 5,000-state machine's drawing 2,700 px wider). Lanes, or such bundles, whose layer ranges do not overlap share an x
 * too (interval partitioning, lowest free lane first). Returns the right edge of the last lane (0 without lanes).
 */
export function placeLanes(items: Item[], lanes: Lane[]): number {
  if (lanes.length === 0) return 0;
  let right = 0;
  for (const it of items) if (it.w > 0 || it.id) right = Math.max(right, it.x + it.w + it.extra);
  const bundles = new Map<string, { from: number; to: number; lanes: Lane[] }>();
  for (const lane of lanes) {
    const from = (items[lane.top] as Item).layer - 1;
    const to = (items[lane.bottom] as Item).layer + 1;
    const key = `${lane.back ? 'b' : 'f'}${lane.target}`;
    const b = bundles.get(key);
    if (!b) bundles.set(key, { from, to, lanes: [lane] });
    else {
      b.from = Math.min(b.from, from);
      b.to = Math.max(b.to, to);
      b.lanes.push(lane);
    }
  }
  const ends: number[] = [];
  for (const b of [...bundles.values()].sort((p, q) => p.from - q.from)) {
    let k = ends.findIndex((end) => end <= b.from);
    if (k < 0) k = ends.push(b.to) - 1;
    else ends[k] = b.to;
    const x = right + NODE_GAP + k * LANE_GAP;
    for (const lane of b.lanes) {
      (items[lane.top] as Item).x = x;
      (items[lane.bottom] as Item).x = x;
    }
  }
  return right + NODE_GAP + (ends.length - 1) * LANE_GAP + NODE_GAP / 2;
}
