/**
 * Messages between the page and the engine worker (engine.worker.ts), and between the engine worker and the mock
 * sandbox worker (sandbox.worker.ts). Updates are deltas: `eventsFrom` says where the new events start, so a step
 * back (which shortens the history) and a fork after it are both a truncate-then-append on the page.
 */
import type { JsonValue, StateMachineDefinition } from '../../asl/types.ts';
import type { ExecutionStatus, StateInspection } from '../../simulator/execution.ts';
import type { HistoryEvent } from '../../simulator/events.ts';
import type { MockSet } from './mockSet.ts';
import type { CanvasRunView } from './runView.ts';

/** A state run as the panel shows it: the inspection record, its canvas id, its thread and when it ended. */
export interface StateRun extends StateInspection {
  /** Canvas id ('' when the path did not resolve). */
  id: string;
  /** Thread path without the state's own name ('' at the top level, `Map/3` in an iteration). */
  thread: string;
  /** Virtual clock when the state's step ended. */
  exitedAt: number;
}

export interface LogLine {
  /** History length when the line was written (a step back drops later lines). */
  at: number;
  stateName: string;
  path: string;
  invocation: number;
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
  /** Set on the line that stands for lines not kept (past a cap): how many; `text` says so. */
  dropped?: number;
}

export interface StartRequest {
  type: 'start';
  definition: StateMachineDefinition;
  input: JsonValue;
  mocks: MockSet;
  stateMachineName: string;
  sandboxTimeoutMs: number;
  /** The execution's start on the simulation clock (ms since epoch). */
  startTime: number;
}

export interface Pacing {
  /** Real milliseconds between states (0: as fast as possible). */
  delayMs: number;
  /** Real milliseconds per virtual second waited (Wait states, retry backoff) when animating. */
  msPerVirtualSecond: number;
}

export type EngineRequest =
  | StartRequest
  | { type: 'run'; breakpoints: string[]; pacing: Pacing }
  | { type: 'step' }
  | { type: 'stepBack' }
  | { type: 'pause' }
  | { type: 'breakpoints'; breakpoints: string[] }
  | { type: 'pacing'; pacing: Pacing }
  /** Fault injection (tests): throw an uncaught error inside the worker. */
  | { type: 'crash' };

/** Where a run is: what an update says and the panel's session keeps. */
export interface RunPosition {
  running: boolean;
  /** The thread path a breakpoint stopped before. */
  pausedAt: string | undefined;
  startTime: number;
  now: number;
  transitions: number;
  steps: number;
  canStepBack: boolean;
}

export interface EngineUpdate extends RunPosition {
  type: 'update';
  status: ExecutionStatus;
  output?: JsonValue;
  error?: string;
  cause?: string;
  eventsFrom: number;
  events: HistoryEvent[];
  /** The thread path that recorded each of `events` (not part of the AWS-shaped event: see eventThread). */
  eventThreads: string[];
  runsFrom: number;
  runs: StateRun[];
  logsFrom: number;
  logs: LogLine[];
  /** Results of the last call per Task state (for exporting JavaScript mocks to a MockConfigFile). */
  lastResults: Record<string, JsonValue>;
  view: CanvasRunView;
}

export type EngineMessage = EngineUpdate | { type: 'fatal'; message: string };

export interface SandboxRequest {
  id: number;
  code: string;
  event: JsonValue;
  context: JsonValue;
  /** CPU time of the call, enforced inside the engine (QuickJS's interrupt handler). */
  timeoutMs: number;
}

/** The console of one call: the kept lines and how many more were written past the cap. */
export interface SandboxLogs {
  logs: { level: LogLine['level']; text: string }[];
  droppedLogs: number;
}

export type SandboxMessage =
  /** The engine is loaded and the call begins (the client's backstop timer starts then). */
  | { id: number; type: 'started' }
  | ({ id: number; type: 'result'; result: JsonValue } & SandboxLogs)
  | ({ id: number; type: 'error'; kind: 'thrown' | 'timeout' | 'memory' | 'crash'; name: string; message: string } & SandboxLogs);
