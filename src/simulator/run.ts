/**
 * `run`: an abortable loop that steps like `step` (same history, inspections and final snapshot) but on one
 * mutable step context, making snapshots only where it stops and every `stepBackEvery` steps (the engine's fast
 * path; see `run`). It awaits only when a step returned a promise (a JSONata state or an asynchronous invoker), so
 * machines with synchronous mocks run without touching the event loop, except for a macrotask yield every
 * `yieldEvery` steps so an AbortSignal (or a UI) can get through.
 * Breakpoints name states (at any depth: inside Parallel branches and Map iterations); `run` stops before running
 * such a state and marks the snapshot `pausedAt`; running again from that snapshot passes the breakpoint.
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { standardCostUsd } from './cost.ts';
import { conclude, deadlineOf, internalFailure, makeSnapshot, PLACEHOLDER_SNAPSHOT, resumes, startExecution, type Terminal } from './engine.ts';
import type { ExecutionOptions, ExecutionSnapshot, MaybePromise, Thread } from './execution.ts';
import { StepContext } from './runtime.ts';
import { keepShape } from './shapes.ts';
import { advance } from './step.ts';
import { statePath, type Advance } from './thread.ts';
import { plainHistory, type HistoryEvent } from './events.ts';

export interface RunOptions {
  signal?: AbortSignal;
  breakpoints?: Iterable<string>;
  /** Yield to the event loop every N steps (default 10,000; Infinity never yields). */
  yieldEvery?: number;
  /**
   * Step-back granularity of a run (default 256): the snapshot `run` returns can be stepped back one state at a
   * time through its last `stepBackEvery` steps at least; before them, step back goes through one snapshot
   * every `stepBackEvery` steps. 1 keeps every step, as stepping one by one does.
   */
  stepBackEvery?: number;
}

export type PausedSnapshot = ExecutionSnapshot & { pausedAt?: string };

const DEFAULT_STEP_BACK_EVERY = 256;

/**
 * Run until the execution ends, a breakpoint, or an abort. One step context serves the whole run (the engine's
 * mutable fast path): no snapshot is built per step, only a few numbers are kept in a ring of the last steps, and
 * snapshots are made every `stepBackEvery` steps and when the run stops (see RunOptions.stepBackEvery). The
 * history, inspections and final snapshot are the same as stepping one by one.
 */
export async function run(s: PausedSnapshot, options: RunOptions = {}): Promise<PausedSnapshot> {
  if (s.status !== 'RUNNING' || !s.root) return s;
  const bps = options.breakpoints ? new Set(options.breakpoints) : null;
  const checkBreakpoints = bps !== null && bps.size > 0;
  const yieldEvery = options.yieldEvery ?? 10_000;
  const signal = options.signal;
  const every = Math.max(1, Math.floor(options.stepBackEvery ?? DEFAULT_STEP_BACK_EVERY));
  const trail = new Trail(s, every);
  const ctx = new StepContext(s);
  const deadline = deadlineOf(s);
  let skip = s.pausedAt;
  let root: Thread = s.root;
  let n = 0;
  for (;;) {
    if (signal?.aborted) return trail.snapshot(ctx, root, null);
    if (checkBreakpoints && !resumes(root)) {
      let t = root;
      while (t.composite) t = t.composite.child;
      if ((bps as Set<string>).has(t.state)) {
        const path = statePath(t, t.state);
        if (path !== skip) return { ...trail.snapshot(ctx, root, null), pausedAt: path };
      }
      skip = undefined;
    }
    let a: MaybePromise<Advance>;
    try {
      a = advance(ctx, root);
    } catch (e) {
      a = internalFailure(e);
    }
    if (a instanceof Promise) a = await a.then(undefined, internalFailure);
    const end = conclude(ctx, s, deadline, a);
    if (end || a.kind !== 'running') return trail.snapshot(ctx, root, end);
    root = a.thread;
    trail.record(ctx, root);
    if (++n % yieldEvery === 0) await new Promise((res) => setTimeout(res, 0));
  }
}

/**
 * What a run keeps for step back: a ring of the counters after each of the last 2·`every` steps (no objects are
 * made per step), and a snapshot every `every` steps, each linked to the one before it.
 */
class Trail {
  private declare readonly start: ExecutionSnapshot;
  private declare readonly every: number;
  private declare readonly size: number;
  /** Steps taken in this run. */
  private declare n: number;
  /** The ring, by (step - 1) % size, 6 slots a step: thread, invocation counters, events, inspections, transitions, clock. */
  private declare readonly ring: unknown[];
  /** The newest checkpoint and the one before it (the run's first snapshot stands for step 0). */
  private declare cp: ExecutionSnapshot;
  private declare cpStep: number;
  private declare cpBefore: ExecutionSnapshot;
  private declare cpBeforeStep: number;

  constructor(start: ExecutionSnapshot, every: number) {
    this.start = start;
    this.every = every;
    this.size = 2 * every;
    this.n = 0;
    this.ring = new Array<unknown>();
    this.cp = start;
    this.cpStep = 0;
    this.cpBefore = start;
    this.cpBeforeStep = 0;
  }

  /** Note the state after a step that left the execution running. */
  record(ctx: StepContext, root: Thread): void {
    const n = ++this.n;
    const i = ((n - 1) % this.size) * 6;
    const r = this.ring;
    r[i] = root;
    r[i + 1] = ctx.invocations;
    r[i + 2] = ctx.events.length;
    r[i + 3] = ctx.inspections.length;
    r[i + 4] = ctx.transitions;
    r[i + 5] = ctx.now;
    if (n % this.every === 0) {
      this.cpBefore = this.cp;
      this.cpBeforeStep = this.cpStep;
      this.cp = this.at(ctx, n, this.cp);
      this.cpStep = n;
    }
  }

  /** The snapshot after step `k` of this run (from the ring). */
  private at(ctx: StepContext, k: number, previous: ExecutionSnapshot): ExecutionSnapshot {
    const i = ((k - 1) % this.size) * 6;
    const r = this.ring;
    return makeSnapshot(
      this.start,
      ctx.events,
      ctx.inspections,
      r[i] as Thread,
      r[i + 2] as number,
      r[i + 3] as number,
      r[i + 4] as number,
      this.start.steps + k,
      r[i + 5] as number,
      r[i + 1] as ExecutionSnapshot['invocations'],
      previous,
      null,
    );
  }

  /**
   * The snapshot where the run stops (`root` is the thread it ran from; `end` how the execution ended, if it did),
   * linked to exact snapshots of the steps since the checkpoint before the newest, then to the checkpoints.
   */
  snapshot(ctx: StepContext, root: Thread, end: Terminal | null): ExecutionSnapshot {
    const steps = end ? this.n + 1 : this.n;
    if (steps === 0) return this.start;
    const last = steps - 1;
    let prev = this.cpBefore;
    for (let k = this.cpBeforeStep + 1; k <= last; k++) prev = this.at(ctx, k, prev);
    return makeSnapshot(
      this.start,
      ctx.events,
      ctx.inspections,
      root,
      ctx.events.length,
      ctx.inspections.length,
      ctx.transitions,
      this.start.steps + steps,
      ctx.now,
      ctx.invocations,
      prev,
      end,
    );
  }
}

keepShape(new Trail(PLACEHOLDER_SNAPSHOT, 1));

export interface ExecutionResult {
  status: ExecutionSnapshot['status'];
  output?: JsonValue;
  error?: string;
  cause?: string;
  transitions: number;
  costUsd: number;
  events: HistoryEvent[];
  snapshot: ExecutionSnapshot;
}

/** Start and run an execution to its end. */
export async function simulate(definition: StateMachineDefinition, options: ExecutionOptions & RunOptions = {}): Promise<ExecutionResult> {
  const end = await run(startExecution(definition, options), { ...options, breakpoints: undefined });
  return summarize(end);
}

export function summarize(s: ExecutionSnapshot): ExecutionResult {
  const r: ExecutionResult = {
    status: s.status,
    transitions: s.transitions,
    costUsd: standardCostUsd(s.transitions),
    events: plainHistory(s.events.view(s.eventCount)),
    snapshot: s,
  };
  if (s.status === 'SUCCEEDED') r.output = s.output;
  else if (s.status !== 'RUNNING') {
    r.error = s.error;
    r.cause = s.cause;
  }
  return r;
}
