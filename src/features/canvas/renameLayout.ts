/**
 * A rename moves no box: when the new graph is the previous one with some ids renamed (same nodes and edges in the
 * same order, same kinds, types, labels and box sizes), its layout is the previous layout under the new ids. The
 * canvas then shows the renamed state where it was at once, and asks the layout worker nothing.
 */
import type { GraphNode, StateGraph } from '../../asl/graph.ts';
import { defaultNodeSize } from '../../layout/sizes.ts';
import type { LayoutResult } from '../../layout/types.ts';

function sameSize(a: GraphNode, b: GraphNode): boolean {
  if (a.name === b.name) return true;
  const sa = defaultNodeSize(a);
  const sb = defaultNodeSize(b);
  return sa.width === sb.width && sa.height === sb.height;
}

/**
 * Old id → new id for every node and edge when `next` is `prev` with ids renamed and nothing laid out differently;
 * undefined otherwise (a structural edit, or a rename that changes a box's size). With `anySize`, a rename that
 * resizes boxes maps too (the layout then keeps every box in place and only resizes: see stability.ts).
 */
export function renameMapping(
  prev: StateGraph,
  next: StateGraph,
  opts: { anySize?: boolean } = {},
): RenameMapping | undefined {
  if (prev === next || prev.nodes.length !== next.nodes.length || prev.edges.length !== next.edges.length) return undefined;
  const nodes = new Map<string, string>();
  const taken = new Set<string>();
  let identity = true;
  for (let i = 0; i < prev.nodes.length; i++) {
    const a = prev.nodes[i]!;
    const b = next.nodes[i]!;
    if (a.kind !== b.kind || a.stateType !== b.stateType || !a.isGroup !== !b.isGroup) return undefined;
    if ((a.parentId === undefined ? undefined : nodes.get(a.parentId)) !== b.parentId) return undefined;
    if ((!opts.anySize && !sameSize(a, b)) || taken.has(b.id)) return undefined;
    nodes.set(a.id, b.id);
    taken.add(b.id);
    identity &&= a.id === b.id;
  }
  const edges = new Map<string, string>();
  for (let i = 0; i < prev.edges.length; i++) {
    const a = prev.edges[i]!;
    const b = next.edges[i]!;
    if (a.kind !== b.kind || a.index !== b.index || a.label !== b.label) return undefined;
    if (nodes.get(a.source) !== b.source || nodes.get(a.target) !== b.target) return undefined;
    edges.set(a.id, b.id);
    identity &&= a.id === b.id;
  }
  return { nodes, edges, identity };
}

/** Old id → new id of every node and edge; `identity`: every id maps to itself (an edit of a comment or a field). */
export interface RenameMapping {
  nodes: Map<string, string>;
  edges: Map<string, string>;
  identity?: boolean;
}

/**
 * `layout` under the renamed ids; the boxes and routes themselves are shared, not copied. When no id changes, the
 * layout itself: everything keyed by the layout object (the minimap's boxes, the flow nodes) sees nothing changed,
 * and no copy of every box is made per keystroke (5,000 states: two dictionaries of 6,000 keys per edit).
 */
export function renameLayout(layout: LayoutResult, mapping: RenameMapping): LayoutResult {
  if (mapping.identity) return layout;
  const nodes: LayoutResult['nodes'] = {};
  for (const [from, to] of mapping.nodes) {
    const box = layout.nodes[from];
    if (box) nodes[to] = box;
  }
  const edges: LayoutResult['edges'] = {};
  for (const [from, to] of mapping.edges) {
    const e = layout.edges[from];
    if (e) edges[to] = e;
  }
  return { ...layout, nodes, edges };
}
