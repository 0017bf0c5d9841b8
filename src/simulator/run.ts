/**
 * `run`: an abortable loop over `step`. It awaits only when a step returned a promise (a JSONata state or an
 * asynchronous invoker), so machines with synchronous mocks run without touching the event loop, except for a
 * macrotask yield every `yieldEvery` steps so an AbortSignal (or a UI) can get through.
 * Breakpoints name states (at any depth: inside Parallel branches and Map iterations); `run` stops before running
 * such a state and marks the snapshot `pausedAt`; running again from that snapshot passes the breakpoint.
 */
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { standardCostUsd } from './cost.ts';
import { nextState, startExecution, step } from './engine.ts';
import type { ExecutionOptions, ExecutionSnapshot } from './execution.ts';
import { plainHistory, type HistoryEvent } from './events.ts';

export interface RunOptions {
  signal?: AbortSignal;
  breakpoints?: Iterable<string>;
  /** Yield to the event loop every N steps (default 10,000; Infinity never yields). */
  yieldEvery?: number;
}

export type PausedSnapshot = ExecutionSnapshot & { pausedAt?: string };

export async function run(s: PausedSnapshot, options: RunOptions = {}): Promise<PausedSnapshot> {
  const bps = options.breakpoints ? new Set(options.breakpoints) : null;
  const yieldEvery = options.yieldEvery ?? 10_000;
  let skip = s.pausedAt;
  let n = 0;
  let cur: ExecutionSnapshot = s;
  while (cur.status === 'RUNNING') {
    if (options.signal?.aborted) return cur;
    if (bps && bps.size > 0) {
      const next = nextState(cur);
      if (next && bps.has(next.name) && next.path !== skip) return { ...cur, pausedAt: next.path };
      skip = undefined;
    }
    const r = step(cur);
    cur = r instanceof Promise ? await r : r;
    if (++n % yieldEvery === 0) await new Promise((res) => setTimeout(res, 0));
  }
  return cur;
}

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
