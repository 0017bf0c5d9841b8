/**
 * The data model of a simulated execution: immutable snapshots, the threads inside them (the top-level machine,
 * a Parallel branch or a Map iteration), task invocation, options and the public results.
 *
 * A snapshot is cheap to create: the history and the inspection records live in append-only logs shared between
 * successive snapshots (each snapshot remembers how many entries it sees), and a step copies only the threads on
 * the path from the root to the state it runs.
 */
import type { JsonValue, QueryLanguage } from '../asl/types.ts';
import type { AppendLog } from './log.ts';
import type { CompiledMachine, CompiledSub } from './compile.ts';
import type { HistoryEvent } from './events.ts';
import type { Advance } from './thread.ts';

export type MaybePromise<T> = T | Promise<T>;
export type Vars = Record<string, JsonValue>;

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** What an injected task invoker receives. `invocation` counts earlier calls of the same state (0 = first). */
export interface TaskRequest {
  stateName: string;
  /** Thread path, e.g. `Process/3/Inner` inside the 4th iteration of Map `Process`. */
  path: string;
  resource: string;
  /** The effective parameters (after InputPath/Parameters, or the JSONata Arguments). */
  input: JsonValue;
  context: JsonValue;
  invocation: number;
  retryCount: number;
  /** The task's TimeoutSeconds and HeartbeatSeconds as resolved (…Path or JSONata included), null when absent. */
  timeoutSeconds?: number | null;
  heartbeatSeconds?: number | null;
}

/** A task's result. `durationMs` is virtual time the task takes (used against TimeoutSeconds/HeartbeatSeconds). */
export type TaskOutcome =
  | { output: JsonValue; durationMs?: number; quietMs?: number }
  | { error: string; cause?: string; durationMs?: number; quietMs?: number };
// `quietMs`: virtual time since the task's last heartbeat (SendTaskHeartbeat), checked against HeartbeatSeconds;
// `durationMs` when absent (no heartbeat was sent).

export type TaskInvoker = (request: TaskRequest) => MaybePromise<TaskOutcome>;

/** Per-state pipeline data, as the TestState API's inspectionData names it. */
export interface StateInspection {
  /** Thread path of the state (`Name`, `Par/0/Name`, `Map/12/Name`). */
  path: string;
  stateName: string;
  type: string;
  enteredAt: number;
  /**
   * When the attempt ended (exit, error or failure) on the virtual clock. Inside a Parallel/Map the snapshot's
   * clock is the next step's time, not this state's end (composite.ts).
   */
  exitedAt?: number;
  /** 0 on the first attempt, n on the n-th retry. */
  retryCount: number;
  input: JsonValue;
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  afterArguments?: JsonValue;
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  output?: JsonValue;
  /** Variables after the state's Assign. */
  variables?: Vars;
  error?: string;
  cause?: string;
  /** Which way the attempt left the state (test coverage): the Choice rule taken by index, -1 for Default. */
  choiceRule?: number;
  /** The retrier (index in Retry) that retried this failed attempt. */
  retrier?: number;
  /** The catcher (index in Catch) that caught this failed attempt. */
  catcher?: number;
  /** A Task attempt that called its resource: the call's index among the calls of this state name (0 = first). */
  invocation?: number;
}

export interface SimulationLimits {
  /** AWS: 25,000 events per Standard execution. */
  maxHistoryEvents: number;
  /** AWS: 256 KiB per payload (UTF-8 bytes). */
  maxPayloadBytes: number;
  /** Not an AWS limit: stops runaway loops in the simulator. */
  maxTransitions: number;
}

export interface ExecutionOptions {
  input?: JsonValue;
  invoker?: TaskInvoker;
  name?: string;
  /** Virtual start time (ms since epoch); default 2024-01-01T00:00:00Z so runs are reproducible. */
  startTime?: number;
  limits?: Partial<SimulationLimits>;
  /** Record TestState-style inspection data per state (default true). */
  inspect?: boolean;
  /**
   * Source of randomness in [0, 1) for every evaluation: JitterStrategy FULL, States.MathRandom without a seed,
   * JSONata $random() (default Math.random, or one seeded by `seed`).
   */
  random?: () => number;
  /** Source of UUIDs for States.UUID() and JSONata $uuid() (default crypto.randomUUID, or one seeded by `seed`). */
  uuid?: () => string;
  /** Seeds `random` and `uuid` where they are not given, so a run is reproducible. */
  seed?: number;
  roleArn?: string;
  stateMachineName?: string;
  /** Items for distributed Maps that read with an ItemReader, by Map state name (no S3 in the simulator). */
  mapItems?: Record<string, JsonValue[]>;
  /**
   * The start of `$$.Task.Token` for `.waitForTaskToken` tasks (default `token`): a server running many executions
   * gives each its own, so tokens of executions with the same name (of different machines) never clash.
   */
  taskTokenPrefix?: string;
}

/**
 * A Parallel's branches or a Map's iterations in progress inside a thread. The children run concurrently on the
 * virtual clock (composite.ts): each has its own clock, the active child with the smallest clock runs next (ties:
 * the lowest index), and a child not started yet starts when a concurrency slot is free.
 */
export interface Composite {
  kind: 'parallel' | 'map';
  /** Index (branch or item) of the child that runs next. */
  index: number;
  total: number;
  /** Results so far, newest first (a persistent list keeps each push O(1)); sorted by index at the end. */
  results: ResultList | null;
  items: JsonValue[] | null;
  /** The state's input after InputPath/Parameters (Parallel) or the raw state input (Map). */
  effectiveInput: JsonValue;
  failures: number;
  /** Map: ToleratedFailureCount / ToleratedFailurePercentage (null when not set). */
  toleratedCount: number | null;
  toleratedPercentage: number | null;
  /** Most children active at once (Parallel: all branches; Map: MaxConcurrency or the mode's cap). */
  maxConcurrency: number;
  /** Index of the next child to start (children below it have started). */
  nextIndex: number;
  /** The started children that have not ended: a persistent heap, the child that runs next on top. */
  children: ChildHeap;
  /** The thread of the child that runs next (`children.top.thread`). */
  child: Thread;
  /** The virtual time of the next step (the smallest clock of the children). */
  at: number;
}

/**
 * A persistent leftist min-heap of children by (clock, index): a step changes only the child on top, so it
 * costs O(log n) however many children wait (a distributed Map runs up to 10,000 at once).
 */
export interface ChildHeap {
  readonly top: Child;
  readonly left: ChildHeap | null;
  readonly right: ChildHeap | null;
  readonly rank: number;
  readonly size: number;
}

/** A started child of a Parallel/Map. */
export interface Child {
  readonly index: number;
  /** Its thread (while `pending`, the thread whose step is being completed). */
  readonly thread: Thread;
  /** The virtual time it is ready for its next step. */
  readonly at: number;
  readonly pending: Pending | null;
}

/**
 * The rest of a child's step in which virtual time passed (a Wait, a Task that takes time): the events from that
 * point on, recorded when the scheduler reaches their time (so the shared history's timestamps never go back),
 * and the step's outcome, applied then.
 */
export interface Pending {
  readonly events: readonly HistoryEvent[];
  readonly advance: Advance;
  /** The child's clock at the end of that step. */
  readonly end: number;
  /** The child's last event before the deferred ones (they chain on from it when recorded). */
  readonly prev: number;
}

export interface ResultList {
  readonly index: number;
  readonly value: JsonValue;
  readonly next: ResultList | null;
}

/** One running (sub)machine. Immutable: a step returns new threads. */
export interface Thread {
  readonly sub: CompiledSub;
  readonly path: string;
  readonly state: string;
  /** Raw input of the current state. */
  readonly input: JsonValue;
  readonly vars: Vars;
  /** Attempts made per retrier of the current state. */
  readonly retries: readonly number[] | null;
  readonly retryCount: number;
  readonly enteredAt: number;
  /** Id of the current state's entered event (AWS names it in States.Runtime causes). */
  readonly enteredEventId: number;
  /**
   * Id of this thread's last event: the next event it records points at it (`previousEventId`). A branch or
   * iteration starts from its parent's ParallelStateStarted/MapStateStarted (or the iteration that freed its slot).
   */
  readonly lastEventId: number;
  readonly composite: Composite | null;
  readonly mapItem: { index: number; value: JsonValue } | null;
}

export interface ExecutionSnapshot {
  readonly machine: CompiledMachine;
  readonly options: ResolvedOptions;
  readonly status: ExecutionStatus;
  readonly root: Thread | null;
  readonly events: AppendLog<HistoryEvent>;
  readonly eventCount: number;
  readonly inspections: AppendLog<StateInspection>;
  readonly inspectionCount: number;
  readonly transitions: number;
  readonly steps: number;
  /** Virtual clock, ms since epoch. */
  readonly now: number;
  readonly invocations: Readonly<Record<string, number>>;
  readonly output?: JsonValue;
  readonly error?: string;
  readonly cause?: string;
  /** The snapshot this one was stepped from (step back). */
  readonly previous: ExecutionSnapshot | null;
  readonly executionInput: JsonValue;
  readonly defaultLanguage: QueryLanguage;
}

export interface ResolvedOptions {
  invoker: TaskInvoker;
  name: string;
  startTime: number;
  limits: SimulationLimits;
  inspect: boolean;
  random: () => number;
  uuid: () => string;
  roleArn: string;
  stateMachineName: string;
  executionArn: string;
  stateMachineArn: string;
  mapItems: Record<string, JsonValue[]>;
  taskTokenPrefix: string;
}
