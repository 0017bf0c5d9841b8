/**
 * The simulation slice as the canvas sees it: each node's run status, the current state, retry counts,
 * breakpoints and the path taken. The simulation panel (src/features/simulation) drives it; the canvas only reads.
 * Simulation state never enters the undo history.
 *
 * Made per app store by `createSimulationView(appStore)`: its breakpoints and run colours are registered with that
 * store's per-state data (they follow its renames, moves, deletes and undo), and that store's edits mark the run
 * out of date. It is a zustand store of its own beside the app store, not fields of it, because a run updates it
 * at every step: in one store every step would run the selectors of every app-store subscriber (a 1,000-state
 * canvas has 1,000 of them), and every edit those of every node's run-status subscription.
 */
import { create } from 'zustand';
import { dictFrom, own } from '../../asl/own.ts';
import type { NodeStatus } from '../../aws/history.ts';
import type { IdentityChange } from '../../commands/identity.ts';
import type { DocumentModel } from '../document.ts';
import { applyToEdgeKeyed, applyToIdKeyed, mapId, type StateDataRegistry } from '../stateData.ts';

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

/** What the simulation view needs of its app store: the per-state data registry and the document's changes. */
interface AppStoreLike {
  getState: () => { stateData: StateDataRegistry; doc: DocumentModel };
  subscribe: (listener: (state: { doc: DocumentModel }, prev: { doc: DocumentModel }) => void) => () => void;
}

export function createSimulationView(appStore: AppStoreLike) {
  const view = create<SimulationView & SimulationViewActions>()((set) => ({
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
    setView: (partial) => set(partial),
    clearRun: () => set({ active: false, nodeStatus: {}, currentId: undefined, retryCounts: {}, takenEdges: {}, stale: false }),
  }));

  appStore.getState().stateData.register<SimulationView>({
    key: 'simulationView',
    get: () => view.getState(),
    set: (data) => view.setState(data),
    apply: (data, changes, before) => {
      const next = followIdentities(data, changes, before);
      const same = (Object.keys(next) as (keyof SimulationView)[]).every((k) => next[k] === data[k]);
      return same ? data : { ...data, ...next };
    },
  });

  // The first edit after a run (any change of the text: a rename, a moved transition, typing) marks the run's colours
  // on the canvas as out of date; the next Run (or Reset, or opening another workflow) clears the mark.
  appStore.subscribe((state, prev) => {
    if (state.doc.text === prev.doc.text) return;
    const current = view.getState();
    if (current.active && !current.stale) current.setView({ stale: true });
  });
  return view;
}

/** A simulation view made by createSimulationView. */
export type SimulationViewStore = ReturnType<typeof createSimulationView>;
