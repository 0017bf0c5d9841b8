/**
 * The simulation slice as the canvas sees it: each node's run status, the current state, retry counts,
 * breakpoints and the path taken. The simulation panel (src/features/simulation) drives it; the canvas only reads.
 * Simulation state never enters the undo history.
 */
import { create } from 'zustand';
import { dictFrom, own } from '../asl/own.ts';

/** As in the AWS console legend (see data-status on nodes). */
export type NodeRunStatus = 'not-run' | 'in-progress' | 'succeeded' | 'failed' | 'caught-error' | 'aborted';

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
}

export interface SimulationViewActions {
  toggleBreakpoint: (id: string) => void;
  setView: (view: Partial<SimulationView>) => void;
  clearRun: () => void;
}

export const useSimulationView = create<SimulationView & SimulationViewActions>()((set) => ({
  active: false,
  nodeStatus: {},
  currentId: undefined,
  retryCounts: {},
  takenEdges: {},
  breakpoints: {},
  toggleBreakpoint: (id) =>
    set((s) => {
      const breakpoints = dictFrom(s.breakpoints);
      if (own(breakpoints, id)) delete breakpoints[id];
      else breakpoints[id] = true;
      return { breakpoints };
    }),
  setView: (view) => set(view),
  clearRun: () => set({ active: false, nodeStatus: {}, currentId: undefined, retryCounts: {}, takenEdges: {} }),
}));
