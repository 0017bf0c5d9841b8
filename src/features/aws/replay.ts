/**
 * An AWS execution shown like a simulated one: its history becomes the simulation session (History, State runs
 * and Data flow views) and the canvas colours. Standard executions have their full history; Express executions
 * (StartSyncExecution) have none from the API, so their view is built from the result alone: the input and the
 * outcome as two events, and on the canvas only the states every successful run must pass through.
 */
import type { ExecutionDetails } from '../../aws/gateway.ts';
import { own } from '../../asl/own.ts';
import type { NodeStatus } from '../../aws/history.ts';
import { escapeName, stateIds, type StateIds } from '../../asl/ids.ts';
import type { JsonValue } from '../../asl/types.ts';
import type { ExecutionStatus } from '../../simulator/execution.ts';
import type { HistoryEvent } from '../../simulator/events.ts';
import type { StateRun } from '../simulation/protocol.ts';
import type { Session } from '../simulation/session.ts';
import { isRecord as isObject } from '../../asl/values.ts';
import { endsThread, hasNoNext } from '../../asl/stateTypes.ts';

type Obj = Record<string, unknown>;

function parse(text: unknown): JsonValue | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

const ms = (timestamp: string): number => Date.parse(timestamp) || 0;

function details(e: HistoryEvent): Obj {
  const key = Object.keys(e).find((k) => k.endsWith('EventDetails'));
  const d = key ? e[key] : undefined;
  return isObject(d) ? d : {};
}

const CONTAINERS = new Set(['Parallel', 'Map']);

/** A state's canvas id: the one inside the innermost Parallel/Map still open, else the top-level one. */
function resolveId(ids: StateIds, open: readonly StateRun[], name: string): string {
  const containers: string[] = [];
  for (let i = open.length - 1; i >= 0; i--) {
    const r = open[i] as StateRun;
    if (CONTAINERS.has(r.type) && r.id) containers.push(r.id);
  }
  return ids.ofName(name, containers) ?? '';
}

/**
 * The state runs of an AWS history (entered → exited, with the task result and any error in between), each with
 * its canvas id. Events between a state's entered and exited events belong to the innermost state still open.
 */
export function runsFromHistory(definition: unknown, events: readonly HistoryEvent[]): StateRun[] {
  const ids = stateIds(definition);
  const runs: StateRun[] = [];
  const open: StateRun[] = [];
  const attempts = new Map<string, number>();
  for (const e of events) {
    const d = details(e);
    const at = ms(e.timestamp);
    if (e.type.endsWith('StateEntered') && typeof d.name === 'string') {
      const input = parse(d.input) ?? null;
      const run: StateRun = { path: d.name, stateName: d.name, type: e.type.slice(0, -'StateEntered'.length), enteredAt: at, exitedAt: at, retryCount: 0, input, id: resolveId(ids, open, d.name), thread: '' };
      runs.push(run);
      open.push(run);
      continue;
    }
    if (e.type.endsWith('StateExited') && typeof d.name === 'string') {
      const i = open.map((r) => r.stateName).lastIndexOf(d.name);
      const run = i >= 0 ? open.splice(i, 1)[0] : undefined;
      if (run) {
        const output = parse(d.output);
        if (output !== undefined) run.output = output;
        run.exitedAt = at;
      }
      continue;
    }
    const current = open[open.length - 1];
    if (!current || e.type.startsWith('Execution')) continue;
    if (/^(?:TaskSucceeded|LambdaFunctionSucceeded|ActivitySucceeded)$/.test(e.type) && d.output !== undefined) current.result = parse(d.output);
    if (/(?:Scheduled|Started)$/.test(e.type) && current.error !== undefined) {
      // A retry: the same state runs again after an error.
      const n = (attempts.get(current.path) ?? 0) + 1;
      attempts.set(current.path, n);
      const again: StateRun = { ...current, retryCount: n, enteredAt: at, exitedAt: at };
      delete again.error;
      delete again.cause;
      delete again.result;
      runs.push(again);
      open[open.length - 1] = again;
    }
    if (/(?:Failed|TimedOut)$/.test(e.type) && typeof d.error === 'string') {
      current.error = d.error;
      if (typeof d.cause === 'string') current.cause = d.cause;
    }
  }
  return runs;
}

function sessionStatus(status: ExecutionDetails['status']): ExecutionStatus {
  return status === 'PENDING_REDRIVE' ? 'FAILED' : status;
}

/** The simulation session that shows an AWS execution (its history, runs, outcome). */
export function sessionFromExecution(definition: unknown, execution: ExecutionDetails, events: readonly HistoryEvent[]): Partial<Session> {
  const runs = runsFromHistory(definition, events);
  const start = events[0] ? ms(events[0].timestamp) : Date.parse(execution.startDate ?? '') || 0;
  const end = events.length ? ms(events[events.length - 1]!.timestamp) : Date.parse(execution.stopDate ?? '') || start;
  return {
    status: sessionStatus(execution.status),
    running: false,
    pausedAt: undefined,
    startTime: start,
    now: end,
    transitions: runs.length,
    steps: runs.length,
    canStepBack: false,
    output: parse(execution.output),
    error: execution.error,
    cause: execution.cause,
    events: [...events],
    runs,
    logs: [],
    lastResults: {},
    selectedRun: undefined,
    announcement: `Showing AWS execution ${execution.name}: ${execution.status}`,
  };
}

/** The two events an Express result gives: the input, and how it ended. */
export function expressEvents(execution: ExecutionDetails): HistoryEvent[] {
  const start = execution.startDate ?? new Date(0).toISOString();
  const stop = execution.stopDate ?? start;
  const first: HistoryEvent = { id: 1, previousEventId: 0, timestamp: start, type: 'ExecutionStarted', executionStartedEventDetails: { input: execution.input ?? '{}' } };
  const outcome: Record<string, [string, string, Obj]> = {
    SUCCEEDED: ['ExecutionSucceeded', 'executionSucceededEventDetails', { output: execution.output ?? 'null' }],
    FAILED: ['ExecutionFailed', 'executionFailedEventDetails', { error: execution.error, cause: execution.cause }],
    TIMED_OUT: ['ExecutionTimedOut', 'executionTimedOutEventDetails', { error: execution.error, cause: execution.cause }],
    ABORTED: ['ExecutionAborted', 'executionAbortedEventDetails', { error: execution.error, cause: execution.cause }],
  };
  const end = outcome[execution.status];
  return end ? [first, { id: 2, previousEventId: 1, timestamp: stop, type: end[0], [end[1]]: end[2] }] : [first];
}

/**
 * The top-level states every run must pass through, in order: from StartAt along `Next` until a state whose
 * successor is not fixed (a Choice, a state with Catch) or that ends the run.
 */
export function certainPath(definition: unknown): string[] {
  if (!isObject(definition) || !isObject(definition.States) || typeof definition.StartAt !== 'string') return [];
  const states = definition.States;
  const path: string[] = [];
  for (let name: unknown = definition.StartAt; typeof name === 'string' && !path.includes(name); ) {
    const s = own(states, name);
    if (!isObject(s)) break;
    path.push(name);
    if (hasNoNext(s.Type) || s.End === true || (Array.isArray(s.Catch) && s.Catch.length > 0)) break;
    name = s.Next;
  }
  return path;
}

/**
 * Canvas colours for an Express result: when it succeeded, the states every run passes through succeeded; when it
 * failed, only a machine whose first state is its only certain state shows that state failed. Nothing else is
 * known (no step history).
 */
export function expressNodeStatus(definition: unknown, status: ExecutionDetails['status']): Record<string, NodeStatus> {
  const path = certainPath(definition);
  if (status === 'SUCCEEDED') return Object.fromEntries(path.map((n) => [escapeName(n), 'succeeded' as const]));
  const only = path.length === 1 ? path[0] : undefined;
  const states = isObject(definition) && isObject(definition.States) ? definition.States : {};
  const s = only !== undefined ? own(states, only) : undefined;
  if (only !== undefined && isObject(s) && endsThread(s)) return { [escapeName(only)]: status === 'ABORTED' ? 'aborted' : 'failed' };
  return {};
}
