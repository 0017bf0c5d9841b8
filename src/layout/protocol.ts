/**
 * The message protocol between the layout client (engine.ts) and the layout worker, and the worker-side handler.
 * Graphs travel without their `byId` index and sizes as a table (functions cannot be posted). Requests carry
 * ids; a request that a newer one on the same channel overtook is answered `superseded` without being computed.
 */
import type { GraphEdge, GraphNode, StateGraph } from '../asl/graph.ts';
import { dict } from '../asl/own.ts';
import { defaultNodeSize } from './sizes.ts';
import type { Box, EdgeLayout, LayoutOptions, LayoutResult, Point, Size } from './types.ts';

export interface PortableLayoutOptions extends Omit<LayoutOptions, 'sizes'> {
  /** Sizes by node id; nodes not listed get the default size. */
  sizes?: Record<string, Size>;
}

export interface LayoutRequest {
  type: 'layout';
  id: number;
  channel: string;
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  options: PortableLayoutOptions;
}

export type LayoutResponse =
  | { type: 'result'; id: number; result: PackedLayout }
  | { type: 'error'; id: number; message: string }
  | { type: 'superseded'; id: number };

/**
 * A layout result as a few flat arrays: posting a LayoutResult object by object cost the page ~90–175 ms of
 * structured-clone deserialisation at 5,000 states (tens of thousands of small objects); typed arrays copy at
 * memory speed and the page rebuilds the objects in a fraction of that.
 */
export interface PackedLayout {
  ids: string[];
  /** x, y, width, height per node. */
  boxes: Float64Array;
  edgeIds: string[];
  /** Edge i's points are points[2·start[i] … 2·start[i+1]) as x, y pairs. */
  start: Uint32Array;
  points: Float64Array;
  /** Label centre per edge (x, y), NaN when the edge has none. */
  labels: Float64Array;
  width: number;
  height: number;
}

export function packLayout(r: LayoutResult): PackedLayout {
  const ids = Object.keys(r.nodes);
  const boxes = new Float64Array(ids.length * 4);
  ids.forEach((id, i) => {
    const b = r.nodes[id] as Box;
    boxes.set([b.x, b.y, b.width, b.height], i * 4);
  });
  const edgeIds = Object.keys(r.edges);
  const start = new Uint32Array(edgeIds.length + 1);
  let n = 0;
  edgeIds.forEach((id, i) => {
    start[i] = n;
    n += (r.edges[id] as EdgeLayout).points.length;
  });
  start[edgeIds.length] = n;
  const points = new Float64Array(n * 2);
  const labels = new Float64Array(edgeIds.length * 2).fill(Number.NaN);
  edgeIds.forEach((id, i) => {
    const e = r.edges[id] as EdgeLayout;
    let k = (start[i] as number) * 2;
    for (const p of e.points) {
      points[k++] = p.x;
      points[k++] = p.y;
    }
    if (e.labelPos) labels.set([e.labelPos.x, e.labelPos.y], i * 2);
  });
  return { ids, boxes, edgeIds, start, points, labels, width: r.width, height: r.height };
}

export function unpackLayout(p: PackedLayout): LayoutResult {
  const nodes = dict<Box>();
  const b = p.boxes;
  p.ids.forEach((id, i) => {
    nodes[id] = { x: b[i * 4] as number, y: b[i * 4 + 1] as number, width: b[i * 4 + 2] as number, height: b[i * 4 + 3] as number };
  });
  const edges = dict<EdgeLayout>();
  p.edgeIds.forEach((id, i) => {
    const points: Point[] = [];
    for (let k = (p.start[i] as number) * 2; k < (p.start[i + 1] as number) * 2; k += 2) points.push({ x: p.points[k] as number, y: p.points[k + 1] as number });
    const lx = p.labels[i * 2] as number;
    edges[id] = Number.isNaN(lx) ? { points } : { points, labelPos: { x: lx, y: p.labels[i * 2 + 1] as number } };
  });
  return { nodes, edges, width: p.width, height: p.height };
}

export function toPortableGraph(graph: StateGraph): LayoutRequest['graph'] {
  return { nodes: graph.nodes, edges: graph.edges };
}

export function fromPortableGraph(g: LayoutRequest['graph']): StateGraph {
  return { nodes: g.nodes, edges: g.edges, byId: new Map(g.nodes.map((n) => [n.id, n])) };
}

export function fromPortableOptions(o: PortableLayoutOptions): LayoutOptions {
  const table = o.sizes;
  return { ...o, sizes: table ? (n: GraphNode) => table[n.id] ?? defaultNodeSize(n) : undefined };
}

export type LayoutFn = (graph: StateGraph, options: LayoutOptions) => Promise<LayoutResult>;

/** The worker's message handler: newest request per channel wins; others are answered `superseded`. */
export function createLayoutHandler(post: (msg: LayoutResponse) => void, layout: LayoutFn): (req: LayoutRequest) => Promise<void> {
  const latest = new Map<string, number>();
  return async (req) => {
    if (req?.type !== 'layout') return;
    latest.set(req.channel, req.id);
    // Let requests already queued behind this one arrive first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (latest.get(req.channel) !== req.id) {
      post({ type: 'superseded', id: req.id });
      return;
    }
    try {
      const result = await layout(fromPortableGraph(req.graph), fromPortableOptions(req.options));
      post(latest.get(req.channel) === req.id ? { type: 'result', id: req.id, result: packLayout(result) } : { type: 'superseded', id: req.id });
    } catch (e) {
      post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
