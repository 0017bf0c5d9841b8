/** Graph + layout + diagnostics → React Flow nodes and edges. Pure; the canvas never stores these. */
import { MarkerType } from '@xyflow/react';
import { stateIdAtJsonPath, type StateGraph } from '../../asl/graph.ts';
import type { Diagnostic } from '../../asl/types.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import type { StateFlowNode, TransitionFlowEdge } from './nodeData.ts';
import { staticHandles } from './staticHandles.ts';

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

export function toFlowNodes(graph: StateGraph, layout: CanvasLayout, ctx: FlowNodeContext): StateFlowNode[] {
  const { diagnostics, horizontal } = ctx;
  const selected = new Set(ctx.selectedIds);
  const problems = problemsByState(graph, diagnostics);
  return graph.nodes.map((n) => {
    const box = layout.nodes[n.id] ?? { x: 0, y: 0, width: 200, height: 52 };
    const own = problems.get(n.id) ?? [];
    const type: StateFlowNode['type'] =
      n.kind === 'start' || n.kind === 'end' ? 'marker' : n.kind === 'state' ? (n.isGroup ? 'container' : 'state') : 'group';
    const node: StateFlowNode = {
      id: n.id,
      type,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      ...(n.parentId ? { parentId: n.parentId, extent: 'parent' as const } : {}),
      selected: selected.has(n.id),
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
        ruleCount: n.stateType === 'Choice' ? ruleCount(getIn(ctx.definition, [...n.jsonPath, 'Choices'])) : 0,
        canCatch: n.stateType === 'Task' || n.stateType === 'Parallel' || n.stateType === 'Map',
        renaming: ctx.renamingId === n.id,
      },
    };
    // Known size and handles: React Flow need not render a node off screen just to measure it.
    node.measured = { width: box.width, height: box.height };
    node.handles = staticHandles(node.data, box.width, box.height);
    return node;
  });
}

function ruleCount(choices: unknown): number {
  return Array.isArray(choices) ? choices.length : 0;
}

/** The source handle an edge leaves from (see handles.tsx). */
function sourceHandle(kind: string, index: number | undefined): string {
  if (kind === 'choice') return `choice-${index ?? 0}`;
  if (kind === 'catch') return 'catch-new';
  if (kind === 'default') return 'default';
  return 'next';
}

export function toFlowEdges(graph: StateGraph, layout: CanvasLayout): TransitionFlowEdge[] {
  return graph.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    sourceHandle: sourceHandle(e.kind, e.index),
    targetHandle: 'in',
    deletable: e.kind !== 'start' && e.kind !== 'end',
    type: 'transition',
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    zIndex: 1,
    ariaLabel: `${e.kind} transition from ${e.source} to ${e.target}${e.label ? `: ${e.label}` : ''}`,
    data: { kind: e.kind, label: e.label, points: layout.edges[e.id]?.points },
  }));
}
