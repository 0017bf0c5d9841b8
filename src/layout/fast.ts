/**
 * The fast layouter (pure TS, for machines too big for ELK to lay out interactively): a plain Sugiyama layout of
 * one flat scope. Back edges are those against document order; layers by longest path; long edges get dummy
 * nodes, so their vertical runs stay in reserved slots, except edges spanning more than LONG_SPAN layers: those
 * run down side lanes right of the layout (a long chain's jumps would otherwise cost thousands of dummy nodes:
 * 180,000 at 5,000 states); order by barycentric sweeps; x by pulling nodes toward their neighbours' median;
 * orthogonal routes whose horizontal runs lie in the gaps between layers, so no edge crosses a node. Computed
 * top-down; RIGHT is the transposed layout. Labels sit on each route's longest segment.
 */
import { LAYER_GAP, NODE_GAP } from './elk.ts';
import { dict } from '../asl/own.ts';
import { maxOf, minOf } from './geometry.ts';
import { labelAnchor, selfLoop, simplify } from './route.ts';
import type { Box, EdgeLayout, FlatGraph, FlatLayout, Point, Size } from './types.ts';

interface Item {
  id: string;
  w: number;
  h: number;
  layer: number;
  x: number;
  order: number;
  /** Layered neighbours (ordering and placement use these). */
  up: number[];
  down: number[];
  /** Lane ends reached from this node (ports only). */
  laneUp: number[];
  laneDown: number[];
  /** The first hop of a Catch edge: the neighbour it comes from (sideUp) or goes to (sideDown), beside the flow. */
  sideUp?: Set<number>;
  sideDown?: Set<number>;
  /** Room kept clear right of the box (its self-loops' labels), and the layer depth those labels need. */
  extra: number;
  depth: number;
  /** The target of a Catch edge. */
  handler?: boolean;
}

const DUMMY_W = 12;
/** Edges spanning more layers than this take a side lane instead of a dummy node per layer. */
export const LONG_SPAN = 8;
const LANE_GAP = 12;
/** How far right of its source a Catch edge runs down (inside the gap, which is at least NODE_GAP / 2). */
const SIDE_STUB = NODE_GAP / 4;

interface Lane {
  /** The two lane ends: virtual items in the layer after the source's and the one before the target's. */
  top: number;
  bottom: number;
}

interface Chain {
  edge: string;
  path: number[];
  reversed: boolean;
  /** A Catch edge going forward: it leaves from the source's right side (bottom once transposed). */
  side: boolean;
  /** The item that holds the edge's label (its box is the label's). */
  label?: number;
}

/** Marks the first hop of a Catch edge: its source orders and places the next item to its right. */
function markSide(from: Item, to: Item, a: number, b: number): void {
  (from.sideDown ??= new Set()).add(b);
  (to.sideUp ??= new Set()).add(a);
}

/** How far right of its source a Catch edge's first item wants its centre. */
const sideShift = (a: Item, b: Item) => (a.w + b.w) / 2 + NODE_GAP;

const item = (id: string, w: number, h: number, layer: number): Item => ({ id, w, h, layer, x: 0, order: 0, up: [], down: [], laneUp: [], laneDown: [], extra: 0, depth: h });

export async function fastLayout(graph: FlatGraph): Promise<FlatLayout> {
  return fastLayoutSync(graph);
}

export function fastLayoutSync(graph: FlatGraph): FlatLayout {
  const right = graph.direction === 'RIGHT';
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const items: Item[] = graph.nodes.map((n) => item(n.id, right ? n.height : n.width, right ? n.width : n.height, 0));
  const loopLabels = reserveLoopLabels(graph, index, items, right);
  const chains: Chain[] = [];
  const lanes: Lane[] = [];
  // A labelled edge spans at least two layers: its label is a box of its own in the layer after its source
  // (before its target when it goes back), so labels never sit on states or on each other.
  const forward: [number, number, number][] = [];
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const w = e.label ? 2 : 1;
    forward.push(s < t ? [s, t, w] : [t, s, w]);
  }
  // Longest-path layering; document order is a topological order once back edges are reversed.
  const ins: [number, number][][] = items.map(() => []);
  for (const [s, t, w] of forward) ins[t]?.push([s, w]);
  items.forEach((it, i) => {
    for (const [s, w] of ins[i] ?? []) it.layer = Math.max(it.layer, (items[s] as Item).layer + w);
  });
  const link = (a: number, b: number) => {
    (items[a] as Item).down.push(b);
    (items[b] as Item).up.push(a);
  };
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const A = items[a] as Item;
    const B = items[b] as Item;
    const reversed = s > t;
    const labelLayer = e.label ? (reversed ? B.layer - 1 : A.layer + 1) : -1;
    const labelItem = (l: number) => items.push(item('', right ? (e.label?.height ?? 0) : (e.label?.width ?? 0), right ? (e.label?.width ?? 0) : (e.label?.height ?? 0), l)) - 1;
    const path = [a];
    let label: number | undefined;
    if (B.layer - A.layer > LONG_SPAN) {
      if (labelLayer === A.layer + 1) path.push((label = labelItem(labelLayer)));
      const top = items.push(item('', 0, 0, label === undefined ? A.layer + 1 : A.layer + 2)) - 1;
      const bottom = items.push(item('', 0, 0, labelLayer === B.layer - 1 ? B.layer - 2 : B.layer - 1)) - 1;
      path.push(top, bottom);
      if (labelLayer === B.layer - 1) path.push((label = labelItem(labelLayer)));
      path.push(b);
      const before = items[path[path.indexOf(top) - 1] as number] as Item;
      const after = items[path[path.indexOf(bottom) + 1] as number] as Item;
      before.laneDown.push(top);
      after.laneUp.push(bottom);
      if (before !== A) link(a, path[1] as number);
      if (after !== B) link(path[path.length - 2] as number, b);
      lanes.push({ top, bottom });
    } else {
      for (let l = A.layer + 1; l < B.layer; l++) {
        if (l === labelLayer) path.push((label = labelItem(l)));
        else path.push(items.push(item('', DUMMY_W, 0, l)) - 1);
      }
      path.push(b);
      for (let i = 1; i < path.length; i++) link(path[i - 1] as number, path[i] as number);
    }
    const side = e.side === true && !reversed;
    if (side) {
      markSide(A, items[path[1] as number] as Item, a, path[1] as number);
      B.handler = true;
    }
    chains.push({ edge: e.id, path, reversed, side, ...(label !== undefined ? { label } : {}) });
  }
  const virtual = new Set<number>();
  for (const l of lanes) virtual.add(l.top).add(l.bottom);
  const layers: number[][] = [];
  items.forEach((it, i) => {
    if (!virtual.has(i)) (layers[it.layer] ??= []).push(i);
  });
  orderLayers(items, layers);
  placeX(items, layers);
  const layerY: number[] = [];
  const layerH: number[] = [];
  let y = 0;
  layers.forEach((layer, l) => {
    layerY[l] = y;
    layerH[l] = maxOf(layer, (i) => (items[i] as Item).depth, 0);
    y += (layerH[l] as number) + LAYER_GAP;
  });
  // The drawing starts at x = 0 (placement can leave every item far right of it).
  const leftmost = minOf(items.filter((_, i) => !virtual.has(i)), (it) => it.x);
  const minX = Number.isFinite(leftmost) ? leftmost : 0;
  for (const it of items) it.x -= minX;
  const laneRight = placeLanes(items, lanes);
  const boxOf = (i: number): Box => {
    const it = items[i] as Item;
    return { x: it.x, y: layerY[it.layer] as number, width: it.w, height: it.h };
  };
  const routes = routeChains(chains, items, boxOf, layerY, layerH);
  const labelBoxes = new Map<string, Box>();
  for (const c of chains) if (c.label !== undefined) labelBoxes.set(c.edge, boxOf(c.label));
  const flip = (p: Point): Point => (right ? { x: p.y, y: p.x } : p);
  const positions: Record<string, Point> = dict();
  let width = 0;
  let height = 0;
  graph.nodes.forEach((n, i) => {
    const b = boxOf(i);
    positions[n.id] = flip(b);
    // With the room kept for its self-loops' labels.
    const it = items[i] as Item;
    width = Math.max(width, right ? b.y + it.depth : b.x + b.width + it.extra);
    height = Math.max(height, right ? b.x + b.width + it.extra : b.y + it.depth);
  });
  // Dummy nodes (a long edge's vertical runs) may stand right of every state: the scope is as wide as they are.
  const across = Math.max(laneRight, maxOf(items.filter((_, i) => !virtual.has(i)), (it) => it.x + it.w + it.extra, 0));
  if (right) height = Math.max(height, across);
  else width = Math.max(width, across);
  const edges = dict<EdgeLayout>();
  for (const e of graph.edges) {
    const pts = e.source === e.target ? selfLoopFor(graph.nodes[index.get(e.source) ?? -1], positions) : routes.get(e.id)?.map(flip);
    if (!pts) continue;
    const loop = loopLabels.get(e.id);
    const node = graph.nodes[index.get(e.source) ?? -1];
    const at = node && positions[node.id];
    if (loop && node && at) {
      // Right of the loop in a row (drawn down), or under the box in a column (drawn right): the reserved room.
      const c = right ? { x: at.x + loop.size.width / 2, y: at.y + node.height + loop.offset + loop.size.height / 2 } : { x: at.x + node.width + loop.offset + loop.size.width / 2, y: at.y + node.height / 2 };
      edges[e.id] = { points: pts, labelPos: c };
      continue;
    }
    const held = labelBoxes.get(e.id);
    const anchor = e.label ? (held ? flip({ x: held.x + held.width / 2, y: held.y + held.height / 2 }) : labelAnchor(pts)) : undefined;
    edges[e.id] = anchor ? { points: pts, labelPos: anchor } : { points: pts };
  }
  return { positions, edges, width, height };
}

const LOOP_OUT = 24;
const LABEL_GAP = 4;

/**
 * Room for self-loops' labels: drawn down, in a row right of the loop (the box keeps that much clear on its right);
 * drawn right, in a column under the box (computed top-down, that is its right too), the layer as deep as the
 * widest label. Returns each label's offset from the box's side.
 */
function reserveLoopLabels(graph: FlatGraph, index: Map<string, number>, items: Item[], right: boolean): Map<string, { offset: number; size: Size }> {
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

function selfLoopFor(n: FlatGraph['nodes'][number] | undefined, positions: Record<string, Point>): Point[] | undefined {
  const p = n && positions[n.id];
  return n && p ? selfLoop({ ...p, width: n.width, height: n.height }) : undefined;
}

/**
 * Side lanes right of every layered item; lanes whose layer ranges do not overlap share an x (interval
 * partitioning, lowest free lane first). Returns the right edge of the last lane (0 without lanes).
 */
function placeLanes(items: Item[], lanes: Lane[]): number {
  if (lanes.length === 0) return 0;
  let right = 0;
  for (const it of items) if (it.w > 0 || it.id) right = Math.max(right, it.x + it.w + it.extra);
  const ends: number[] = [];
  const sorted = [...lanes].sort((a, b) => (items[a.top] as Item).layer - (items[b.top] as Item).layer);
  for (const lane of sorted) {
    const from = (items[lane.top] as Item).layer - 1;
    const to = (items[lane.bottom] as Item).layer + 1;
    let k = ends.findIndex((end) => end <= from);
    if (k < 0) k = ends.push(to) - 1;
    else ends[k] = to;
    const x = right + NODE_GAP + k * LANE_GAP;
    (items[lane.top] as Item).x = x;
    (items[lane.bottom] as Item).x = x;
  }
  return right + NODE_GAP + (ends.length - 1) * LANE_GAP + NODE_GAP / 2;
}

/** Barycentric sweeps, starting from document order. */
function orderLayers(items: Item[], layers: number[][]): void {
  layers.forEach((layer) => layer.forEach((i, k) => ((items[i] as Item).order = k)));
  // A Catch hop counts its neighbour half a place over: the handler sorts right of the source's other successors.
  const sweep = (layer: number[], neighbours: (it: Item) => number[], side: (it: Item) => Set<number> | undefined, bias: number) => {
    const key = new Map<number, number>();
    for (const i of layer) {
      const it = items[i] as Item;
      const ns = neighbours(it);
      const sides = side(it);
      key.set(i, ns.length ? ns.reduce((s, n) => s + (items[n] as Item).order + (sides?.has(n) ? bias : 0), 0) / ns.length : it.order);
    }
    layer.sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || (items[a] as Item).order - (items[b] as Item).order);
    layer.forEach((i, k) => ((items[i] as Item).order = k));
  };
  for (let iter = 0; iter < 4; iter++) {
    for (let l = 1; l < layers.length; l++) sweep(layers[l] as number[], (it) => it.up, (it) => it.sideUp, 0.5);
    for (let l = layers.length - 2; l >= 0; l--) sweep(layers[l] as number[], (it) => it.down, (it) => it.sideDown, -0.5);
  }
}

/** Packs each layer, then pulls nodes toward the median centre of their neighbours, keeping order and gaps. */
function placeX(items: Item[], layers: number[][]): void {
  const gap = (a: Item, b: Item) => (a.id && b.id ? NODE_GAP : NODE_GAP / 2);
  for (const layer of layers) {
    let x = 0;
    for (const i of layer) {
      const it = items[i] as Item;
      it.x = x;
      x += it.w + it.extra + NODE_GAP;
    }
  }
  const centre = (i: number) => (items[i] as Item).x + (items[i] as Item).w / 2;
  // A Catch hop sees its neighbour shifted, so the handler settles beside its source rather than under it.
  const median = (it: Item, ns: number[], sides: Set<number> | undefined, sign: number) => {
    const cs = ns.map((n) => centre(n) + (sides?.has(n) ? sign * sideShift(items[n] as Item, it) : 0)).sort((a, b) => a - b);
    return cs.length % 2 ? (cs[(cs.length - 1) / 2] as number) : ((cs[cs.length / 2 - 1] as number) + (cs[cs.length / 2] as number)) / 2;
  };
  const pull = (layer: number[], neighbours: (it: Item) => number[], side: (it: Item) => Set<number> | undefined, sign: number) => {
    const want = layer.map((i) => {
      const it = items[i] as Item;
      // A handler stays beside its sources (it is not pulled back under what follows it).
      if (sign < 0 && (it.sideUp || it.handler) && it.up.length) return median(it, it.up, it.sideUp, 1) - it.w / 2;
      // A source is not pulled toward its handlers: the main flow stays straight, the handlers come to it.
      const sides = side(it);
      const all = neighbours(it);
      const ns = sign < 0 && sides ? all.filter((n) => !sides.has(n)) : all;
      return ns.length ? median(it, ns, sides, sign) - it.w / 2 : it.x;
    });
    // Left to right: at least the wanted place and clear of the left neighbour; then right to left likewise.
    layer.forEach((i, k) => {
      const it = items[i] as Item;
      const prev = k > 0 ? (items[layer[k - 1] as number] as Item) : undefined;
      it.x = prev ? Math.max(want[k] as number, prev.x + prev.w + prev.extra + gap(prev, it)) : (want[k] as number);
    });
    for (let k = layer.length - 2; k >= 0; k--) {
      const it = items[layer[k] as number] as Item;
      const next = items[layer[k + 1] as number] as Item;
      it.x = Math.min(it.x, Math.max(want[k] as number, next.x - gap(it, next) - it.w - it.extra));
      it.x = Math.min(it.x, next.x - gap(it, next) - it.w - it.extra);
    }
  };
  for (let iter = 0; iter < 3; iter++) {
    for (let l = 1; l < layers.length; l++) pull(layers[l] as number[], (it) => it.up, (it) => it.sideUp, 1);
    for (let l = layers.length - 2; l >= 0; l--) pull(layers[l] as number[], (it) => it.down, (it) => it.sideDown, -1);
  }
}

/** Routes each chain; ports are spread along the bottom/top sides, horizontal runs get tracks in the gap. */
function routeChains(chains: Chain[], items: Item[], boxOf: (i: number) => Box, layerY: number[], layerH: number[]): Map<string, Point[]> {
  // Each side's ports in neighbour x order, sorted once per node and side.
  const portOrder = new Map<string, { at: Map<number, number>; n: number }>();
  const portX = (i: number, other: number, side: 'up' | 'down') => {
    const it = items[i] as Item;
    if (!it.id) return it.x + it.w / 2;
    const key = `${side}${i}`;
    let order = portOrder.get(key);
    if (!order) {
      const list = side === 'up' ? [...it.up, ...it.laneUp] : [...it.down, ...it.laneDown].filter((n) => !it.sideDown?.has(n));
      const at = new Map<number, number>();
      list.sort((a, b) => (items[a] as Item).x - (items[b] as Item).x).forEach((n, k) => at.has(n) || at.set(n, k));
      order = { at, n: list.length };
      portOrder.set(key, order);
    }
    return it.x + (it.w * ((order.at.get(other) ?? 0) + 1)) / (order.n + 1);
  };
  const hops: { edge: string; from: Point; to: Point; layer: number; lead?: Point[] }[] = [];
  for (const c of chains) {
    for (let k = 1; k < c.path.length; k++) {
      const a = c.path[k - 1] as number;
      const b = c.path[k] as number;
      const A = items[a] as Item;
      const B = boxOf(b);
      const Ab = boxOf(a);
      const to = { x: portX(b, a, 'up'), y: B.y };
      if (k === 1 && c.side) {
        // Out of the right side, down the gap beside the source to the bottom of its layer.
        const x = Ab.x + Ab.width + SIDE_STUB;
        const lead = [{ x: Ab.x + Ab.width, y: Ab.y + Ab.height / 2 }, { x, y: Ab.y + Ab.height / 2 }];
        hops.push({ edge: c.edge, from: { x, y: (layerY[A.layer] as number) + (layerH[A.layer] as number) }, to, layer: A.layer, lead });
        continue;
      }
      hops.push({ edge: c.edge, from: { x: portX(a, b, 'down'), y: Ab.y + Ab.height }, to, layer: A.layer });
    }
  }
  const byLayer = new Map<number, typeof hops>();
  for (const h of hops) {
    const list = byLayer.get(h.layer);
    if (list) list.push(h);
    else byLayer.set(h.layer, [h]);
  }
  const mids = new Map<(typeof hops)[number], number>();
  for (const [l, list] of byLayer) {
    const top = (layerY[l] as number) + (layerH[l] as number);
    const bent = list.filter((h) => Math.abs(h.from.x - h.to.x) > 0.5).sort((a, b) => a.from.x - b.from.x);
    bent.forEach((h, k) => mids.set(h, top + (LAYER_GAP * (k + 1)) / (bent.length + 1)));
  }
  const routes = new Map<string, Point[]>();
  const hopIt = hops[Symbol.iterator]();
  for (const c of chains) {
    const pts: Point[] = [];
    for (let k = 1; k < c.path.length; k++) {
      const h = hopIt.next().value as (typeof hops)[number];
      const m = mids.get(h);
      if (h.lead) pts.push(...h.lead);
      pts.push(h.from);
      if (m !== undefined) pts.push({ x: h.from.x, y: m }, { x: h.to.x, y: m });
      pts.push(h.to);
    }
    const route = simplify(pts);
    routes.set(c.edge, c.reversed ? route.reverse() : route);
  }
  return routes;
}
