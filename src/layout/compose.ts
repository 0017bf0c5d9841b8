/**
 * Nested layout, bottom-up: each scope (top level, a Parallel branch, a Map processor) is laid out flat by a
 * FlatLayouter with its Parallel/Map states as fixed-size boxes; a Parallel/Map state wraps its branch groups
 * (side by side when the flow goes down, stacked when it goes right). Edges only join siblings in ASL, so every
 * edge belongs to exactly one scope. Positions come out relative to the parent, edge points absolute.
 */
import type { GraphEdge, GraphNode, StateGraph } from '../asl/graph.ts';
import { dict } from '../asl/own.ts';
import { flowOrder } from './order.ts';
import { outPort } from './ports.ts';
import { BRANCH_GAP, EMPTY_GROUP, GROUP_PADDING, defaultNodeSize, edgeLabelSize } from './sizes.ts';
import type { Box, Direction, EdgeLayout, FlatLayouter, LayoutResult, Point, Size } from './types.ts';

export interface GraphIndex {
  children: Map<string, GraphNode[]>;
  /** Edges by the scope (parent id, '' at top level) that holds both ends. */
  edgesByScope: Map<string, GraphEdge[]>;
}

export const ROOT_SCOPE = '';

export function indexGraph(graph: StateGraph): GraphIndex {
  const children = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    const p = n.parentId ?? ROOT_SCOPE;
    const list = children.get(p);
    if (list) list.push(n);
    else children.set(p, [n]);
  }
  const edgesByScope = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const s = graph.byId.get(e.source);
    const t = graph.byId.get(e.target);
    if (!s || !t || (s.parentId ?? ROOT_SCOPE) !== (t.parentId ?? ROOT_SCOPE)) continue;
    const key = s.parentId ?? ROOT_SCOPE;
    const list = edgesByScope.get(key);
    if (list) list.push(e);
    else edgesByScope.set(key, [e]);
  }
  return { children, edgesByScope };
}


export interface ComposeOptions {
  direction: Direction;
  sizes?: (node: GraphNode) => Size;
}

export async function composeLayout(graph: StateGraph, layouter: FlatLayouter, opts: ComposeOptions): Promise<LayoutResult> {
  const { children, edgesByScope } = indexGraph(graph);
  const rel = dict<Box>();
  /** Edge points relative to the box of the scope's group (the canvas at top level). */
  const scopeEdges = new Map<string, Record<string, EdgeLayout>>();
  const down = opts.direction === 'DOWN';
  const sizeOf = opts.sizes ?? defaultNodeSize;

  const layoutScope = async (scopeId: string, offset: Point): Promise<Size> => {
    const edges = edgesByScope.get(scopeId) ?? [];
    const members = flowOrder(children.get(scopeId) ?? [], edges);
    const sizes = new Map<string, Size>();
    for (const m of members) sizes.set(m.id, m.isGroup ? await layoutStateGroup(m) : sizeOf(m));
    const flat = await layouter({
      direction: opts.direction,
      nodes: members.map((m) => ({
        id: m.id,
        ...(sizes.get(m.id) as Size),
        ...(m.kind === 'start' ? { layer: 'first' as const } : m.kind === 'end' ? { layer: 'last' as const } : {}),
      })),
      edges: edges.map((e) => {
        const port = outPort(graph.byId.get(e.source), e);
        return { id: e.id, source: e.source, target: e.target, label: e.label ? edgeLabelSize(e.label) : undefined, ...(e.kind === 'catch' ? { side: true } : {}), ...(port !== undefined ? { port } : {}) };
      }),
    });
    for (const m of members) {
      const p = flat.positions[m.id] ?? { x: 0, y: 0 };
      rel[m.id] = { x: p.x + offset.x, y: p.y + offset.y, ...(sizes.get(m.id) as Size) };
    }
    const shifted = dict<EdgeLayout>();
    for (const [id, e] of Object.entries(flat.edges)) shifted[id] = translateEdge(e, offset.x, offset.y);
    scopeEdges.set(scopeId, shifted);
    return { width: flat.width, height: flat.height };
  };

  /** A Parallel/Map state: its branch/processor groups in a row (DOWN) or a column (RIGHT), equalised. */
  const layoutStateGroup = async (state: GraphNode): Promise<Size> => {
    const groups = children.get(state.id) ?? [];
    const inner: Size[] = [];
    for (const g of groups) {
      const content = await layoutScope(g.id, { x: GROUP_PADDING.left, y: GROUP_PADDING.top });
      inner.push({
        width: Math.max(EMPTY_GROUP.width, content.width) + GROUP_PADDING.left + GROUP_PADDING.right,
        height: Math.max(EMPTY_GROUP.height, content.height) + GROUP_PADDING.top + GROUP_PADDING.bottom,
      });
    }
    const arranged = arrangeGroups(inner, down);
    groups.forEach((g, i) => {
      rel[g.id] = arranged.rects[i] as Box;
    });
    return arranged.size;
  };

  const total = await layoutScope(ROOT_SCOPE, { x: 0, y: 0 });
  const edges = dict<EdgeLayout>();
  const abs = absolutePositions(graph, rel);
  for (const [scopeId, scoped] of scopeEdges) {
    const o = scopeId === ROOT_SCOPE ? { x: 0, y: 0 } : (abs.get(scopeId) ?? { x: 0, y: 0 });
    for (const [id, e] of Object.entries(scoped)) edges[id] = translateEdge(e, o.x, o.y);
  }
  for (const e of graph.edges) if (!edges[e.id]) edges[e.id] = straightEdge(e, rel, abs);
  return { nodes: rel, edges, width: total.width, height: total.height };
}

/** Branch groups side by side (down) or stacked (right), equalised across, inside the state's padding. */
export function arrangeGroups(inner: Size[], down: boolean): { rects: Box[]; size: Size } {
  if (inner.length === 0) return { rects: [], size: { ...EMPTY_GROUP, height: EMPTY_GROUP.height + GROUP_PADDING.top } };
  const across = Math.max(...inner.map((s) => (down ? s.height : s.width)));
  let cursor = down ? GROUP_PADDING.left : GROUP_PADDING.top;
  const rects = inner.map((s) => {
    const size = down ? { width: s.width, height: across } : { width: across, height: s.height };
    const r = down ? { x: cursor, y: GROUP_PADDING.top, ...size } : { x: GROUP_PADDING.left, y: cursor, ...size };
    cursor += (down ? size.width : size.height) + BRANCH_GAP;
    return r;
  });
  cursor -= BRANCH_GAP;
  const size = down
    ? { width: cursor + GROUP_PADDING.right, height: GROUP_PADDING.top + across + GROUP_PADDING.bottom }
    : { width: GROUP_PADDING.left + across + GROUP_PADDING.right, height: cursor + GROUP_PADDING.bottom };
  return { rects, size };
}

export function translateEdge(e: EdgeLayout, dx: number, dy: number): EdgeLayout {
  const points = e.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  return e.labelPos ? { points, labelPos: { x: e.labelPos.x + dx, y: e.labelPos.y + dy } } : { points };
}

/** Absolute top-left of every node, from positions relative to parents. */
export function absolutePositions(graph: StateGraph, rel: Record<string, Box>): Map<string, Point> {
  const abs = new Map<string, Point>();
  const visit = (n: GraphNode): Point => {
    const known = abs.get(n.id);
    if (known) return known;
    const own = rel[n.id] ?? { x: 0, y: 0 };
    const parent = n.parentId ? graph.byId.get(n.parentId) : undefined;
    const base = parent ? visit(parent) : { x: 0, y: 0 };
    const p = { x: base.x + own.x, y: base.y + own.y };
    abs.set(n.id, p);
    return p;
  };
  for (const n of graph.nodes) visit(n);
  return abs;
}

/** Centre to centre, for an edge that does not join siblings (never produced by toGraph). */
function straightEdge(e: GraphEdge, rel: Record<string, Box>, abs: Map<string, Point>): EdgeLayout {
  const centre = (id: string): Point => {
    const p = abs.get(id) ?? { x: 0, y: 0 };
    const b = rel[id];
    return { x: p.x + (b?.width ?? 0) / 2, y: p.y + (b?.height ?? 0) / 2 };
  };
  return { points: [centre(e.source), centre(e.target)] };
}
