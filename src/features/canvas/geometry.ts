/** Canvas geometry on the computed layout: absolute boxes, and what lies under a point (drop targets). */
import type { StateGraph } from '../../asl/index.ts';
import { own } from '../../asl/own.ts';
import type { CanvasLayout, NodeBox } from './layoutTypes.ts';

export function absoluteBox(graph: StateGraph, layout: CanvasLayout, id: string): NodeBox | undefined {
  const box = own(layout.nodes, id);
  if (!box) return undefined;
  let x = box.x;
  let y = box.y;
  let parent = graph.byId.get(id)?.parentId;
  while (parent) {
    const p = own(layout.nodes, parent);
    if (!p) break;
    x += p.x;
    y += p.y;
    parent = graph.byId.get(parent)?.parentId;
  }
  return { x, y, width: box.width, height: box.height };
}

function inside(p: { x: number; y: number }, b: NodeBox): boolean {
  return p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
}

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export type DropTarget =
  | { kind: 'edge'; edgeId: string }
  | { kind: 'scope'; scope: string; position: { x: number; y: number } }
  | { kind: 'state'; id: string };

/** What a drop at a flow position lands on: a transition, a state, a branch/processor group, or the top level. */
export function dropTarget(graph: StateGraph, layout: CanvasLayout, p: { x: number; y: number }, tolerance = 10): DropTarget {
  for (const e of graph.edges) {
    if (e.kind === 'start' || e.kind === 'end') continue;
    const pts = own(layout.edges, e.id)?.points;
    if (!pts) continue;
    for (let i = 1; i < pts.length; i++) {
      if (distanceToSegment(p, pts[i - 1]!, pts[i]!) <= tolerance) return { kind: 'edge', edgeId: e.id };
    }
  }
  let best: { id: string; depth: number; box: NodeBox; kind: string } | undefined;
  for (const n of graph.nodes) {
    if (n.kind !== 'branch' && n.kind !== 'processor' && n.kind !== 'state') continue;
    const box = absoluteBox(graph, layout, n.id);
    if (!box || !inside(p, box)) continue;
    let depth = 0;
    for (let q = n.parentId; q; q = graph.byId.get(q)?.parentId) depth++;
    if (!best || depth > best.depth) best = { id: n.id, depth, box, kind: n.kind };
  }
  if (best && best.kind === 'state') {
    const node = graph.byId.get(best.id);
    if (!node?.isGroup) return { kind: 'state', id: best.id };
    // Inside a Parallel/Map but not in one of its groups: treat as the enclosing scope.
    const outer = node.parentId;
    if (outer) {
      const ob = absoluteBox(graph, layout, outer)!;
      return { kind: 'scope', scope: outer, position: { x: p.x - ob.x, y: p.y - ob.y } };
    }
    return { kind: 'scope', scope: '', position: p };
  }
  if (best) return { kind: 'scope', scope: best.id, position: { x: p.x - best.box.x, y: p.y - best.box.y } };
  return { kind: 'scope', scope: '', position: p };
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Whether a box (flow coordinates) is shown whole in a pane of `pane` pixels under `viewport`, `margin` px inside. */
export function boxInView(box: NodeBox, viewport: Viewport, pane: { width: number; height: number }, margin = 24): boolean {
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  const right = left + box.width * viewport.zoom;
  const bottom = top + box.height * viewport.zoom;
  return left >= margin && top >= margin && right <= pane.width - margin && bottom <= pane.height - margin;
}

/**
 * What to bring into view to show state `id` after an edit: its outermost container (Parallel or Map, with the
 * branch the state is in) that fits in the pane at `zoom`, `margin` px inside, else the state itself. A Parallel
 * that grows by a branch is shown whole while it fits, not cut at the pane's border around its new branch.
 */
export function revealBox(graph: StateGraph, layout: CanvasLayout, id: string, zoom: number, pane: { width: number; height: number }, margin = 24): NodeBox | undefined {
  const chain: string[] = [];
  for (let p = graph.byId.get(id)?.parentId; p; p = graph.byId.get(p)?.parentId) if (graph.byId.get(p)?.kind === 'state') chain.unshift(p);
  for (const c of chain) {
    const box = absoluteBox(graph, layout, c);
    if (box && box.width * zoom <= pane.width - 2 * margin && box.height * zoom <= pane.height - 2 * margin) return box;
  }
  return absoluteBox(graph, layout, id);
}
