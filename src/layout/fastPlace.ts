/** The fast layouter's ordering (barycentric sweeps) and placement across the flow (median pulls). */
import { NODE_GAP } from './elk.ts';
import { sideShift, type Chain, type Item } from './fastItems.ts';

/** Barycentric sweeps, starting from document order. */
export function orderLayers(items: Item[], layers: number[][]): void {
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


/**
 * Places a layer's nodes, in order and `gap` apart, as near their wanted places as can be: least squares, solved
 * exactly by pooling adjacent violators (nodes that would overlap share one block, placed at the mean of their
 * wants). Symmetric: the arms of a Choice that all want the join's place spread evenly around it. (Packing left to
 * right from the wanted places put the arms right of the join, and the join under the first arm: the main column
 * stepped left at every Choice, 11,000 px over a generated 1,000-state machine.)
 */
export function packNearest(layer: Item[], want: number[], gap: (a: Item, b: Item) => number, weight?: readonly number[]): void {
  // x_k = y_k + off_k, where off_k is the room the nodes before k take: the order constraint becomes y non-decreasing.
  const off: number[] = [];
  let room = 0;
  layer.forEach((it, k) => {
    off.push(room);
    const next = layer[k + 1];
    if (next) room += it.w + it.extra + gap(it, next);
  });
  // Blocks of [first index, count, weight, weighted sum of targets]; merged while a block's mean is below the one
  // before it. (A heavy weight keeps a node where it wants to be: the others make way.)
  const starts: number[] = [];
  const counts: number[] = [];
  const weights: number[] = [];
  const sums: number[] = [];
  layer.forEach((_, k) => {
    const w = weight?.[k] ?? 1;
    starts.push(k);
    counts.push(1);
    weights.push(w);
    sums.push(w * ((want[k] as number) - (off[k] as number)));
    while (sums.length > 1) {
      const n = sums.length;
      if ((sums[n - 2] as number) / (weights[n - 2] as number) <= (sums[n - 1] as number) / (weights[n - 1] as number)) break;
      sums[n - 2] = (sums[n - 2] as number) + (sums.pop() as number);
      weights[n - 2] = (weights[n - 2] as number) + (weights.pop() as number);
      counts[n - 2] = (counts[n - 2] as number) + (counts.pop() as number);
      starts.pop();
    }
  });
  starts.forEach((first, b) => {
    const y = (sums[b] as number) / (weights[b] as number);
    for (let k = first; k < first + (counts[b] as number); k++) (layer[k] as Item).x = y + (off[k] as number);
  });
}

/** Room between two neighbours in a layer: half for a dummy (an edge's bend point). */
const gap = (a: Item, b: Item) => (a.id && b.id ? NODE_GAP : NODE_GAP / 2);

/** The median centre of `ns`; a Catch hop sees its neighbour shifted, so a handler settles beside its source. */
function medianCentre(items: Item[], it: Item, ns: number[], sides: Set<number> | undefined, sign: number): number {
  const cs = ns.map((n) => (items[n] as Item).x + (items[n] as Item).w / 2 + (sides?.has(n) ? sign * sideShift(items[n] as Item, it) : 0)).sort((a, b) => a - b);
  return cs.length % 2 ? (cs[(cs.length - 1) / 2] as number) : ((cs[cs.length / 2 - 1] as number) + (cs[cs.length / 2] as number)) / 2;
}

/** Packs each layer, then pulls nodes toward the median centre of their neighbours, keeping order and gaps. */
export function placeX(items: Item[], layers: number[][]): void {
  for (const layer of layers) {
    let x = 0;
    for (const i of layer) {
      const it = items[i] as Item;
      it.x = x;
      x += it.w + it.extra + NODE_GAP;
    }
  }
  const median = (it: Item, ns: number[], sides: Set<number> | undefined, sign: number) => medianCentre(items, it, ns, sides, sign);
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
    packNearest(layer.map((i) => items[i] as Item), want, gap);
  };
  for (let iter = 0; iter < 3; iter++) {
    for (let l = 1; l < layers.length; l++) pull(layers[l] as number[], (it) => it.up, (it) => it.sideUp, 1);
    for (let l = layers.length - 2; l >= 0; l--) pull(layers[l] as number[], (it) => it.down, (it) => it.sideDown, -1);
  }
}


/**
 * A Catch handler ends right of the centre of every state that catches into it (a handler that is also the next
 * state, or shared by a column of sources, is otherwise pulled under them): layer by layer, top-down (a source is
 * always in an earlier layer), the handler and whatever follows it in its layer move right, keeping the gaps.
 */
export function handlersBeside(items: Item[], layers: number[][], chains: Chain[]): void {
  const sources = new Map<number, number[]>();
  for (const c of chains) {
    if (!c.side) continue;
    const b = c.path[c.path.length - 1] as number;
    const list = sources.get(b);
    if (list) list.push(c.path[0] as number);
    else sources.set(b, [c.path[0] as number]);
  }
  if (sources.size === 0) return;
  // The last sweep of placeX goes up the flow, where a handler and its Catch hops keep their places while the main
  // column moves under them: they ended up to 4,000 px right of their sources on a 1,000-state machine. Top-down,
  // each hop and handler follows its sources again; the other nodes of its layer stay (a heavy weight) unless in
  // the way.
  const follows = new Set<number>();
  for (const c of chains) if (c.side) for (const i of c.path.slice(1)) follows.add(i);
  const heavy = 1e6;
  for (const layer of layers) {
    if (!layer.some((i) => follows.has(i))) continue;
    const want = layer.map((i) => {
      const it = items[i] as Item;
      return follows.has(i) && it.up.length ? medianCentre(items, it, it.up, it.sideUp, 1) - it.w / 2 : it.x;
    });
    packNearest(
      layer.map((i) => items[i] as Item),
      want,
      gap,
      layer.map((i) => (follows.has(i) ? 1 : heavy)),
    );
  }
  // Read when the handler's layer comes: its sources, in earlier layers, have had their last move.
  const centreWanted = (from: number[]) => {
    let c = -Infinity;
    for (const s of from) c = Math.max(c, (items[s] as Item).x + (items[s] as Item).w / 2 + NODE_GAP);
    return c;
  };
  for (const layer of layers) {
    let moved = false;
    layer.forEach((i, k) => {
      const it = items[i] as Item;
      const from = sources.get(i);
      const centre = from ? centreWanted(from) : -Infinity;
      if (centre - it.w / 2 > it.x) {
        it.x = centre - it.w / 2;
        moved = true;
      }
      const prev = k > 0 ? (items[layer[k - 1] as number] as Item) : undefined;
      if (moved && prev) it.x = Math.max(it.x, prev.x + prev.w + prev.extra + gap(prev, it));
    });
  }
}
