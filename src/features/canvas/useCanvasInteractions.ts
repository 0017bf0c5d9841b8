/**
 * Canvas interactions, translated into commands or layout/UI updates (never applied to the document directly):
 * palette drops, connections (refused with the reason while dragging), moves (one undo step per drag), selection.
 */
import { useCallback, useState, type DragEvent } from 'react';
import { dict } from '../../asl/own.ts';
import {
  useReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type OnSelectionChangeFunc,
} from '@xyflow/react';
import { canConnect } from '../../commands/rules.ts';
import { refuse } from '../../commands/refusals.ts';
import type { StateGraph } from '../../asl/index.ts';
import { useAppStore } from '../../store/store.ts';
import { findEntry, PALETTE_MIME } from '../palette/entries.ts';
import { addFromPalette, connectAction, handleKind, moveToScope } from '../actions/actions.ts';
import { absoluteBox, dropTarget } from './geometry.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import type { StateFlowNode } from './nodeData.ts';

export function useCanvasInteractions(graph: StateGraph, layout: CanvasLayout) {
  const flow = useReactFlow();
  const [dragPositions, setDragPositions] = useState<Record<string, { x: number; y: number }>>({});
  const [connectHint, setConnectHint] = useState<string>();

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const entry = findEntry(e.dataTransfer.getData(PALETTE_MIME));
      if (!entry) return;
      e.preventDefault();
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const target = dropTarget(graph, layout, p);
      if (target.kind === 'edge') {
        const edge = graph.edges.find((x) => x.id === target.edgeId)!;
        if (edge.kind !== 'start' && edge.kind !== 'end') {
          addFromPalette(entry, { onEdge: { source: edge.source, kind: edge.kind, index: edge.index } });
        }
      } else if (target.kind === 'state') {
        addFromPalette(entry, { after: target.id });
      } else {
        addFromPalette(entry, { scope: target.scope, position: { x: target.position.x - 90, y: target.position.y - 24 } });
      }
    },
    [flow, graph, layout],
  );

  const isValidConnection: IsValidConnection = useCallback((c: Connection | Edge) => {
    const def = useAppStore.getState().doc.definition;
    if (!def || !c.source || !c.target) return false;
    const { kind, index } = handleKind(c.sourceHandle);
    const verdict = useAppStore.getState().doc.stale ? refuse('document.syntaxError') : canConnect(def, c.source, c.target, kind, { index });
    setConnectHint(verdict === true ? undefined : verdict.message);
    return verdict === true;
  }, []);

  const onConnect = useCallback((c: Connection) => {
    setConnectHint(undefined);
    connectAction(c.source, c.target, c.sourceHandle);
  }, []);

  /** Released over a node's body rather than its handle: connect to that node all the same. */
  const onConnectEnd = useCallback((e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    setConnectHint(undefined);
    if (state.isValid || !state.fromNode || !state.fromHandle) return;
    const point = 'changedTouches' in e ? e.changedTouches[0] : e;
    if (!point) return;
    const el = document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node');
    const target = el?.dataset.id;
    if (!target || target === state.fromNode.id || el?.classList.contains('react-flow__node-marker')) return;
    if (el?.classList.contains('react-flow__node-group')) return;
    connectAction(state.fromNode.id, target, state.fromHandle.id);
  }, []);

  const onNodesChange = useCallback((changes: NodeChange<StateFlowNode>[]) => {
    const moving: Record<string, { x: number; y: number }> = dict();
    let any = false;
    for (const ch of changes) {
      if (ch.type === 'position' && ch.position && ch.dragging) {
        moving[ch.id] = ch.position;
        any = true;
      }
    }
    if (any) setDragPositions((prev) => ({ ...prev, ...moving }));
  }, []);

  const onNodeDragStop = useCallback(
    (_e: unknown, node: StateFlowNode, nodes: StateFlowNode[]) => {
      setDragPositions({});
      // A single state dropped into another scope (a branch, the item processor, the top level) moves there.
      if (nodes.length === 1 && node.data.kind === 'state') {
        const p = dragPositions[node.id] ?? node.position;
        const parentId = graph.byId.get(node.id)?.parentId;
        const origin = parentId ? absoluteBox(graph, layout, parentId) : { x: 0, y: 0 };
        const size = layout.nodes[node.id] ?? { width: 0, height: 0 };
        const center = { x: (origin?.x ?? 0) + p.x + size.width / 2, y: (origin?.y ?? 0) + p.y + size.height / 2 };
        const target = dropTarget(graph, layout, center, 0);
        const from = parentId ?? '';
        if (target.kind === 'scope' && target.scope !== from && !target.scope.startsWith(`${node.id}/`)) {
          moveToScope(node.id, target.scope, { x: target.position.x - size.width / 2, y: target.position.y - size.height / 2 });
          return;
        }
        if (target.kind === 'state' && target.id !== node.id && (graph.byId.get(target.id)?.parentId ?? '') !== from) {
          moveToScope(node.id, graph.byId.get(target.id)?.parentId ?? '', undefined, target.id);
          return;
        }
      }
      const positions: Record<string, { x: number; y: number }> = dict();
      for (const n of nodes) {
        const p = dragPositions[n.id] ?? n.position;
        const base = layout.nodes[n.id];
        if (!base || base.x !== p.x || base.y !== p.y) positions[n.id] = { x: Math.round(p.x), y: Math.round(p.y) };
      }
      if (Object.keys(positions).length) useAppStore.getState().moveNodes(positions);
    },
    [dragPositions, layout, graph],
  );

  const onSelectionChange: OnSelectionChangeFunc = useCallback(({ nodes }) => {
    const ids = nodes.filter((n) => (n.data as StateFlowNode['data']).kind === 'state').map((n) => n.id);
    const current = useAppStore.getState().ui.selectedIds;
    if (ids.length === current.length && ids.every((id, i) => current[i] === id)) return;
    // A plain click is handled by onNodeClick; this catches shift-click and the selection box.
    if (ids.length > 1) useAppStore.getState().setSelection(ids);
  }, []);

  return {
    dragPositions,
    connectHint,
    onDragOver,
    onDrop,
    isValidConnection,
    onConnect,
    onConnectEnd,
    onNodesChange,
    onNodeDragStop,
    onSelectionChange,
  };
}
