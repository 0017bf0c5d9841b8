/** Shared types of the layout module: what a layout produces, and the flat per-scope problem a layouter solves. */
import type { GraphNode, StateGraph } from '../asl/graph.ts';

export type Direction = 'DOWN' | 'RIGHT';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Point, Size {}

export interface EdgeLayout {
  /** Absolute polyline (canvas coordinates), first point on the source border, last on the target border. */
  points: Point[];
  /** Absolute centre of the edge label, when the edge has one. */
  labelPos?: Point;
}

export interface LayoutResult {
  /** Every graph node; x and y are relative to the parent group (React Flow's `parentId` convention). */
  nodes: Record<string, Box>;
  edges: Record<string, EdgeLayout>;
  width: number;
  height: number;
}

/** Which layouter places the states of one scope: ELK (default), the pure-TS fallback, or size-based choice. */
export type LayoutEngineKind = 'auto' | 'elk' | 'fast';

export interface LayoutOptions {
  direction: Direction;
  /** Override node sizes (e.g. measured by the canvas). Group sizes are always computed. */
  sizes?: (node: GraphNode) => Size;
  /** The previous layout: nodes that still exist keep their place (see stability.ts). */
  previous?: LayoutResult;
  /** Hand-placed positions (the sidecar's, relative to the parent): these boxes stay put and the others avoid them. */
  pinned?: Record<string, Point>;
  engine?: LayoutEngineKind;
  /** With engine 'auto', graphs with more nodes than this use the fast layouter. */
  fastThreshold?: number;
}

/** One scope (top level, a branch, a processor) as a flat graph: sibling boxes and the edges between them. */
export interface FlatNode extends Size {
  id: string;
  /** Pin to the first or last layer (the Start and End markers). */
  layer?: 'first' | 'last';
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  label?: Size;
  /** A Catch edge: leaves from the source's side (right when drawn down, bottom when drawn right), as AWS draws it. */
  side?: boolean;
  /** Where along its source's out side it leaves, as a fraction (layout/ports.ts); the middle without. */
  port?: number;
}

export interface FlatGraph {
  nodes: FlatNode[];
  edges: FlatEdge[];
  direction: Direction;
}

/** A flat layout: node top-left corners, edge polylines and label centres, all relative to the scope origin. */
export interface FlatLayout {
  positions: Record<string, Point>;
  edges: Record<string, EdgeLayout>;
  width: number;
  height: number;
}

export type FlatLayouter = (graph: FlatGraph) => Promise<FlatLayout>;

export type { GraphNode, StateGraph };
