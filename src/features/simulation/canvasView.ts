/** The engine's canvas view → the simulation slice the canvas reads (edge ids from the current graph). */
import type { GraphEdge } from '../../asl/graph.ts';
import type { NodeRunStatus, SimulationView } from '../../store/simulation.ts';
import type { CanvasRunView } from './runView.ts';

export function takenEdgeIds(view: CanvasRunView, edges: readonly GraphEdge[]): Record<string, true> {
  const out: Record<string, true> = {};
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
  const out: Record<string, NodeRunStatus> = {};
  for (const [id, s] of Object.entries(status)) out[id] = s === 'in-progress' ? 'aborted' : s;
  return out;
}
