/**
 * Polling one execution until it ends: DescribeExecution + GetExecutionHistory (all pages) with backoff, stopping
 * when the execution is done or the signal aborts. Errors never stop it: a lost network or a throttled call is
 * reported (`problem`) and retried with a longer delay. `sleep` is injected so tests need no real time. Pure.
 */
import { GatewayError, isTerminal, type ExecutionDetails, type StepFunctionsGateway } from './gateway.ts';
import type { HistoryEvent } from '../simulator/events.ts';

export interface PollUpdate {
  execution: ExecutionDetails | undefined;
  events: HistoryEvent[];
  /** Set while calls fail (e.g. "Network lost: retrying in 4 s"); cleared after a successful poll. */
  problem: string | undefined;
}

export interface PollOptions {
  signal: AbortSignal;
  onUpdate: (u: PollUpdate) => void;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}

async function fullHistory(gw: StepFunctionsGateway, arn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let token: string | undefined;
  do {
    const page = await gw.getExecutionHistory(arn, token);
    events.push(...page.items);
    token = page.nextToken;
  } while (token);
  return events;
}

/** Poll until the execution ends (resolves with the last update) or the signal aborts (resolves undefined). */
export async function pollExecution(gw: StepFunctionsGateway, arn: string, o: PollOptions): Promise<PollUpdate | undefined> {
  const sleep = o.sleep ?? abortableSleep;
  const first = o.firstDelayMs ?? 250;
  const max = o.maxDelayMs ?? 5000;
  let delay = first;
  let last: PollUpdate = { execution: undefined, events: [], problem: undefined };
  for (;;) {
    if (o.signal.aborted) return undefined;
    try {
      const execution = await gw.describeExecution(arn);
      const events = await fullHistory(gw, arn);
      if (o.signal.aborted) return undefined;
      last = { execution, events, problem: undefined };
      o.onUpdate(last);
      if (isTerminal(execution.status)) return last;
      delay = Math.min(max, Math.round(delay * 1.5));
    } catch (e) {
      if (o.signal.aborted) return undefined;
      delay = Math.min(max, delay * 2);
      const network = e instanceof GatewayError && e.network;
      const what = network ? 'Network lost' : `Polling failed (${e instanceof Error ? e.message : String(e)})`;
      last = { ...last, problem: `${what}: retrying in ${Math.round(delay / 100) / 10} s` };
      o.onUpdate(last);
    }
    await sleep(delay, o.signal);
  }
}
