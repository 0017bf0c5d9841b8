/**
 * The simulator's entry points: `startExecution` builds the first snapshot, `step` advances one state (returning
 * a new immutable snapshot, synchronously when nothing awaits), `run` (run.ts) is an abortable loop stepping the
 * same way on one mutable context that stops at breakpoints, `stepBack` returns the previous snapshot.
 * `conclude` and `makeSnapshot` are shared by `step` and `run`.
 *
 * Limits (limits.ts): AWS's 25,000 history events and 256 KiB payloads, and a transition cap against runaway
 * loops; the machine's TimeoutSeconds is checked against the virtual clock after every step (ExecutionTimedOut,
 * error States.Timeout).
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { seededRandom, seededUuid } from '../asl/seeded.ts';
import { startThread } from './children.ts';
import { compileMachine } from './compile.ts';
import { ERRORS, StatesError, toStatesError } from './errors.ts';
import { exceedsPayload, executionStartedDetails, executionSucceededDetails } from './events.ts';
import type { ExecutionOptions, ExecutionSnapshot, MaybePromise, ResolvedOptions, TaskInvoker, Thread } from './execution.ts';
import { resolveLimits } from './limits.ts';
import { AppendLog } from './log.ts';
import { StepContext } from './runtime.ts';
import { keepShape } from './shapes.ts';
import { advance } from './step.ts';
import { statePath, type Advance } from './thread.ts';

const DEFAULT_START = Date.UTC(2024, 0, 1);

/**
 * The state machine's and the execution's ARNs (in the simulator's fixed account and region). The last pair is
 * kept (a pure cache of two strings: a test suite or a bench starts thousands of executions with the same names).
 */
let lastArns = { smName: '', name: '', arns: ['', ''] as readonly [string, string] };
function arnsOf(smName: string, name: string): readonly [string, string] {
  if (lastArns.smName !== smName || lastArns.name !== name || lastArns.arns[0] === '') {
    const arns = [`arn:aws:states:us-east-1:123456789012:stateMachine:${smName}`, `arn:aws:states:us-east-1:123456789012:execution:${smName}:${name}`] as const;
    lastArns = { smName, name, arns };
  }
  return lastArns.arns;
}

/** The default UUID source (one function for every execution, not a closure per execution). */
const randomUuid = (): string => globalThis.crypto.randomUUID();

const noInvoker: TaskInvoker = () => ({ error: ERRORS.Runtime, cause: 'No task invoker was configured for this simulation' });
const NO_MAP_ITEMS: Record<string, JsonValue[]> = Object.freeze({});

function resolveOptions(o: ExecutionOptions): ResolvedOptions {
  const name = o.name ?? 'simulated-execution';
  const smName = o.stateMachineName ?? 'SimulatedStateMachine';
  const [stateMachineArn, executionArn] = arnsOf(smName, name);
  return {
    invoker: o.invoker ?? noInvoker,
    name,
    startTime: o.startTime ?? DEFAULT_START,
    limits: resolveLimits(o.limits),
    inspect: o.inspect ?? true,
    random: o.random ?? (o.seed === undefined ? Math.random : seededRandom(o.seed)),
    uuid: o.uuid ?? (o.seed === undefined ? randomUuid : seededUuid(seededRandom(o.seed ^ 0x5bd1e995))),
    roleArn: o.roleArn ?? 'arn:aws:iam::123456789012:role/SimulatedRole',
    stateMachineName: smName,
    stateMachineArn,
    executionArn,
    mapItems: o.mapItems ?? NO_MAP_ITEMS,
    taskTokenPrefix: o.taskTokenPrefix ?? 'token',
  };
}

/** The first snapshot of an execution: ExecutionStarted recorded, the first state not yet run. */
export function startExecution(definition: StateMachineDefinition, options: ExecutionOptions = {}): ExecutionSnapshot {
  const machine = compileMachine(definition);
  const opts = resolveOptions(options);
  const input: JsonValue = options.input === undefined ? {} : options.input;
  const events = new AppendLog<import('./events.ts').HistoryEvent>();
  const base: ExecutionSnapshot = {
    machine,
    options: opts,
    status: 'RUNNING',
    root: null,
    events,
    eventCount: 0,
    inspections: new AppendLog(),
    inspectionCount: 0,
    transitions: 0,
    steps: 0,
    now: opts.startTime,
    invocations: {},
    previous: null,
    executionInput: input,
    defaultLanguage: machine.lang,
  };
  const ctx = new StepContext(base);
  // The first state's entered event points at 0, not at ExecutionStarted (recordings).
  ctx.emitAside('ExecutionStarted', 'executionStartedEventDetails', executionStartedDetails(input, opts.roleArn, opts.stateMachineArn));
  if (exceedsPayload(input, opts.limits.maxPayloadBytes)) {
    return finishStep(ctx, base, { kind: 'failed', error: ERRORS.DataLimitExceeded, cause: 'The execution input exceeds the maximum size' }, false);
  }
  const root = startThread(machine, '', input, {}, opts.startTime);
  return makeSnapshot(base, ctx.events, base.inspections, root, ctx.events.length, 0, 0, 0, opts.startTime, base.invocations, null, null);
}

/** Advance by one state. Returns the same snapshot when the execution is over. */
export function step(s: ExecutionSnapshot): MaybePromise<ExecutionSnapshot> {
  if (s.status !== 'RUNNING' || !s.root) return s;
  const ctx = new StepContext(s);
  let a: MaybePromise<Advance>;
  try {
    a = advance(ctx, s.root);
  } catch (e) {
    a = internalFailure(e);
  }
  if (a instanceof Promise) return a.then((x) => finishStep(ctx, s, x, true), (e: unknown) => finishStep(ctx, s, internalFailure(e), true));
  return finishStep(ctx, s, a, true);
}

export function internalFailure(e: unknown): Advance {
  const err = toStatesError(e);
  return { kind: 'failed', error: err.error, cause: err.causeText };
}

/** How an execution ended: what the final snapshot records besides its counters. */
export interface Terminal {
  readonly status: Exclude<ExecutionSnapshot['status'], 'RUNNING'>;
  readonly output?: JsonValue;
  readonly error?: string;
  readonly cause?: string;
}

/** The machine's TimeoutSeconds as a virtual-clock deadline (Infinity without one). */
export function deadlineOf(s: ExecutionSnapshot): number {
  return s.machine.timeoutSeconds === null ? Infinity : s.options.startTime + s.machine.timeoutSeconds * 1000;
}

/**
 * The execution-level checks after a step, in this order: TimeoutSeconds, the history limit, the thread's end,
 * the transition cap. Records the execution's final event and returns how it ended, or null while it runs on.
 */
export function conclude(ctx: StepContext, s: ExecutionSnapshot, deadline: number, a: Advance): Terminal | null {
  const limits = s.options.limits;
  // The execution's clock is the time of its next step: inside a Parallel/Map, the earliest child's clock.
  if (a.kind === 'running' && a.thread.composite) ctx.now = a.thread.composite.at;
  if (a.kind === 'running' && ctx.now <= deadline && !ctx.historyOverflow && ctx.transitions <= limits.maxTransitions) return null;
  let terminal: [string, string, boolean] | null = null;
  if (ctx.now > deadline) {
    ctx.now = deadline;
    terminal = [ERRORS.Timeout, `The execution timed out after ${s.machine.timeoutSeconds} seconds (TimeoutSeconds)`, true];
  } else if (ctx.historyOverflow) {
    terminal = [ERRORS.Runtime, `The execution reached the maximum number of history events (${limits.maxHistoryEvents}).`, false];
  } else if (a.kind === 'failed') {
    terminal = [a.error, a.cause, false];
  } else if (a.kind === 'succeeded') {
    ctx.emitWith('ExecutionSucceeded', 'executionSucceededEventDetails', executionSucceededDetails(a.output));
    return { status: 'SUCCEEDED', output: a.output };
  } else {
    terminal = [
      ERRORS.Runtime,
      `The simulation stopped after ${limits.maxTransitions} state transitions (limits.maxTransitions): the machine may loop forever`,
      false,
    ];
  }
  const [error, cause, timedOut] = terminal;
  ctx.emit(timedOut ? 'ExecutionTimedOut' : 'ExecutionFailed', {
    [timedOut ? 'executionTimedOutEventDetails' : 'executionFailedEventDetails']: { error, cause },
  });
  return { status: timedOut ? 'TIMED_OUT' : 'FAILED', error, cause };
}

/**
 * A snapshot of the execution `s` (the first argument) belongs to, with the given thread and counters (the logs are
 * `s`'s or the context's, shared), in Snapshot's constructor order. A terminal end adds `output` (succeeded) or
 * `error`/`cause`.
 */
export function makeSnapshot(...args: ConstructorParameters<typeof Snapshot>): ExecutionSnapshot {
  return new Snapshot(...args);
}

/**
 * A snapshot's object: a class, not a literal. V8 pretenures the objects of a literal whose objects lived long
 * (a long run's checkpoints), which then slows down short executions that make the same objects.
 */
class Snapshot implements ExecutionSnapshot {
  declare readonly machine: ExecutionSnapshot['machine'];
  declare readonly options: ExecutionSnapshot['options'];
  declare readonly status: ExecutionSnapshot['status'];
  declare readonly root: Thread | null;
  declare readonly events: ExecutionSnapshot['events'];
  declare readonly eventCount: number;
  declare readonly inspections: ExecutionSnapshot['inspections'];
  declare readonly inspectionCount: number;
  declare readonly transitions: number;
  declare readonly steps: number;
  declare readonly now: number;
  declare readonly invocations: ExecutionSnapshot['invocations'];
  declare readonly previous: ExecutionSnapshot | null;
  declare readonly executionInput: JsonValue;
  declare readonly defaultLanguage: ExecutionSnapshot['defaultLanguage'];
  declare output?: JsonValue;
  declare error?: string;
  declare cause?: string;

  constructor(
    s: ExecutionSnapshot,
    events: ExecutionSnapshot['events'],
    inspections: ExecutionSnapshot['inspections'],
    root: Thread | null,
    eventCount: number,
    inspectionCount: number,
    transitions: number,
    steps: number,
    now: number,
    invocations: ExecutionSnapshot['invocations'],
    previous: ExecutionSnapshot | null,
    end: Terminal | null,
  ) {
    this.machine = s.machine;
    this.options = s.options;
    this.status = end ? end.status : 'RUNNING';
    this.root = end ? null : root;
    this.events = events;
    this.eventCount = eventCount;
    this.inspections = inspections;
    this.inspectionCount = inspectionCount;
    this.transitions = transitions;
    this.steps = steps;
    this.now = now;
    this.invocations = invocations;
    this.previous = previous;
    this.executionInput = s.executionInput;
    this.defaultLanguage = s.defaultLanguage;
    if (!end) return;
    if (end.status === 'SUCCEEDED') this.output = end.output;
    else {
      this.error = end.error;
      this.cause = end.cause;
    }
  }
}

/** A snapshot of no execution, of each shape a snapshot takes (running, succeeded, failed), kept (shapes.ts). */
export const PLACEHOLDER_SNAPSHOT: ExecutionSnapshot = keepShape(
  new Snapshot({} as ExecutionSnapshot, new AppendLog(), new AppendLog(), null, 0, 0, 0, 0, DEFAULT_START, {}, null, null),
);
keepShape(new Snapshot(PLACEHOLDER_SNAPSHOT, new AppendLog(), new AppendLog(), null, 0, 0, 0, 0, DEFAULT_START, {}, null, { status: 'SUCCEEDED', output: null }));
keepShape(new Snapshot(PLACEHOLDER_SNAPSHOT, new AppendLog(), new AppendLog(), null, 0, 0, 0, 0, DEFAULT_START, {}, null, { status: 'FAILED', error: '', cause: '' }));

function finishStep(ctx: StepContext, s: ExecutionSnapshot, a: Advance, counted: boolean): ExecutionSnapshot {
  const end = conclude(ctx, s, deadlineOf(s), a);
  return makeSnapshot(
    s,
    ctx.events,
    ctx.inspections,
    a.kind === 'running' ? a.thread : null,
    ctx.events.length,
    ctx.inspections.length,
    ctx.transitions,
    counted ? s.steps + 1 : s.steps,
    ctx.now,
    ctx.invocations,
    counted ? s : null,
    end,
  );
}

/** The snapshot before the last step (or the same one at the start). */
export function stepBack(s: ExecutionSnapshot): ExecutionSnapshot {
  return s.previous ?? s;
}

/** Stop a running execution (ExecutionAborted). */
export function abortExecution(s: ExecutionSnapshot, cause = 'Aborted by the user'): ExecutionSnapshot {
  if (s.status !== 'RUNNING') return s;
  const ctx = new StepContext(s);
  ctx.emit('ExecutionAborted', { executionAbortedEventDetails: { error: 'States.Aborted', cause } });
  return { ...s, status: 'ABORTED', root: null, events: ctx.events, eventCount: ctx.events.length, error: 'States.Aborted', cause, previous: s };
}

/** The threads from the machine down to the innermost branch/iteration that runs next. */
export function activeThreads(s: ExecutionSnapshot): Thread[] {
  const out: Thread[] = [];
  for (let t = s.root; t; t = t.composite ? t.composite.child : null) out.push(t);
  return out;
}

/**
 * Whether the next step completes a state a Parallel branch or Map iteration already entered (the rest of a Wait
 * or of a Task that takes virtual time) rather than running a state: breakpoints do not stop there.
 */
export function resumes(root: Thread | null): boolean {
  let t = root;
  while (t && t.composite) {
    const c = t.composite;
    if (c.children.top.pending) return true;
    t = c.child;
  }
  return false;
}

/**
 * The state the next step will run: `{name, path}` (path names branches/iterations), or null when done.
 * `resuming`: the step completes that state (see `resumes`).
 */
export function nextState(s: ExecutionSnapshot): { name: string; path: string; resuming: boolean } | null {
  const ts = activeThreads(s);
  const t = ts[ts.length - 1];
  return t ? { name: t.state, path: statePath(t, t.state), resuming: resumes(s.root) } : null;
}

export { StatesError };
