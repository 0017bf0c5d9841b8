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
import { DUMMY_W, LONG_SPAN, SIDE_STUB, item, markSide, type Chain, type Item, type Lane } from './fastItems.ts';
import { placeLanes, reserveLoopLabels, selfLoopFor } from './fastLanes.ts';
import { handlersBeside, orderLayers, placeX } from './fastPlace.ts';
import { routeChains } from './fastRoute.ts';
import { labelAnchor } from './route.ts';
import type { Box, EdgeLayout, FlatGraph, FlatLayout, Point } from './types.ts';

export { LONG_SPAN } from './fastItems.ts';

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
  pullUnreachedDown(items, forward);
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
      lanes.push({ top, bottom, target: reversed ? a : b, back: reversed });
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
    chains.push({ edge: e.id, path, reversed, side, ...(e.side === true && reversed ? { sideBack: true } : {}), ...(label !== undefined ? { label } : {}), ...(e.port !== undefined ? { port: e.port } : {}) });
  }
  const virtual = new Set<number>();
  for (const l of lanes) virtual.add(l.top).add(l.bottom);
  const layers: number[][] = [];
  items.forEach((it, i) => {
    if (!virtual.has(i)) (layers[it.layer] ??= []).push(i);
  });
  orderLayers(items, layers);
  placeX(items, layers);
  handlersBeside(items, layers, chains);
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
  // The middle of the free gap right of an item (left of its right neighbour in its layer, or NODE_GAP wide), past
  // a Catch edge's stub: where a loop runs past the state it leaves or enters.
  const beside = (i: number): number => {
    const it = items[i] as Item;
    const right = it.x + it.w + it.extra;
    const next = (layers[it.layer] as number[])[it.order + 1];
    const room = next === undefined ? NODE_GAP : (items[next] as Item).x - right;
    return right + Math.max(SIDE_STUB + 2, (room * 2) / 3);
  };
  const routes = routeChains(chains, items, boxOf, layerY, layerH, beside);
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

/**
 * A state the first one does not lead to (not connected yet while the machine is built, or cut off by an edit)
 * goes as late as its edges allow: just before what it leads to, not at the top, where longest-path layering puts
 * every source (a cut-off chain from the end of a 300-state machine was drawn above its start, 19,764 px from
 * where it was). ELK's layering, which keeps edges short, places it so too. `forward`: [source, target, span] with
 * source < target (document order is topological once back edges are reversed), so one pass each way suffices.
 */
function pullUnreachedDown(items: Item[], forward: [number, number, number][]): void {
  if (items.length === 0) return;
  const outs: [number, number][][] = items.map(() => []);
  for (const [s, t, w] of forward) outs[s]?.push([t, w]);
  const reached = new Uint8Array(items.length);
  reached[0] = 1;
  for (let i = 0; i < items.length; i++) if (reached[i]) for (const [t] of outs[i] ?? []) reached[t] = 1;
  for (let i = items.length - 1; i > 0; i--) {
    const next = outs[i] ?? [];
    if (reached[i] || next.length === 0) continue;
    let latest = Infinity;
    for (const [t, w] of next) latest = Math.min(latest, (items[t] as Item).layer - w);
    const it = items[i] as Item;
    if (latest > it.layer) it.layer = latest;
  }
}
