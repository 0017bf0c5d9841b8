/**
 * AWS execution histories (GetExecutionHistory events) → the simulator's event shape and the canvas's node
 * statuses. Events name states only by name, so each is resolved within its scope: an entered event belongs to
 * the Parallel/Map run its `previousEventId` chain leads to (AWS chains events of the same branch), and names are
 * looked up inside that container (`Par/~b0/Inner`, `Map/~p/Inner`: `stateIds` in src/asl/ids.ts). Pure.
 */
import { stateIds } from '../asl/ids.ts';
import { dict } from '../asl/own.ts';
import type { HistoryEvent } from '../asl/history.ts';

/** A state's status in a run, as in the AWS console's legend; the simulation view uses it too (NodeRunStatus). */
export type NodeStatus = 'not-run' | 'in-progress' | 'succeeded' | 'failed' | 'caught-error' | 'aborted';

/** An SDK event (Date timestamps, undefined fields) as a plain AWS-shaped event. */
export function fromAwsEvent(e: Record<string, unknown>): HistoryEvent {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v instanceof Date ? v.toISOString() : v;
  return { ...out, id: Number(e.id ?? 0), previousEventId: Number(e.previousEventId ?? 0), timestamp: String(out.timestamp ?? ''), type: String(e.type ?? '') };
}

type Obj = Record<string, unknown>;

interface Run {
  id: string;
  kind: string;
  parent: Run | undefined;
  open: boolean;
  errored: boolean;
  status: NodeStatus;
}

const RANK: Record<NodeStatus, number> = { 'not-run': 0, succeeded: 1, 'caught-error': 2, 'in-progress': 3, aborted: 4, failed: 5 };
const CONTAINERS = new Set(['Parallel', 'Map']);

function stateName(e: HistoryEvent): string | undefined {
  const d = (e.stateEnteredEventDetails ?? e.stateExitedEventDetails) as Obj | undefined;
  return typeof d?.name === 'string' ? d.name : undefined;
}

export interface HistoryView {
  nodeStatus: Record<string, NodeStatus>;
  /** The state entered last and still running. */
  currentId: string | undefined;
}

/** Each state's status after these events (the most severe over its runs, e.g. across Map iterations). */
export function historyView(definition: unknown, events: readonly HistoryEvent[]): HistoryView {
  const ids = stateIds(definition);
  const runOf = new Map<number, Run | undefined>();
  const runs: Run[] = [];
  const lastOpen = (pred: (r: Run) => boolean) => [...runs].reverse().find((r) => r.open && pred(r));
  const upTo = (r: Run | undefined, pred: (r: Run) => boolean) => {
    for (let x = r; x; x = x.parent) if (pred(x)) return x;
    return undefined;
  };
  let ended: 'failed' | 'aborted' | 'succeeded' | undefined;
  for (const e of events) {
    const prev = e.previousEventId > 0 ? runOf.get(e.previousEventId) : undefined;
    const name = stateName(e);
    if (e.type.endsWith('StateEntered') && name !== undefined) {
      const container = upTo(prev, (r) => r.open && CONTAINERS.has(r.kind));
      const open: string[] = [];
      for (let x = container; x; x = x.parent) if (x.open && CONTAINERS.has(x.kind)) open.push(x.id);
      const id = ids.ofName(name, open) ?? name;
      const kind = e.type.slice(0, -'StateEntered'.length);
      const run: Run = { id, kind, parent: container, open: true, errored: kind === 'Fail', status: kind === 'Fail' ? 'failed' : 'in-progress' };
      runs.push(run);
      runOf.set(e.id, run);
      continue;
    }
    if (e.type.endsWith('StateExited') && name !== undefined) {
      const named = ids.idsOf(name);
      const run = upTo(prev, (r) => r.open && named.includes(r.id)) ?? lastOpen((r) => named.includes(r.id));
      if (run) {
        run.open = false;
        run.status = run.errored ? 'caught-error' : 'succeeded';
      }
      runOf.set(e.id, run?.parent);
      continue;
    }
    runOf.set(e.id, prev);
    if (e.type === 'ExecutionSucceeded') ended = 'succeeded';
    else if (e.type === 'ExecutionFailed' || e.type === 'ExecutionTimedOut') ended = 'failed';
    else if (e.type === 'ExecutionAborted') ended = 'aborted';
    if (e.type.startsWith('MapIteration') || e.type.startsWith('Execution')) continue;
    const kind = e.type.startsWith('ParallelState') ? 'Parallel' : e.type.startsWith('MapState') ? 'Map' : undefined;
    const owner = kind ? (upTo(prev, (r) => r.kind === kind && r.open) ?? lastOpen((r) => r.kind === kind)) : (prev?.open ? prev : lastOpen((r) => !CONTAINERS.has(r.kind)));
    if (!owner) continue;
    if (/(?:Failed|TimedOut)$/.test(e.type)) owner.errored = true;
    else if (owner.errored && /(?:Scheduled|ParallelStateStarted|MapStateStarted)$/.test(e.type)) owner.errored = false;
  }
  const nodeStatus: Record<string, NodeStatus> = dict();
  for (const r of runs) {
    let s = r.status;
    if (r.open && s === 'in-progress' && ended === 'succeeded') s = 'succeeded';
    else if (r.open && s === 'in-progress' && ended === 'aborted') s = 'aborted';
    else if (r.open && s === 'in-progress' && ended === 'failed') s = r.errored || CONTAINERS.has(r.kind) ? 'failed' : 'aborted';
    const cur = nodeStatus[r.id];
    if (cur === undefined || RANK[s] > RANK[cur]) nodeStatus[r.id] = s;
  }
  const current = ended ? undefined : lastOpen(() => true);
  return { nodeStatus, currentId: current?.id };
}
