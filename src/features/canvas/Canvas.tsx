import { useCallback, useMemo } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store.ts';
import { EDGE_TYPES } from './TransitionEdge.tsx';
import { NODE_TYPES } from './StateNode.tsx';
import { toFlowEdges, toFlowNodes } from './toFlow.ts';
import { useCanvasLayout } from './useCanvasLayout.ts';

function CanvasInner() {
  const { graph, diagnostics, stale, syntaxErrors } = useAppStore(
    useShallow((s) => ({ graph: s.doc.graph, diagnostics: s.doc.diagnostics, stale: s.doc.stale, syntaxErrors: s.doc.syntaxErrors })),
  );
  const { selectedId, sidecar } = useAppStore(useShallow((s) => ({ selectedId: s.ui.selectedId, sidecar: s.sidecar })));
  const direction = sidecar.direction;
  const select = useAppStore((s) => s.select);
  const { layout, status: layoutStatus, error: layoutError } = useCanvasLayout(graph, sidecar);
  const horizontal = direction === 'RIGHT';
  const nodes = useMemo(
    () => toFlowNodes(graph, layout, diagnostics, selectedId, horizontal),
    [graph, layout, diagnostics, selectedId, horizontal],
  );
  const edges = useMemo(() => toFlowEdges(graph, layout), [graph, layout]);
  const onNodeClick: NodeMouseHandler = useCallback((_e, node) => select(node.data.kind === 'state' ? node.id : undefined), [select]);
  const onPaneClick = useCallback(() => select(undefined), [select]);

  return (
    <section
      className={`canvas${stale ? ' stale' : ''}`}
      aria-label="Workflow canvas"
      data-stale={stale ? 'true' : 'false'}
      data-layout-status={layoutStatus}
    >
      {layoutError && (
        <div className="stale-banner" role="alert">
          Automatic layout failed ({layoutError}); showing a simple layout.
        </div>
      )}
      {stale && (
        <div className="stale-banner" role="status">
          <strong>Canvas out of date:</strong> the definition has a syntax error
          {syntaxErrors[0]?.range ? ` at line ${syntaxErrors[0].range.line}, column ${syntaxErrors[0].range.column}` : ''}. Showing
          the last valid machine; canvas edits are disabled until the text is fixed.
        </div>
      )}
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        nodesDraggable={false}
        nodesConnectable={!stale}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
        onlyRenderVisibleElements={nodes.length > 300}
      >
        <Background gap={16} size={1} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Minimap" />
      </ReactFlow>
    </section>
  );
}

export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasInner />
    </ReactFlowProvider>
  );
}
