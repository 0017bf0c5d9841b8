/**
 * Runs one execution of the local endpoint on the simulator, one state per `step`, in real time: the virtual
 * clock starts at the wall clock, and before each step the runner sleeps until the wall clock has caught up with
 * the virtual one (scaled by `waitScale`: 1 = Waits take their real time, 0.01 = a hundred times faster, 0 = no
 * sleeping at all). Tasks that really take time (callbacks) report it as their duration, so timestamps stay on
 * the wall clock. StopExecution ends it between steps or while a task waits; the history then ends with the
 * ExecutionAborted event, after the events the interrupted state had already recorded (as AWS shows them).
 *
 * The machine's TimeoutSeconds is checked by the simulator after each step and, while a step waits on something
 * real (a callback), by a timer. Not modelled: a Parallel branch waiting for a callback holds the other branches
 * too (the simulator runs one step at a time).
 */
import { randomUUID } from 'node:crypto';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { startExecution, step } from '../simulator/engine.ts';
import { plainHistory, type HistoryEvent } from '../simulator/events.ts';
import type { ExecutionSnapshot, TaskInvoker } from '../simulator/execution.ts';
import type { Status } from './store.ts';

export interface RunSpec {
  definition: StateMachineDefinition;
  input: JsonValue;
  name: string;
  stateMachineName: string;
  roleArn: string;
  /** Builds the invoker with the execution's stop signal (callbacks end when it aborts). */
  invoker: (signal: AbortSignal) => TaskInvoker;
  waitScale: number;
}

export interface Ending {
  status: Exclude<Status, 'RUNNING'>;
  stopDate: number;
  output?: JsonValue;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
}

/** Yield to the event loop every this many steps that did not sleep, so one busy execution cannot hold the server. */
const YIELD_EVERY = 64;
/** setTimeout's longest delay; longer sleeps are taken in pieces. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal.addEventListener('abort', done, { once: true });
  });
}

export class LiveExecution {
  private snapshot: ExecutionSnapshot;
  private readonly controller = new AbortController();
  private stopped: Ending | null = null;
  /** Set when the run loop has ended on its own (before the record is updated). */
  private finished = false;
  /** Resolves when the execution has ended, however it ended. */
  readonly done: Promise<Ending>;
  readonly startDate: number;
  private readonly waitScale: number;

  constructor(spec: RunSpec) {
    this.startDate = Date.now();
    this.waitScale = spec.waitScale;
    this.snapshot = startExecution(spec.definition, {
      input: spec.input,
      name: spec.name,
      stateMachineName: spec.stateMachineName,
      roleArn: spec.roleArn,
      startTime: this.startDate,
      invoker: spec.invoker(this.controller.signal),
      inspect: false,
      // Tokens unique across the server: executions of different machines may share a name.
      taskTokenPrefix: `token-${randomUUID()}`,
    });
    this.done = this.drive(spec.waitScale);
    this.armDeadline(spec.definition.TimeoutSeconds);
  }

  /** The history so far, with the events of a state still running (a Task waiting for its callback). */
  history(): HistoryEvent[] {
    if (this.stopped) return this.stopped.events;
    const items = this.snapshot.events.items;
    if (this.waitScale === 0) return plainHistory(items);
    // Only the events whose (virtual) time has come: a Wait's exit shows once the wait is over.
    const cutoff = this.startDate + (Date.now() - this.startDate) / this.waitScale;
    let n = items.length;
    while (n > 0 && Date.parse((items[n - 1] as HistoryEvent).timestamp) > cutoff) n--;
    return plainHistory(items.slice(0, n));
  }

  /** Ends a running execution (StopExecution); false when it has already ended. */
  stop(error: string | undefined, cause: string | undefined): boolean {
    return this.end('ABORTED', error, cause);
  }

  /**
   * Ends the execution from outside the simulator's steps: StopExecution (ABORTED), or the machine's TimeoutSeconds
   * passing while a state waits on something real, such as a callback (TIMED_OUT, as AWS records it: the history
   * so far, then ExecutionTimedOut).
   */
  private end(status: 'ABORTED' | 'TIMED_OUT', error: string | undefined, cause: string | undefined, at = Date.now()): boolean {
    if (this.stopped || this.finished) return false;
    const events = this.history();
    const last = events.at(-1);
    const details: Record<string, string> = {};
    if (error !== undefined) details.error = error;
    if (cause !== undefined) details.cause = cause;
    const type = status === 'ABORTED' ? 'ExecutionAborted' : 'ExecutionTimedOut';
    events.push({
      id: events.length + 1,
      previousEventId: last?.id ?? 0,
      timestamp: new Date(Math.max(at, last ? Date.parse(last.timestamp) : 0)).toISOString(),
      type,
      [status === 'ABORTED' ? 'executionAbortedEventDetails' : 'executionTimedOutEventDetails']: details,
    });
    this.stopped = { status, stopDate: at, events, ...details };
    this.controller.abort();
    return true;
  }

  /** The machine's TimeoutSeconds on the wall clock (scaled like Waits; real time when waits are skipped). */
  private armDeadline(timeoutSeconds: unknown): void {
    if (typeof timeoutSeconds !== 'number' || !(timeoutSeconds > 0)) return;
    const k = this.waitScale > 0 ? this.waitScale : 1;
    const timer = setTimeout(() => {
      // The virtual deadline (the history's clock), not the scaled wall-clock moment.
      this.end('TIMED_OUT', 'States.Timeout', `The execution timed out after ${timeoutSeconds} seconds (TimeoutSeconds)`, this.startDate + timeoutSeconds * 1000);
    }, Math.min(timeoutSeconds * 1000 * k, MAX_TIMER_MS));
    void this.done.finally(() => clearTimeout(timer));
  }

  private async drive(waitScale: number): Promise<Ending> {
    const signal = this.controller.signal;
    // Let StartExecution answer (and the execution be recorded) before the first state runs.
    await new Promise((r) => setImmediate(r));
    let s = this.snapshot;
    let busy = 0;
    while (s.status === 'RUNNING' && !signal.aborted) {
      if (++busy % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      const next = step(s);
      const after = next instanceof Promise ? await next : next;
      if (signal.aborted) break;
      // No step back here: drop the link to the previous snapshot so a long execution keeps no chain of them.
      s = after.previous ? { ...after, previous: null } : after;
      this.snapshot = s;
      // The step may have moved the virtual clock (a Wait): let the wall clock catch up before going on.
      const delay = waitScale > 0 ? this.startDate + (s.now - this.startDate) * waitScale - Date.now() : 0;
      if (delay >= 1) {
        await sleep(delay, signal);
        busy = 0;
      }
    }
    if (this.stopped) return this.stopped;
    this.finished = true;
    const ending: Ending = { status: s.status as Ending['status'], stopDate: s.now, events: plainHistory(s.events.view(s.eventCount)) };
    if (s.status === 'SUCCEEDED') ending.output = s.output ?? null;
    else {
      ending.error = s.error;
      ending.cause = s.cause;
    }
    return ending;
  }
}
