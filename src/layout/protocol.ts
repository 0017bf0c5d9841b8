/**
 * The message protocol between the layout client (engine.ts) and the layout worker, and the worker-side handler.
 * Graphs travel without their `byId` index and sizes as a table (functions cannot be posted). Requests carry
 * ids; a request that a newer one on the same channel overtook is answered `superseded` without being computed.
 */
import type { GraphEdge, GraphNode, StateGraph } from '../asl/graph.ts';
import { defaultNodeSize } from './sizes.ts';
import type { LayoutOptions, LayoutResult, Size } from './types.ts';

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
  | { type: 'result'; id: number; result: LayoutResult }
  | { type: 'error'; id: number; message: string }
  | { type: 'superseded'; id: number };

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
      post(latest.get(req.channel) === req.id ? { type: 'result', id: req.id, result } : { type: 'superseded', id: req.id });
    } catch (e) {
      post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
