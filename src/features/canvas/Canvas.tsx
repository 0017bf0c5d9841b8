import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  useStore,
  type EdgeMouseHandler,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { EDGE_TYPES } from './TransitionEdge.tsx';
import { NODE_TYPES } from './StateNode.tsx';
import { toFlowEdges, toFlowNodes } from './toFlow.ts';
import { useCanvasLayout } from './useCanvasLayout.ts';
import { useCanvasInteractions } from './useCanvasInteractions.ts';
import { useCanvasKeys } from './useCanvasKeys.ts';
import { CanvasNotices } from './CanvasNotices.tsx';
import { LayoutProgress } from './LayoutProgress.tsx';
import { FIT_VIEW_OPTIONS, useFitNewDocument } from './useFitNewDocument.ts';
import { useRevealSelection } from './useRevealSelection.ts';
import type { StateFlowNode, TransitionFlowEdge } from './nodeData.ts';
import { flowCache, reuseUnchanged, sameEdge, sameNode } from './stableFlow.ts';
import { useTheme } from '../a11y/theme.ts';
import { BigMiniMap } from './BigMiniMap.tsx';
import { useA11yUi } from '../a11y/focus.ts';
import { useViewFit } from './useViewFit.ts';
import { usePanPointer } from './usePanPointer.ts';
import { MINIMAP_MIN_WIDTH, useMinimapPref } from './minimapPref.ts';
import './canvas.css';

/** Parallel and Map states and their branches: outlined in the minimap (filled, they hid the states inside). */
const miniMapNodeClass = (n: { type?: string }) => (n.type === 'container' || n.type === 'group' ? 'minimap-group' : '');

/** Above this many nodes: only visible nodes and edges are rendered, and the minimap is a canvas (BigMiniMap). */
const BIG_GRAPH = 300;
/** How far (px) the two clicks of a double-click may lie apart when its first click was on a state that moved. */
const DOUBLE_CLICK_SLOP = 6;

/** What screen readers hear on a focused node or edge (React Flow's default names only its own keys). */
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Arrow keys move along the transitions. Enter edits in the inspector, C connects, F2 renames, Delete deletes. Press ? for all shortcuts.',
  'edge.a11yDescription.default': 'Press Delete to remove this transition.',
};

function CanvasInner() {
  const live = useAppStore(
    useShallow((s) => ({
      graph: s.doc.graph,
      diagnostics: s.doc.diagnostics,
      stale: s.doc.stale,
      definition: s.doc.definition,
      selectedIds: s.ui.selectedIds,
      selectedId: s.ui.selectedId,
      selectionOrigin: s.ui.selectionOrigin,
      renamingId: s.ui.renamingId,
      sidecar: s.sidecar,
      opened: s.opened,
    })),
  );
  // A big machine's canvas follows the store in a lower-priority render: an edit reaches the editor (which follows
  // the store outside React) and is painted there before React Flow digests the new nodes and edges (~60 ms at
  // 1,000 states), rather than after. A small machine's canvas updates at once, as before.
  const deferred = useDeferredValue(live);
  const { graph, diagnostics, stale, definition, selectedIds, selectedId, selectionOrigin, renamingId, sidecar, opened } =
    live.graph.nodes.length > BIG_GRAPH ? deferred : live;
  const horizontal = sidecar.direction === 'RIGHT';
  const { layout, standIn, status: layoutStatus, error: layoutError, slow, newDocument } = useCanvasLayout(graph, sidecar, opened);
  // A big machine's stand-in shows its states only: its edges would be drawn once, unrouted, and handed to React
  // Flow twice (~0.3 s of main thread at 5,000 states while the real layout is on its way). A failed layout shows them.
  const edgesShown = !(standIn && layoutStatus === 'pending' && graph.nodes.length > BIG_GRAPH);
  // The minimap covers states when the canvas is narrow: it is shown from MINIMAP_MIN_WIDTH on, if wanted.
  const minimapWanted = useMinimapPref((m) => m.on);
  const wideEnough = useStore((s) => s.width >= MINIMAP_MIN_WIDTH);
  const minimapShown = minimapWanted && wideEnough;
  const view = useViewFit(graph, layout, minimapShown);
  const viewPending = useFitNewDocument(newDocument, graph, layout, horizontal, view, selectedId, minimapShown);
  // What the page reports (tests and the bench wait on it): 'ready' once the canvas shows the store's document (a big
  // machine's canvas lags in a deferred render), laid out, and in its first view.
  const shownStatus = layoutStatus === 'ready' && (live.graph !== graph || viewPending) ? 'pending' : layoutStatus;
  // Work queued behind this graph's first laid-out canvas (a big load's text handed to the editor, its validation)
  // runs after the paint of its first view, not between the layout and that view: there it delayed the canvas's
  // 'ready' by the editor's hand-off and render (~340 ms of main thread at 5,000 states).
  useEffect(() => {
    if (shownStatus === 'ready') useAppStore.getState().canvasShown.showsLayout(graph);
  }, [shownStatus, graph]);
  const interactions = useCanvasInteractions(graph, layout);
  const { dragPositions } = interactions;
  const [selectedEdge, setSelectedEdge] = useState<string>();
  const root = useRef<HTMLElement>(null);
  useRevealSelection(root, selectedId, selectionOrigin, graph, layout, layoutStatus === 'ready', view);
  const getSelectedEdge = useCallback(() => selectedEdge, [selectedEdge]);
  useCanvasKeys(root, getSelectedEdge);
  usePanPointer(root);
  const colorMode = useTheme((t) => t.theme);

  // Unchanged nodes and edges keep their objects: React Flow then re-renders only what changed.
  const [nodeCache] = useState(() => flowCache<StateFlowNode>());
  const [edgeCache] = useState(() => flowCache<TransitionFlowEdge>());
  const nodes = useMemo(() => {
    const base = toFlowNodes(graph, layout, { definition, diagnostics, selectedIds, renamingId, horizontal });
    const dragged = Object.keys(dragPositions).length === 0 ? base : base.map((n) => (dragPositions[n.id] ? { ...n, position: dragPositions[n.id]! } : n));
    return reuseUnchanged(nodeCache, dragged, sameNode);
  }, [nodeCache, graph, layout, definition, diagnostics, selectedIds, renamingId, horizontal, dragPositions]);
  const edges = useMemo(() => {
    if (!edgesShown) return [];
    const base = toFlowEdges(graph, layout).map((e) => (e.id === selectedEdge ? { ...e, selected: true } : e));
    return reuseUnchanged(edgeCache, base, sameEdge);
  }, [edgeCache, graph, layout, selectedEdge, edgesShown]);

  const big = nodes.length > BIG_GRAPH;

  // Where the last click on a state landed: see onPaneDoubleClick.
  const lastNodeClick = useRef<{ id: string; x: number; y: number } | undefined>(undefined);
  const onNodeClick: NodeMouseHandler = useCallback((e, node) => {
    lastNodeClick.current = { id: node.id, x: e.clientX, y: e.clientY };
    setSelectedEdge(undefined);
    const s = useAppStore.getState();
    if (node.data.kind !== 'state') return s.select(undefined);
    if (e.shiftKey || e.metaKey || e.ctrlKey) {
      const ids = s.ui.selectedIds.includes(node.id) ? s.ui.selectedIds.filter((i) => i !== node.id) : [...s.ui.selectedIds, node.id];
      s.setSelection(ids);
    } else s.select(node.id);
  }, []);
  const onNodeDoubleClick: NodeMouseHandler = useCallback((_e, node) => {
    if (node.data.kind === 'state' && !useAppStore.getState().doc.stale) useAppStore.getState().setRenaming(node.id);
  }, []);
  /**
   * A double-click whose first click landed on a state that then moved away (its layout arrived between the two
   * clicks, as right after a drop) ends on the empty pane: it still means that state, which is renamed. The browser
   * has judged the two clicks one double-click (time and place); the pane's single clicks forget the state.
   */
  const onPaneDoubleClick = useCallback((e: MouseEvent) => {
    const first = lastNodeClick.current;
    lastNodeClick.current = undefined;
    if (!first || !(e.target instanceof Element) || !e.target.closest('.react-flow__pane')) return;
    if (Math.hypot(e.clientX - first.x, e.clientY - first.y) > DOUBLE_CLICK_SLOP) return;
    const s = useAppStore.getState();
    if (s.doc.stale || s.doc.graph.byId.get(first.id)?.kind !== 'state') return;
    s.select(first.id);
    s.setRenaming(first.id);
  }, []);
  /** Right-click on a state toggles its simulation breakpoint. */
  const onNodeContextMenu: NodeMouseHandler = useCallback((e, node) => {
    if (node.data.kind !== 'state') return;
    e.preventDefault();
    useSimulationView.getState().toggleBreakpoint(node.id);
  }, []);
  const onEdgeClick: EdgeMouseHandler = useCallback((_e, edge) => {
    setSelectedEdge(edge.id);
    useAppStore.getState().select(undefined);
  }, []);
  const onPaneClick = useCallback((e: MouseEvent) => {
    if (e.detail < 2) lastNodeClick.current = undefined;
    setSelectedEdge(undefined);
    useAppStore.getState().select(undefined);
  }, []);

  return (
    <section
      ref={root}
      tabIndex={-1}
      className={`canvas${stale ? ' stale' : ''}`}
      aria-label="Workflow canvas"
      data-stale={stale ? 'true' : 'false'}
      data-layout-status={shownStatus}
      onDragOver={interactions.onDragOver}
      onDrop={interactions.onDrop}
      onDoubleClick={onPaneDoubleClick}
    >
      <CanvasNotices layoutError={layoutError} connectHint={interactions.connectHint} />
      {slow && <LayoutProgress graph={graph} />}
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        onNodesChange={interactions.onNodesChange}
        onNodeDragStop={interactions.onNodeDragStop}
        onSelectionChange={interactions.onSelectionChange}
        onConnect={interactions.onConnect}
        onConnectEnd={interactions.onConnectEnd}
        isValidConnection={interactions.isValidConnection}
        nodesDraggable={!stale}
        nodesConnectable={!stale}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionMode={SelectionMode.Partial}
        zoomOnDoubleClick={false}
        onMoveStart={view.onMoveStart}
        fitView
        // One object, never a new one per render: React Flow copies a changed prop into its store, where it would
        // replace the options of a fit useFitNewDocument has queued (a big machine's "first states" became all of it).
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
        colorMode={colorMode}
        ariaLabelConfig={ARIA_LABELS}
        onlyRenderVisibleElements={big}
      >
        <Background gap={16} size={1} />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={view.fit} title="Fit View" aria-label="Fit View" className="react-flow__controls-fitview">
            <svg viewBox="0 0 32 30" aria-hidden="true">
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
          <ControlButton onClick={() => useA11yUi.getState().openDialog({ kind: 'goto' })} title="Go to state (Ctrl+G)" aria-label="Go to state">
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </ControlButton>
          <ControlButton
            onClick={() => useMinimapPref.getState().toggle()}
            disabled={!wideEnough}
            aria-pressed={minimapShown}
            title={wideEnough ? (minimapWanted ? 'Hide the minimap' : 'Show the minimap') : 'The canvas is too narrow for the minimap'}
            aria-label="Minimap"
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect x="1.5" y="2.5" width="13" height="11" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <rect x="8" y="8" width="5" height="4" fill="currentColor" />
            </svg>
          </ControlButton>
        </Controls>
        {minimapShown && (big ? <BigMiniMap graph={graph} layout={layout} theme={colorMode} /> : <MiniMap pannable zoomable ariaLabel="Minimap" maskStrokeWidth={1.5} nodeClassName={miniMapNodeClass} />)}
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
