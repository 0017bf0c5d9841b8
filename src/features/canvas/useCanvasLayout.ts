import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StateGraph } from '../../asl/index.ts';
import { createLayoutEngine, LayoutSupersededError, type LayoutEngine } from '../../layout/engine.ts';
import { applySidecar, type LayoutSidecar } from '../../layout/sidecar.ts';
import type { LayoutResult } from '../../layout/types.ts';
import type { CanvasLayout } from './layoutTypes.ts';
import { naiveLayout } from './naiveLayout.ts';
import { renameLayout, renameMapping } from './renameLayout.ts';

let engine: LayoutEngine | undefined;
function layoutEngine(): LayoutEngine {
  engine ??= createLayoutEngine();
  return engine;
}

/** The same hand-placed positions (a rename with none makes a new, empty, positions object). */
function samePins(a: LayoutSidecar['positions'], b: LayoutSidecar['positions']): boolean {
  if (a === b) return true;
  for (const _ in a) return false;
  for (const _ in b) return false;
  return true;
}

export type LayoutStatus = 'pending' | 'ready' | 'failed';

/** A layout still pending after this long shows a progress notice on the canvas. */
export const SLOW_LAYOUT_MS = 300;

const FIT_MIN_NEW_STATES = 2;

function newStates(previous: LayoutResult, graph: StateGraph): number {
  let n = 0;
  for (const node of graph.nodes) if (node.kind === 'state' && !previous.nodes[node.id]) n++;
  return n;
}

/**
 * Keeping the previous positions only makes sense for an edit of the same machine: when most states are new (a
 * paste of another definition, an import), lay out from scratch.
 */
function mostlySame(previous: LayoutResult, graph: StateGraph): boolean {
  let states = 0;
  let kept = 0;
  for (const n of graph.nodes) {
    if (n.kind !== 'state') continue;
    states++;
    if (previous.nodes[n.id]) kept++;
  }
  return states === 0 || kept * 2 >= states;
}

/**
 * The layout of the current graph: computed by elkjs in a worker (a synchronous stand-in is shown until the first
 * answer), kept stable across edits (the previous layout is passed along), with the sidecar's manual positions
 * applied on top.
 */
export interface CanvasLayoutState {
  layout: CanvasLayout;
  status: LayoutStatus;
  error?: string;
  /** The layout is (mostly) the synchronous stand-in: no computed layout of this document yet. */
  standIn: boolean;
  /** The layout has been pending for over SLOW_LAYOUT_MS. */
  slow: boolean;
  /** Bumped when the layout of a different document (a paste, an import, an open) arrives: time to fit the view. */
  newDocument: number;
}

/**
 * `opened`: the store's count of opened documents. The layout of another document is never the base of this one's
 * (nor its stand-in): an opened workflow is drawn as a fresh page load draws it, whatever was open before.
 */
export function useCanvasLayout(graph: StateGraph, sidecar: LayoutSidecar, opened = 0): CanvasLayoutState {
  const [computed, setComputed] = useState<{ graph: StateGraph; layout: LayoutResult; direction: string; opened: number } | undefined>();
  const [newDocument, setNewDocument] = useState(0);
  const [failed, setFailed] = useState<{ graph: StateGraph; message: string }>();
  const previous = useRef<
    { graph: StateGraph; layout: LayoutResult; direction: string; fresh: boolean; opened: number; pinned: LayoutSidecar['positions'] } | undefined
  >(undefined);
  // The opened document the view was last fitted to (none yet: the first layout is fitted too, by firstView.ts; React
  // Flow's own fitView only frames the stand-in). Kept apart from `previous`: a document opened before the one
  // before it had its first layout is fitted too.
  const fittedFor = useRef<number | undefined>(undefined);
  const direction = sidecar.direction;
  const pinned = sidecar.positions;
  const manualCount = Object.keys(pinned).length;
  const tidy = manualCount === 0;

  // A layout effect: the request reaches the worker right after this commit, before React Flow's own (passive)
  // effects digest the stand-in's nodes and edges (~0.3 s at 5,000 states), so both run at the same time.
  useLayoutEffect(() => {
    let live = true;
    const prev = previous.current;
    const other = prev !== undefined && prev.opened !== opened;
    const same = !prev || (!other && mostlySame(prev.layout, graph));
    // A different document, not a state dropped into an (almost) empty one, or the other direction: the view is
    // fitted to it.
    const fit =
      opened !== fittedFor.current || (!same && newStates(prev.layout, graph) >= FIT_MIN_NEW_STATES) || (prev !== undefined && prev.direction !== direction);
    const usePrevious = prev && prev.direction === direction && !(tidy && !prev.fresh) && same;
    // A rename that moves no box: the previous layout under the new ids (derived below too), no worker round trip.
    const renamed = usePrevious && prev.graph !== graph ? renameMapping(prev.graph, graph) : undefined;
    if (prev && renamed && samePins(prev.pinned, pinned)) {
      previous.current = { ...prev, graph, layout: renameLayout(prev.layout, renamed) };
      return;
    }
    // A rename that resizes a box: the previous layout under the new ids, so the layout keeps every box in place.
    const resized = usePrevious && !renamed ? renameMapping(prev.graph, graph, { anySize: true }) : undefined;
    const mapping = resized ?? renamed;
    const base = usePrevious ? (mapping ? renameLayout(prev.layout, mapping) : prev.layout) : undefined;
    const pins = tidy ? {} : { pinned };
    layoutEngine()
      .layout(graph, { direction, ...(base ? { previous: base } : {}), ...pins }, 'canvas')
      .then((layout) => {
        if (!live) return;
        previous.current = { graph, layout, direction, fresh: tidy, opened, pinned };
        setComputed({ graph, layout, direction, opened });
        setFailed(undefined);
        if (fit) {
          fittedFor.current = opened;
          setNewDocument((k) => k + 1);
        }
      })
      .catch((e: unknown) => {
        if (!live || e instanceof LayoutSupersededError) return;
        setFailed({ graph, message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, [graph, direction, tidy, opened, pinned]);

  const { layout, standIn, renamed } = useMemo(() => {
    // The stand-in only where the computed layout does not cover the graph (not recomputed when it does).
    if (!computed || computed.opened !== opened) return { layout: naiveLayout(graph), standIn: true, renamed: false };
    if (computed.graph === graph) return { layout: applySidecar(computed.layout, sidecar, graph), standIn: false, renamed: false };
    const mapping = computed.direction === direction ? renameMapping(computed.graph, graph) : undefined;
    if (mapping) return { layout: applySidecar(renameLayout(computed.layout, mapping), sidecar, graph), standIn: false, renamed: true };
    const base: LayoutResult = { ...computed.layout, nodes: { ...naiveLayout(graph).nodes, ...computed.layout.nodes } };
    return { layout: applySidecar(base, sidecar, graph), standIn: !mostlySame(computed.layout, graph), renamed: false };
  }, [graph, computed, sidecar, direction, opened]);

  const status: LayoutStatus =
    failed?.graph === graph
      ? 'failed'
      : (computed?.graph === graph || renamed) && computed?.direction === direction && computed.opened === opened
        ? 'ready'
        : 'pending';
  const [slowFor, setSlowFor] = useState<StateGraph>();
  useEffect(() => {
    if (status !== 'pending') return;
    const t = setTimeout(() => setSlowFor(graph), SLOW_LAYOUT_MS);
    return () => clearTimeout(t);
  }, [status, graph]);
  return { layout, standIn, status, error: failed?.graph === graph ? failed.message : undefined, slow: status === 'pending' && slowFor === graph, newDocument };
}
