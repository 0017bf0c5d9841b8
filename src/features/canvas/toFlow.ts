/** Graph + layout + diagnostics → React Flow nodes and edges. Pure; the canvas never stores these. */
import { MarkerType } from '@xyflow/react';
import { own } from '../../asl/own.ts';
import { stateIdAtJsonPath, type GraphEdge, type GraphNode, type StateGraph } from '../../asl/graph.ts';
import type { Diagnostic } from '../../asl/types.ts';
import type { CanvasLayout, NodeBox } from './layoutTypes.ts';
import type { StateFlowNode, TransitionFlowEdge } from './nodeData.ts';
import { staticHandles } from './staticHandles.ts';
import { canCatch } from '../../asl/stateTypes.ts';

export function problemsByState(graph: StateGraph, diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const id = stateIdAtJsonPath(graph, d.path);
    if (!id) continue;
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push(d);
  }
  return out;
}

function getIn(value: unknown, path: (string | number)[]): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export interface FlowNodeContext {
  definition: unknown;
  diagnostics: Diagnostic[];
  selectedIds: readonly string[];
  renamingId: string | undefined;
  horizontal: boolean;
}

/** What a flow node was made from besides its graph node (kept per graph node: see toGraph's reuse). */
interface NodeInputs {
  box: NodeBox;
  own: Diagnostic[];
  selected: boolean;
  renaming: boolean;
  horizontal: boolean;
  ruleCount: number;
  node: StateFlowNode;
}
const made = new WeakMap<GraphNode, NodeInputs>();

function sameInputs(a: NodeInputs, b: Omit<NodeInputs, 'node'>): boolean {
  return (
    a.box.x === b.box.x && a.box.y === b.box.y && a.box.width === b.box.width && a.box.height === b.box.height &&
    a.selected === b.selected && a.renaming === b.renaming && a.horizontal === b.horizontal && a.ruleCount === b.ruleCount &&
    a.own.length === b.own.length && a.own.every((d, i) => d.severity === b.own[i]!.severity && d.message === b.own[i]!.message)
  );
}

export function toFlowNodes(graph: StateGraph, layout: CanvasLayout, ctx: FlowNodeContext): StateFlowNode[] {
  const selected = new Set(ctx.selectedIds);
  const problems = problemsByState(graph, ctx.diagnostics);
  // An unchanged graph node (same object) with unchanged inputs gives the same flow node object, without rebuilding
  // or comparing it: on a 1,000-state machine an edit re-derives a handful of nodes, not all of them.
  return graph.nodes.map((n) => {
    const inputs = {
      box: own(layout.nodes, n.id) ?? DEFAULT_BOX,
      own: problems.get(n.id) ?? NONE,
      selected: selected.has(n.id),
      renaming: ctx.renamingId === n.id,
      horizontal: ctx.horizontal,
      ruleCount: n.stateType === 'Choice' ? ruleCount(getIn(ctx.definition, [...n.jsonPath, 'Choices'])) : 0,
    };
    const before = made.get(n);
    if (before && sameInputs(before, inputs)) return before.node;
    const node = flowNode(n, inputs);
    made.set(n, { ...inputs, node });
    return node;
  });
}

const DEFAULT_BOX: NodeBox = { x: 0, y: 0, width: 200, height: 52 };
const NONE: Diagnostic[] = [];

function flowNode(n: GraphNode, inputs: Omit<NodeInputs, 'node'>): StateFlowNode {
  const { box, own, horizontal } = inputs;
  const type: StateFlowNode['type'] =
    n.kind === 'start' || n.kind === 'end' ? 'marker' : n.kind === 'state' ? (n.isGroup ? 'container' : 'state') : 'group';
  const node: StateFlowNode = {
    id: n.id,
    type,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    ...(n.parentId ? { parentId: n.parentId, extent: 'parent' as const } : {}),
    selected: inputs.selected,
    selectable: n.kind === 'state',
    draggable: n.kind === 'state',
    connectable: n.kind === 'state' || n.kind === 'start',
    data: {
      name: n.name,
      kind: n.kind,
      stateType: n.stateType,
      isStart: n.isStart,
      isTerminal: n.isTerminal,
      comment: n.comment,
      errors: own.filter((d) => d.severity === 'error').length,
      warnings: own.filter((d) => d.severity === 'warning').length,
      problems: own.map((d) => d.message),
      horizontal,
      ruleCount: inputs.ruleCount,
      canCatch: canCatch(n.stateType),
      renaming: inputs.renaming,
    },
  };
  // Known size and handles: React Flow need not render a node off screen just to measure it.
  node.measured = { width: box.width, height: box.height };
  node.handles = staticHandles(node.data, box.width, box.height);
  return node;
}

function ruleCount(choices: unknown): number {
  return Array.isArray(choices) ? choices.length : 0;
}

/** The source handle an edge leaves from (see handles.tsx). */
export function sourceHandle(kind: string, index: number | undefined): string {
  if (kind === 'choice') return `choice-${index ?? 0}`;
  if (kind === 'catch') return 'catch-new';
  if (kind === 'default') return 'default';
  return 'next';
}

const madeEdges = new WeakMap<GraphEdge, { points: unknown; edge: TransitionFlowEdge }>();

/** Like the nodes: an unchanged graph edge with the same routed points gives the same flow edge object. */
export function toFlowEdges(graph: StateGraph, layout: CanvasLayout): TransitionFlowEdge[] {
  return graph.edges.map((e) => {
    const route = own(layout.edges, e.id);
    const points = route?.points;
    const before = madeEdges.get(e);
    if (before && before.points === points && before.edge.data?.labelPos === route?.labelPos) return before.edge;
    const edge = flowEdge(e, points, route?.labelPos);
    madeEdges.set(e, { points, edge });
    return edge;
  });
}

function flowEdge(e: GraphEdge, points: { x: number; y: number }[] | undefined, labelPos?: { x: number; y: number }): TransitionFlowEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    sourceHandle: sourceHandle(e.kind, e.index),
    targetHandle: 'in',
    deletable: e.kind !== 'start' && e.kind !== 'end',
    type: 'transition',
    // One arrowhead for every edge, in the colour of the line it ends (context-stroke: a taken edge's green, a Catch
    // edge's red) and the same size whatever the line's width (user space, not the stroke's).
    markerEnd: { type: MarkerType.ArrowClosed, width: 22, height: 22, markerUnits: 'userSpaceOnUse', color: 'context-stroke' },
    zIndex: 1,
    ariaLabel: `${e.kind} transition from ${e.source} to ${e.target}${e.label ? `: ${e.label}` : ''}`,
    data: { kind: e.kind, label: e.label, points, ...(labelPos ? { labelPos } : {}) },
  };
}
