/**
 * A synchronous first layout, used until the elkjs layout (src/layout) has answered: states stacked top-down in
 * document order per scope, containers sized around their children. Never the final picture for big graphs.
 */
import type { StateGraph, GraphNode } from '../../asl/index.ts';
import { dict } from '../../asl/own.ts';
import type { CanvasLayout, NodeBox } from './layoutTypes.ts';

const STATE_W = 200;
const STATE_H = 52;
const GAP = 40;
const PAD = 24;
const TITLE = 32;

export function naiveLayout(graph: StateGraph): CanvasLayout {
  const children = new Map<string | undefined, GraphNode[]>();
  for (const n of graph.nodes) {
    const key = n.parentId;
    if (!children.has(key)) children.set(key, []);
    children.get(key)!.push(n);
  }
  const nodes: Record<string, NodeBox> = dict();
  const size = (n: GraphNode): { width: number; height: number } => {
    const kids = children.get(n.id) ?? [];
    if (kids.length === 0) {
      if (n.kind === 'start' || n.kind === 'end') return { width: 64, height: 32 };
      return { width: Math.max(STATE_W, n.name.length * 8 + 70), height: STATE_H };
    }
    const horizontal = n.stateType === 'Parallel';
    let w = 0;
    let h = 0;
    const sizes = kids.map(size);
    sizes.forEach((s, i) => {
      if (horizontal) {
        w += s.width + (i ? GAP : 0);
        h = Math.max(h, s.height);
      } else {
        h += s.height + (i ? GAP : 0);
        w = Math.max(w, s.width);
      }
    });
    const box = { width: w + 2 * PAD, height: h + TITLE + 2 * PAD };
    let cursor = horizontal ? PAD : TITLE + PAD;
    kids.forEach((k, i) => {
      const s = sizes[i]!;
      nodes[k.id] = horizontal
        ? { x: cursor, y: TITLE + PAD, ...s }
        : { x: (box.width - s.width) / 2, y: cursor, ...s };
      cursor += (horizontal ? s.width : s.height) + GAP;
    });
    return box;
  };
  const top = children.get(undefined) ?? [];
  const ordered = [...top.filter((n) => n.kind === 'start'), ...top.filter((n) => n.kind === 'state'), ...top.filter((n) => n.kind === 'end')];
  const sizes = ordered.map(size);
  const width = Math.max(...sizes.map((s) => s.width), 0);
  let y = 0;
  ordered.forEach((n, i) => {
    const s = sizes[i]!;
    nodes[n.id] = { x: (width - s.width) / 2, y, ...s };
    y += s.height + GAP;
  });
  return { nodes, edges: {} };
}
