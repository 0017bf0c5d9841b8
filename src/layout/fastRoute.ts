/** The fast layouter's routes: ports spread along the sides, horizontal runs on tracks in the gaps between layers. */
import { LAYER_GAP } from './elk.ts';
import { SIDE_STUB, type Chain, type Item } from './fastItems.ts';
import { simplify } from './route.ts';
import type { Box, Point } from './types.ts';

/** How far above or below a state a loop's run around it passes. */
const AROUND = 8;

/** Into the top of `b` from the gap right of it (at `x`), drawn the other way round: from b's top, up, right, down. */
function aroundTop(b: Box, x: number): Point[] {
  const cx = b.x + b.width / 2;
  return [{ x: cx, y: b.y }, { x: cx, y: b.y - AROUND }, { x, y: b.y - AROUND }];
}

/**
 * Out of the bottom of `b` (`port` of the way along it) to the gap right of it (at `x`), drawn the other way round:
 * down the gap, left, up into b.
 */
function aroundBottom(b: Box, x: number, port = 0.5): Point[] {
  const cx = b.x + b.width * port;
  const below = b.y + b.height + AROUND;
  return [{ x, y: below }, { x: cx, y: below }, { x: cx, y: b.y + b.height }];
}

/** Routes each chain; ports are spread along the bottom/top sides, horizontal runs get tracks in the gap. */
export function routeChains(chains: Chain[], items: Item[], boxOf: (i: number) => Box, layerY: number[], layerH: number[], beside: (i: number) => number): Map<string, Point[]> {
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
  const hops: { edge: string; from: Point; to: Point; layer: number; lead?: Point[]; trail?: Point[] }[] = [];
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
      if (k === c.path.length - 1 && c.sideBack) {
        // A Catch edge going back, drawn reversed: down the gap beside its source and into the source's right side.
        const x = B.x + B.width + SIDE_STUB;
        const trail = [{ x, y: B.y + B.height / 2 }, { x: B.x + B.width, y: B.y + B.height / 2 }];
        hops.push({ edge: c.edge, from: { x: portX(a, b, 'down'), y: Ab.y + Ab.height }, to: { x, y: B.y }, layer: A.layer, trail });
        continue;
      }
      if (c.reversed && !c.sideBack && (k === 1 || k === c.path.length - 1)) {
        // A loop, worked out from its target down to its source and drawn reversed: it leaves the source by the
        // bottom and enters the target by the top (as AWS draws a loop, and where the canvas's handles are), running
        // past either state in the gap on its right.
        const first = k === 1;
        const last = k === c.path.length - 1;
        const lead = first ? aroundTop(Ab, beside(a)) : undefined;
        const trail = last ? aroundBottom(B, beside(b), c.port) : undefined;
        const from = lead ? { x: (lead[2] as Point).x, y: Ab.y + Ab.height } : { x: portX(a, b, 'down'), y: Ab.y + Ab.height };
        const end = trail ? { x: (trail[0] as Point).x, y: B.y } : to;
        hops.push({ edge: c.edge, from, to: end, layer: A.layer, ...(lead ? { lead } : {}), ...(trail ? { trail } : {}) });
        continue;
      }
      // Out of the handle the canvas draws the edge from (a Choice's rule or Default), else spread along the side.
      const out = k === 1 && !c.reversed && c.port !== undefined ? Ab.x + Ab.width * c.port : portX(a, b, 'down');
      hops.push({ edge: c.edge, from: { x: out, y: Ab.y + Ab.height }, to, layer: A.layer });
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
      if (h.trail) pts.push(...h.trail);
    }
    const route = simplify(pts);
    routes.set(c.edge, c.reversed ? route.reverse() : route);
  }
  return routes;
}

