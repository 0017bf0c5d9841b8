/** Data carried by canvas nodes and edges (computed from the graph; never stored). */
import type { Node, Edge } from '@xyflow/react';
import type { GraphEdgeKind, GraphNodeKind, StateType } from '../../asl/index.ts';

export interface StateNodeData extends Record<string, unknown> {
  name: string;
  kind: GraphNodeKind;
  stateType?: StateType;
  isStart?: boolean;
  isTerminal?: boolean;
  comment?: string;
  errors: number;
  warnings: number;
  problems: string[];
  horizontal: boolean;
  /** Number of Choice rules (one source handle each, plus Default). */
  ruleCount: number;
  /** Task, Parallel and Map states can catch errors (an error handle). */
  canCatch: boolean;
  /** The name is being edited in place. */
  renaming: boolean;
}

export type StateFlowNode = Node<StateNodeData, 'state' | 'container' | 'group' | 'marker'>;

export interface TransitionEdgeData extends Record<string, unknown> {
  kind: GraphEdgeKind;
  label?: string;
  points?: { x: number; y: number }[];
  /** Where the layout put the label's centre (room reserved for it). */
  labelPos?: { x: number; y: number };
}

export type TransitionFlowEdge = Edge<TransitionEdgeData, 'transition'>;
