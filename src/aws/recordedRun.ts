/**
 * What a recorded execution says, as the parts of a test: the input, every task invocation with what it answered
 * (its `Return`, or `Throw {Error, Cause}` for a failure or timeout, one per attempt, so retries are kept), each
 * tagged with the simulator's thread path of its state (`Par/1/Inner`, `Map/3/Task`, see
 * src/asl/ids.ts, stateIds), and the outcome: status, output or error and cause, and the top-level
 * states entered. The thread path lets the mocks be put in the order the simulator asks for them
 * (src/simulator/recordedMocks.ts): concurrent Map iterations and Parallel branches interleave differently on
 * AWS, and MockConfigFile counts invocations per state name.
 *
 * Events name states only by name. Each event is attributed by its `previousEventId` chain (AWS links the events of
 * one branch or iteration), and where the chain is missing, to the innermost open state. Pure.
 */
import type { HistoryEvent } from '../asl/history.ts';
import { own } from '../asl/own.ts';
import type { JsonValue } from '../asl/types.ts';
import { isRecord } from '../asl/values.ts';

type Obj = Record<string, unknown>;

/** One mocked answer, as in a MockConfigFile's MockedResponses (src/simulator/mockConfig.ts). */
export interface RecordedOutcome {
  Return?: JsonValue;
  Throw?: { Error?: string; Cause?: string };
}

export interface RecordedInvocation {
  stateName: string;
  /** The state's thread path, as the simulator's TaskRequest.path names it. */
  path: string;
  outcome: RecordedOutcome;
}

export interface RecordedExpectation {
  status: 'SUCCEEDED' | 'FAILED';
  output?: JsonValue;
  error?: string;
  cause?: string;
  /** Top-level states entered, in order (a retry does not re-enter), as conformance cases list them. */
  path: string[];
}

export interface RecordedRun {
  input: JsonValue;
  invocations: RecordedInvocation[];
  expected: RecordedExpectation;
  warnings: string[];
}

export type RecordedRunResult = { ok: true; run: RecordedRun } | { ok: false; message: string };

interface Run {
  name: string;
  type: string;
  /** The thread path of the state itself (`Map/0/Inner`). */
  path: string;
  /** The thread it runs in ('' at the top level). */
  thread: string;
  /** The States object the state was found in. */
  scope: Obj | undefined;
  def: Obj | undefined;
  parent: Run | undefined;
  open: boolean;
  /** The iteration index of the latest MapIterationStarted (a Map run only). */
  iteration: number;
}

const TASK_EVENT = /^(?:Task|LambdaFunction|Activity)/;
const SCHEDULED = /^(?:TaskScheduled|LambdaFunctionScheduled|ActivityScheduled)$/;
const SUCCEEDED = /^(?:TaskSucceeded|LambdaFunctionSucceeded|ActivitySucceeded)$/;
const FAILED = /^(?:Task|LambdaFunction|Activity)(?:Failed|TimedOut|StartFailed|SubmitFailed|ScheduleFailed)$/;

function detailsOf(e: HistoryEvent): Obj {
  const key = Object.keys(e).find((k) => k.endsWith('EventDetails'));
  const d = key ? e[key] : undefined;
  return isRecord(d) ? d : {};
}

/** A payload as JSON (AWS sends text; a text that is not JSON stays a string). */
function payload(v: unknown): JsonValue {
  if (typeof v !== 'string') return v === undefined ? null : (v as JsonValue);
  try {
    return JSON.parse(v) as JsonValue;
  } catch {
    return v;
  }
}

function scopeStates(scope: unknown): Obj | undefined {
  return isRecord(scope) && isRecord(scope.States) ? scope.States : undefined;
}

/** The States of the scope a child thread of `run` runs in (a branch, or the Map's item processor). */
function childStates(run: Run, branch: number): Obj | undefined {
  const d = run.def;
  if (!d) return undefined;
  if (d.Type === 'Parallel') return Array.isArray(d.Branches) ? scopeStates(d.Branches[branch]) : undefined;
  return scopeStates(d.ItemProcessor ?? d.Iterator);
}

function branchOf(run: Run, name: string): number {
  const branches = run.def && Array.isArray(run.def.Branches) ? run.def.Branches : [];
  const i = branches.findIndex((b) => own(scopeStates(b), name) !== undefined);
  return Math.max(0, i);
}

/** The history's task invocations and outcome against a definition (see the module comment). */
export function recordedRun(definition: unknown, events: readonly HistoryEvent[]): RecordedRunResult {
  const fail = (message: string): RecordedRunResult => ({ ok: false, message });
  const started = events.find((e) => e.type === 'ExecutionStarted');
  if (!started) return fail('The history has no ExecutionStarted event, so its input is unknown');
  const end = [...events].reverse().find((e) => /^Execution(?:Succeeded|Failed|TimedOut|Aborted)$/.test(e.type));
  if (!end) return fail('The execution had not ended when this history was saved');
  if (end.type === 'ExecutionAborted') return fail('The execution was stopped (ABORTED): there is no outcome to test');
  if (end.type === 'ExecutionTimedOut') return fail('The execution timed out: that depends on real time, which a test cannot replay');

  const top = scopeStates(definition);
  const warnings: string[] = [];
  const unknown = new Set<string>();
  const byId = new Map<number, HistoryEvent>();
  const ownerOf = new Map<number, Run>();
  const runs: Run[] = [];
  const invocations: RecordedInvocation[] = [];
  const pending = new Map<Run, true>();
  const path: string[] = [];
  const latestOpen = (pred: (r: Run) => boolean) => {
    for (let i = runs.length - 1; i >= 0; i--) if (runs[i]!.open && pred(runs[i]!)) return runs[i];
    return undefined;
  };
  const upFrom = (r: Run | undefined, pred: (r: Run) => boolean) => {
    for (let x = r; x; x = x.parent) if (pred(x)) return x;
    return undefined;
  };

  for (const e of events) {
    byId.set(e.id, e);
    const d = detailsOf(e);
    const prevEvent = e.previousEventId > 0 ? byId.get(e.previousEventId) : undefined;
    const prevOwner = prevEvent ? ownerOf.get(prevEvent.id) : undefined;
    const name = typeof d.name === 'string' ? d.name : undefined;

    if (e.type.endsWith('StateEntered') && name !== undefined) {
      const startsChild = (prevEvent?.type === 'MapIterationStarted' || prevEvent?.type === 'ParallelStateStarted') && prevOwner !== undefined;
      const holds = (c: Run) => c.open && (c.type === 'Parallel' || c.type === 'Map') && own(childStates(c, branchOf(c, name)), name) !== undefined;
      let parent: Run | undefined;
      let thread = '';
      let states = top;
      if (prevOwner && !startsChild && own(prevOwner.scope, name) !== undefined) {
        // The next state of the same thread.
        ({ parent, thread, scope: states } = prevOwner);
      } else {
        // The first state of a branch or iteration: by the link, else the innermost open container that has it.
        const container = startsChild ? prevOwner : (upFrom(prevOwner, holds) ?? latestOpen(holds));
        if (container) {
          const iterationIndex = prevEvent?.type === 'MapIterationStarted' ? detailsOf(prevEvent).index : undefined;
          const index = container.type === 'Map' ? (typeof iterationIndex === 'number' ? iterationIndex : container.iteration) : branchOf(container, name);
          parent = container;
          thread = `${container.path}/${index}`;
          states = childStates(container, index);
        } else if (prevOwner) ({ parent, thread, scope: states } = prevOwner);
      }
      const def = own(states, name);
      if (!isRecord(def)) unknown.add(name);
      const run: Run = { name, type: e.type.slice(0, -'StateEntered'.length), path: thread ? `${thread}/${name}` : name, thread, scope: states, def: isRecord(def) ? def : undefined, parent, open: true, iteration: 0 };
      runs.push(run);
      ownerOf.set(e.id, run);
      if (thread === '') path.push(name);
      continue;
    }
    if (e.type.endsWith('StateExited') && name !== undefined) {
      const run = upFrom(prevOwner, (r) => r.open && r.name === name) ?? latestOpen((r) => r.name === name);
      if (run) {
        run.open = false;
        ownerOf.set(e.id, run);
      }
      continue;
    }
    if (e.type === 'MapIterationStarted') {
      const map = upFrom(prevOwner, (r) => r.open && r.type === 'Map' && (name === undefined || r.name === name)) ?? latestOpen((r) => r.type === 'Map' && (name === undefined || r.name === name));
      if (map) {
        if (typeof d.index === 'number') map.iteration = d.index;
        ownerOf.set(e.id, map);
      }
      continue;
    }
    if (e.type === 'ParallelStateStarted') {
      const par = upFrom(prevOwner, (r) => r.open && r.type === 'Parallel') ?? latestOpen((r) => r.type === 'Parallel');
      if (par) ownerOf.set(e.id, par);
      continue;
    }
    if (!TASK_EVENT.test(e.type)) {
      if (prevOwner) ownerOf.set(e.id, prevOwner);
      continue;
    }
    const owner = prevOwner?.open ? prevOwner : latestOpen((r) => r.type === 'Task');
    if (owner) ownerOf.set(e.id, owner);
    if (!owner || owner.type !== 'Task') continue;
    if (SCHEDULED.test(e.type)) {
      pending.set(owner, true);
      continue;
    }
    let outcome: RecordedOutcome | undefined;
    if (SUCCEEDED.test(e.type)) outcome = { Return: payload(d.output) };
    else if (FAILED.test(e.type)) {
      const t: { Error?: string; Cause?: string } = {};
      if (typeof d.error === 'string') t.Error = d.error;
      if (typeof d.cause === 'string') t.Cause = d.cause;
      outcome = { Throw: t };
    }
    if (!outcome) continue;
    if (!pending.has(owner) && !e.type.endsWith('ScheduleFailed')) warnings.push(`A result of '${owner.name}' (event ${e.id}) follows no scheduled call`);
    pending.delete(owner);
    invocations.push({ stateName: owner.name, path: owner.path, outcome });
  }

  if (unknown.size > 0) warnings.push(`The history runs states this workflow does not have: ${[...unknown].slice(0, 5).join(', ')}${unknown.size > 5 ? '…' : ''}`);
  if (pending.size > 0) warnings.push(`${pending.size} task call${pending.size === 1 ? ' has' : 's have'} no recorded result`);
  const ed = detailsOf(end);
  const expected: RecordedExpectation =
    end.type === 'ExecutionSucceeded'
      ? { status: 'SUCCEEDED', output: payload(ed.output), path }
      : { status: 'FAILED', ...(typeof ed.error === 'string' ? { error: ed.error } : {}), ...(typeof ed.cause === 'string' ? { cause: ed.cause } : {}), path };
  const input = detailsOf(started).input;
  return { ok: true, run: { input: input === undefined ? {} : payload(input), invocations, expected, warnings } };
}
