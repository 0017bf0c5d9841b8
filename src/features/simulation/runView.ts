/**
 * The canvas view of a run, built incrementally from the simulator's state runs (inspection records): each
 * canvas id's status in the AWS console's terms, retry counts, and the transitions taken (pairs of canvas ids;
 * the page maps them to edge ids). A run with an error and an output was caught; with an error and no output it
 * failed (until a retry of the same path follows); without an error it succeeded. The same canvas id seen in
 * many Map iterations shows the most severe status (failed > in progress > caught error > succeeded).
 */
import type { GraphEdge } from '../../asl/graph.ts';
import { dict } from '../../asl/own.ts';
import type { NodeRunStatus, SimulationView } from '../../store/simulation.ts';
import type { StateRun } from './protocol.ts';

export interface CanvasRunView {
  nodeStatus: Record<string, NodeRunStatus>;
  retryCounts: Record<string, number>;
  /** [from, to, via a Catch] canvas ids. */
  pairs: [string, string, boolean][];
  /** The first top-level state (the start edge), and the last one when the execution succeeded (the end edge). */
  firstId: string | undefined;
  endId: string | undefined;
  currentId: string | undefined;
}

const RANK: Record<NodeRunStatus, number> = { 'not-run': 0, succeeded: 1, 'caught-error': 2, 'in-progress': 3, aborted: 4, failed: 5 };

export function runStatus(r: Pick<StateRun, 'error' | 'output'>): NodeRunStatus {
  if (r.output !== undefined) return r.error !== undefined ? 'caught-error' : 'succeeded';
  return 'failed';
}

export class RunViewBuilder {
  private readonly pathStatus = new Map<string, { id: string; status: NodeRunStatus }>();
  private readonly retries = new Map<string, number>();
  private readonly lastInThread = new Map<string, { path: string; id: string; caught: boolean }>();
  private readonly pairs = new Map<string, [string, string, boolean]>();
  private firstId: string | undefined;
  private lastTopId: string | undefined;

  add(r: StateRun): void {
    if (!r.id) return;
    const status = runStatus(r);
    this.pathStatus.set(r.path, { id: r.id, status });
    if (r.retryCount > (this.retries.get(r.id) ?? 0)) this.retries.set(r.id, r.retryCount);
    const prev = this.lastInThread.get(r.thread);
    if (prev && prev.path !== r.path) this.pairs.set(`${prev.id}\n${r.id}\n${prev.caught}`, [prev.id, r.id, prev.caught]);
    this.lastInThread.set(r.thread, { path: r.path, id: r.id, caught: status === 'caught-error' });
    if (r.thread === '') {
      this.firstId ??= r.id;
      this.lastTopId = r.id;
    }
  }

  /**
   * The view, with the states now running (outermost first) marked in progress, or aborted: a running path
   * overrides its own earlier attempt (a retry in progress is not failed yet).
   */
  view(active: readonly { path: string; id: string }[], activeStatus: 'in-progress' | 'aborted', succeeded: boolean): CanvasRunView {
    const running = new Set(active.map((a) => a.path));
    const nodeStatus: Record<string, NodeRunStatus> = dict();
    const put = (id: string, status: NodeRunStatus) => {
      const cur = nodeStatus[id];
      if (cur === undefined || RANK[status] > RANK[cur]) nodeStatus[id] = status;
    };
    for (const [path, { id, status }] of this.pathStatus) put(id, running.has(path) ? activeStatus : status);
    for (const a of active) put(a.id, activeStatus);
    const ids = active.map((a) => a.id);
    return {
      nodeStatus,
      retryCounts: Object.fromEntries(this.retries),
      pairs: [...this.pairs.values()],
      firstId: this.firstId ?? ids[0],
      endId: succeeded ? this.lastTopId : undefined,
      currentId: activeStatus === 'in-progress' ? ids[ids.length - 1] : undefined,
    };
  }
}

// The engine's canvas view → the simulation slice the canvas reads (edge ids from the current graph).
export function takenEdgeIds(view: CanvasRunView, edges: readonly GraphEdge[]): Record<string, true> {
  const out: Record<string, true> = dict();
  const bySource = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const list = bySource.get(e.source);
    if (list) list.push(e);
    else bySource.set(e.source, [e]);
  }
  for (const [from, to, caught] of view.pairs) {
    const candidates = (bySource.get(from) ?? []).filter((e) => e.target === to);
    const edge = candidates.find((e) => (e.kind === 'catch') === caught) ?? candidates[0];
    if (edge) out[edge.id] = true;
  }
  if (view.firstId) out[`start->${view.firstId}`] = true;
  if (view.endId) out[`${view.endId}->end`] = true;
  return out;
}

export function toSliceView(view: CanvasRunView, edges: readonly GraphEdge[]): Partial<SimulationView> {
  return {
    active: true,
    nodeStatus: view.nodeStatus,
    retryCounts: view.retryCounts,
    currentId: view.currentId,
    takenEdges: takenEdgeIds(view, edges),
  };
}

/** After Stop: what was running is aborted. */
export function abortStatuses(status: Record<string, NodeRunStatus>): Record<string, NodeRunStatus> {
  const out: Record<string, NodeRunStatus> = dict();
  for (const [id, s] of Object.entries(status)) out[id] = s === 'in-progress' ? 'aborted' : s;
  return out;
}
