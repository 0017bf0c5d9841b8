/**
 * The mutable builder of one step: it appends to the shared logs, advances the virtual clock and counts
 * transitions, then `engine.ts` freezes the result into the next snapshot. Nothing here is visible to older
 * snapshots (the logs fork when a step starts from a snapshot that is not the newest).
 */
import type { JsonValue } from '../asl/types.ts';
import { own } from '../asl/own.ts';
import type { CompiledState } from './compile.ts';
import type { ExecutionSnapshot, ResolvedOptions, StateInspection, Thread } from './execution.ts';
import { LazyJson, type HistoryEvent } from './events.ts';
import { AppendLog } from './log.ts';
import { keepShape } from './shapes.ts';
import type { StateIO } from './pipeline.ts';

export class StepContext {
  declare readonly options: ResolvedOptions;
  declare readonly events: AppendLog<HistoryEvent>;
  declare readonly inspections: AppendLog<StateInspection>;
  declare readonly executionInput: JsonValue;
  declare now: number;
  declare transitions: number;
  declare invocations: Readonly<Record<string, number>>;
  /** Set when an event went past limits.maxHistoryEvents; the engine then fails the execution. */
  declare historyOverflow: boolean;
  /**
   * While a Parallel/Map child runs a step: its start time. Events stamped later (virtual time passed within the
   * step) go to `deferred` instead of the history; the composite records them when the clock reaches them.
   */
  declare deferFrom: number;
  declare deferred: HistoryEvent[] | null;
  /** Path of the thread whose step records events now ('' at the top level, `Map/3` in an iteration): step.ts. */
  declare thread: string;
  /**
   * The `previousEventId` of the next event: the last event of the thread that runs (AWS chains each branch and
   * iteration on its own; see events.ts). step.ts loads it from the thread; emitting moves it on.
   */
  declare prev: number;
  /** A StateIO free for the next state (pipeline.ts runPipeline): one object serves every synchronous state. */
  declare spareIO: StateIO | null;
  /** The last payload wrapper made (see payload). */
  private declare lastPayload: LazyJson | null;

  constructor(s: ExecutionSnapshot) {
    this.options = s.options;
    this.events = s.events.writable(s.eventCount);
    this.inspections = s.inspections.writable(s.inspectionCount);
    this.executionInput = s.executionInput;
    // Null first (never used): the field then keeps the clock's number as it is, which inspections, threads and
    // the run's ring share, instead of a box of its own made at every read (thread.ts NO_TIME).
    this.now = null as unknown as number;
    this.now = s.now;
    this.transitions = s.transitions;
    this.invocations = s.invocations;
    this.prev = s.eventCount;
    this.historyOverflow = false;
    this.deferFrom = Infinity;
    this.deferred = null;
    this.thread = '';
    this.spareIO = null;
    this.lastPayload = null;
  }

  /**
   * The payload text of `value` in an event (entered input, exited output): the last wrapper again when the value
   * is the same, as a state's output is the next state's input and a Pass state's often its own (values are
   * immutable, and so is the wrapper). The map bench: one object less per item.
   */
  payload(value: JsonValue): LazyJson {
    const last = this.lastPayload;
    if (last !== null && last.value === value) return last;
    const next = new LazyJson(value);
    this.lastPayload = next;
    return next;
  }

  timestamp(): string {
    if (this.now !== stampMs) {
      stampMs = this.now;
      stamp = new Date(this.now).toISOString();
    }
    return stamp;
  }

  /** Appends one history event after `prev` and makes it the thread's last event. */
  emit(type: string, details?: Record<string, unknown>): void {
    const ev = this.event(type, true);
    if (details) Object.assign(ev, details);
  }

  /** Appends one history event whose details (`<type>EventDetails`) are `details`, under `key`. */
  emitWith(type: string, key: string, details: unknown): void {
    this.event(type, true)[key] = details;
    if (!keptKeys.has(key)) keepKeyedShape(key);
  }

  /**
   * Appends an event after `prev` that nothing chains on (`prev` stays): ExecutionStarted (the first state's
   * entered event points at 0), ParallelStateSucceeded/MapStateSucceeded (the exited event points where they do),
   * MapIteration* (recordings). Returns its id (0 when deferred).
   */
  emitAside(type: string, key?: string, details?: unknown): number {
    const ev = this.event(type, false);
    if (key) {
      ev[key] = details;
      if (!keptKeys.has(key)) keepKeyedShape(key);
    }
    return ev.id;
  }

  /** Records a deferred event (a copy with its id, after `prev`: older snapshots keep theirs untouched). */
  replay(ev: HistoryEvent): void {
    const id = this.events.length + 1;
    const copy = new EventRecord(id, this.prev, ev.timestamp, ev.type, eventThread(ev) ?? '');
    for (const k in ev) {
      if (k !== 'id' && k !== 'previousEventId' && k !== 'timestamp' && k !== 'type') copy[k] = ev[k];
    }
    if (ev.previousEventId !== -1) this.prev = id;
    if (id > this.options.limits.maxHistoryEvents) this.historyOverflow = true;
    this.events.push(copy);
  }

  private event(type: string, chain: boolean): HistoryEvent {
    if (this.now > this.deferFrom) return this.defer(type, chain);
    const id = this.events.length + 1;
    const ev = new EventRecord(id, this.prev, this.timestamp(), type, this.thread);
    if (chain) this.prev = id;
    if (id > this.options.limits.maxHistoryEvents) this.historyOverflow = true;
    this.events.push(ev);
    return ev;
  }

  /** A deferred event: previousEventId -1 marks one that nothing chains on. */
  private defer(type: string, chain: boolean): HistoryEvent {
    const ev = new EventRecord(0, chain ? 0 : -1, this.timestamp(), type, this.thread);
    if (this.deferred === null) this.deferred = [];
    this.deferred.push(ev);
    return ev;
  }

  /** Records a state's inspection data as the attempt ends (now). */
  inspect(rec: StateInspection): void {
    if (!this.options.inspect) return;
    rec.exitedAt = this.now;
    this.inspections.push(rec);
  }

  /** The next invocation index of a Task state (0 for the first call), counted per state name. */
  nextInvocation(stateName: string): number {
    const prev = this.invocations;
    const n = own(prev, stateName) ?? 0;
    // A plain object, not dict(): V8 keeps a prototype-free object in slow dictionary mode, and this copy is made
    // at every Task call (the seed bench: about +15% executions/s). `__proto__` stays plain data (setCount).
    // for-in, not Object.keys (no array per call): the counters are plain objects with only own enumerable keys.
    const next: Record<string, number> = {};
    for (const k in prev) setCount(next, k, prev[k] as number);
    setCount(next, stateName, n + 1);
    this.invocations = next;
    return n;
  }

  /** The context object (`$$`) for a state of a thread. */
  contextFor(thread: Thread, state: CompiledState, extra?: Record<string, JsonValue>): JsonValue {
    if (!state.needsContext && !extra) return EMPTY_CONTEXT;
    const o = this.options;
    const ctx: Record<string, JsonValue> = {
      Execution: {
        Id: o.executionArn,
        Input: this.executionInput,
        Name: o.name,
        RoleArn: o.roleArn,
        StartTime: new Date(o.startTime).toISOString(),
        RedriveCount: 0,
      },
      State: { EnteredTime: new Date(thread.enteredAt).toISOString(), Name: state.name, RetryCount: thread.retryCount },
      StateMachine: { Id: o.stateMachineArn, Name: o.stateMachineName },
    };
    if (state.resource.endsWith('.waitForTaskToken')) {
      ctx.Task = { Token: `${o.taskTokenPrefix}-${o.name}-${thread.path}-${thread.retryCount}` };
    }
    if (extra) Object.assign(ctx, extra);
    return ctx;
  }
}

/**
 * The thread an event was recorded by ('' at the top level, `Map/3` in iteration 3, `Par/0` in branch 0), so that a
 * state that runs in many iterations or branches can show exactly its own events. Internal: a symbol key, which
 * `JSON.stringify` (the export, `plainHistory`, the local endpoint, the worker's messages) leaves out, so the history
 * stays in GetExecutionHistory's shape.
 */
const THREAD: unique symbol = Symbol('thread');

/** The thread path an event of this simulator was recorded by, or undefined for any other event. */
export function eventThread(ev: HistoryEvent): string | undefined {
  return (ev as { [THREAD]?: string })[THREAD];
}

/**
 * A history event as recorded (a plain data object with its details added under `<type>EventDetails`). A class,
 * not an object literal: V8 pretenures objects made by a literal whose objects lived long (a long run's history),
 * which then slows down short executions that make the same objects (allocated straight into the old generation).
 */
class EventRecord implements HistoryEvent {
  [details: string]: unknown;
  declare id: number;
  declare previousEventId: number;
  declare timestamp: string;
  declare type: string;
  declare [THREAD]: string;
  constructor(id: number, previousEventId: number, timestamp: string, type: string, thread: string) {
    this.id = id;
    this.previousEventId = previousEventId;
    this.timestamp = timestamp;
    this.type = type;
    this[THREAD] = thread;
  }
}

/** The `<type>EventDetails` keys whose record shape is kept (shapes.ts): a few dozen, written in the code. */
const keptKeys = new Set<string>();

function keepKeyedShape(key: string): void {
  keptKeys.add(key);
  const ev = keepShape(new EventRecord(0, 0, '', '', ''));
  ev[key] = null;
}

/** Last formatted timestamp (virtual time rarely changes between events). */
let stampMs = Number.NaN;
let stamp = '';

const EMPTY_CONTEXT: JsonValue = Object.freeze({}) as JsonValue;

/** `o[key] = n`, with a `__proto__` key kept as an own data property (a state may be named so). */
function setCount(o: Record<string, number>, key: string, n: number): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value: n, writable: true, enumerable: true, configurable: true });
  else o[key] = n;
}

/** A step context of no execution, whose shape is kept (shapes.ts); also the placeholder of a StateIO's. */
export const PLACEHOLDER_CONTEXT = keepShape(
  new StepContext({
    options: null,
    events: new AppendLog(),
    inspections: new AppendLog(),
    executionInput: null,
    now: 0,
    transitions: 0,
    invocations: {},
    eventCount: 0,
    inspectionCount: 0,
  } as unknown as ExecutionSnapshot),
);
