/**
 * The simulation slice as the canvas sees it: each node's run status, the current state, retry counts,
 * breakpoints and the path taken. The simulation panel (src/features/simulation) drives it; the canvas only reads.
 * Simulation state never enters the undo history.
 */
import { create } from 'zustand';
import { dictFrom, own } from '../asl/own.ts';
import { useAppStore } from './store.ts';
import type { NodeStatus } from '../aws/history.ts';
import type { IdentityChange } from '../commands/identity.ts';
import { applyToEdgeKeyed, applyToIdKeyed, mapId } from './stateData.ts';

/** As in the AWS console legend (see data-status on nodes): one type for simulated and AWS runs. */
export type NodeRunStatus = NodeStatus;

export interface SimulationView {
  /** Whether a run is shown on the canvas at all (otherwise nodes show no status). */
  active: boolean;
  nodeStatus: Record<string, NodeRunStatus>;
  /** The state about to run / running (highlighted). */
  currentId: string | undefined;
  retryCounts: Record<string, number>;
  /** Edge ids along the path taken. */
  takenEdges: Record<string, true>;
  /** State ids with a breakpoint. */
  breakpoints: Record<string, true>;
  /** The definition changed since the run shown (an edit, a rename): its colours are marked out of date. */
  stale: boolean;
}

export interface SimulationViewActions {
  toggleBreakpoint: (id: string) => void;
  setView: (view: Partial<SimulationView>) => void;
  clearRun: () => void;
}

/** Breakpoints and the run's node status follow renames and moves (and go with deleted states): stateData.ts. */
function followIdentities(view: SimulationView, changes: readonly IdentityChange[], before: SimulationView | undefined): Partial<SimulationView> {
  const opts = { copies: false };
  let currentId = view.currentId;
  for (const c of changes) currentId = currentId === undefined ? undefined : mapId(currentId, c);
  return {
    breakpoints: applyToIdKeyed(view.breakpoints, changes, before?.breakpoints, opts),
    nodeStatus: applyToIdKeyed(view.nodeStatus, changes, before?.nodeStatus, opts),
    retryCounts: applyToIdKeyed(view.retryCounts, changes, before?.retryCounts, opts),
    takenEdges: applyToEdgeKeyed(view.takenEdges, changes),
    currentId,
  };
}

export const useSimulationView = create<SimulationView & SimulationViewActions>()((set) => ({
  active: false,
  nodeStatus: {},
  currentId: undefined,
  retryCounts: {},
  takenEdges: {},
  breakpoints: {},
  stale: false,
  toggleBreakpoint: (id) =>
    set((s) => {
      const breakpoints = dictFrom(s.breakpoints);
      if (own(breakpoints, id)) delete breakpoints[id];
      else breakpoints[id] = true;
      return { breakpoints };
    }),
  setView: (view) => set(view),
  clearRun: () => set({ active: false, nodeStatus: {}, currentId: undefined, retryCounts: {}, takenEdges: {}, stale: false }),
}));

useAppStore.getState().stateData.register<SimulationView>({
  key: 'simulationView',
  get: () => useSimulationView.getState(),
  set: (view) => useSimulationView.setState(view),
  apply: (view, changes, before) => {
    const next = followIdentities(view, changes, before);
    const same = (Object.keys(next) as (keyof SimulationView)[]).every((k) => next[k] === view[k]);
    return same ? view : { ...view, ...next };
  },
});

// The first edit after a run (any change of the text: a rename, a moved transition, typing) marks the run's colours
// on the canvas as out of date; the next Run (or Reset, or opening another workflow) clears the mark.
useAppStore.subscribe((state, prev) => {
  if (state.doc.text === prev.doc.text) return;
  const view = useSimulationView.getState();
  if (view.active && !view.stale) view.setView({ stale: true });
});
