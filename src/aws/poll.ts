/**
 * Polling one execution until it ends: DescribeExecution + GetExecutionHistory (paged, each poll reading on from the
 * last complete page) with backoff and jitter,
 * stopping when the execution is done, the signal aborts, or a call fails in a way retrying cannot fix (access
 * denied, expired or rejected credentials, a missing execution…: see errors.ts). Failures that pass — a lost
 * network, a stopped proxy, throttling, AWS's own 5xx — are reported (`problem`) and retried with a growing,
 * jittered, capped delay; an unexplained failure is retried a few times in a row, then polling stops. `sleep` and
 * `random` are injectable so tests need no real time. Pure.
 */
import { isTerminal, type ExecutionDetails, type StepFunctionsGateway } from './gateway.ts';
import { classifyAwsError, type AwsProblem } from './errors.ts';
import type { HistoryEvent } from '../asl/history.ts';

export interface PollUpdate {
  execution: ExecutionDetails | undefined;
  events: HistoryEvent[];
  /**
   * Set while calls fail ("Network lost: retrying in 4 s"), or why polling stopped ("Polling stopped: Access
   * denied…"); cleared after a successful poll.
   */
  problem: string | undefined;
  /** The classified failure behind `problem`: `retryable` false means polling has stopped on it. */
  failure?: AwsProblem | undefined;
}

export interface PollOptions {
  signal: AbortSignal;
  onUpdate: (u: PollUpdate) => void;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for jitter (default Math.random). */
  random?: () => number;
  firstDelayMs?: number;
  /** The longest wait between polls while the execution runs. */
  maxDelayMs?: number;
  /** The longest wait after failures (throttling, network). */
  maxErrorDelayMs?: number;
  /** Unexplained failures retried in a row before polling stops. */
  unknownRetries?: number;
}

/** The shortest wait after AWS throttled a call: its token buckets refill at a few calls per second. */
const THROTTLE_MIN_MS = 1000;

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}

/**
 * Where the history read got to: the events of pages AWS said were followed by more (those never change) and the
 * token of the page after them. Each poll reads from there, so a long history costs one call per poll, not one
 * per page (GetExecutionHistory's tokens stay valid for 24 hours).
 */
interface HistoryCursor {
  complete: HistoryEvent[];
  token: string | undefined;
}

function isInvalidToken(e: unknown): boolean {
  return classifyAwsError(e).code === 'InvalidToken';
}

async function readHistory(gw: StepFunctionsGateway, arn: string, cursor: HistoryCursor): Promise<HistoryEvent[]> {
  let restarted = false;
  for (;;) {
    let page;
    try {
      page = await gw.getExecutionHistory(arn, cursor.token);
    } catch (e) {
      // An expired token: start again from the first page.
      if (cursor.token === undefined || restarted || !isInvalidToken(e)) throw e;
      restarted = true;
      cursor.complete = [];
      cursor.token = undefined;
      continue;
    }
    if (!page.nextToken) return [...cursor.complete, ...page.items];
    cursor.complete = [...cursor.complete, ...page.items];
    cursor.token = page.nextToken;
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function rawMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Poll until the execution ends or polling must stop (resolves with the last update), or the signal aborts (undefined). */
export async function pollExecution(gw: StepFunctionsGateway, arn: string, o: PollOptions): Promise<PollUpdate | undefined> {
  const sleep = o.sleep ?? abortableSleep;
  const random = o.random ?? Math.random;
  const first = o.firstDelayMs ?? 250;
  const max = o.maxDelayMs ?? 5000;
  const maxError = o.maxErrorDelayMs ?? 20_000;
  const unknownRetries = o.unknownRetries ?? 5;
  let delay = first;
  let errorDelay = first;
  let unknownInARow = 0;
  let last: PollUpdate = { execution: undefined, events: [], problem: undefined };
  const cursor: HistoryCursor = { complete: [], token: undefined };
  for (;;) {
    if (o.signal.aborted) return undefined;
    let wait: number;
    try {
      const execution = await gw.describeExecution(arn);
      const events = await readHistory(gw, arn, cursor);
      if (o.signal.aborted) return undefined;
      last = { execution, events, problem: undefined };
      o.onUpdate(last);
      if (isTerminal(execution.status)) return last;
      delay = Math.min(max, Math.round(delay * 1.5));
      errorDelay = delay;
      unknownInARow = 0;
      // ±10 % so that several open tabs do not poll in step.
      wait = Math.round(delay * (0.9 + 0.2 * random()));
    } catch (e) {
      if (o.signal.aborted) return undefined;
      const failure = classifyAwsError(e);
      unknownInARow = failure.kind === 'unknown' && !failure.retryable ? unknownInARow + 1 : 0;
      if ((!failure.retryable && failure.kind !== 'unknown') || unknownInARow > unknownRetries) {
        last = { ...last, problem: `Polling stopped: ${failure.title}. ${failure.message} ${failure.action}`, failure: { ...failure, retryable: false } };
        o.onUpdate(last);
        return last;
      }
      // Exponential backoff with "equal jitter": half the delay fixed, half random; capped.
      errorDelay = Math.min(maxError, Math.max(errorDelay * 2, failure.kind === 'throttling' ? THROTTLE_MIN_MS : 0));
      wait = Math.round(errorDelay / 2 + (random() * errorDelay) / 2);
      const what =
        failure.kind === 'network-down'
          ? 'Network lost'
          : failure.kind === 'proxy-not-running'
            ? // From the browser, a lost connection and a stopped proxy look the same.
              'Network lost or the AWS proxy stopped'
            : `Polling failed (${failure.kind === 'unknown' ? rawMessage(e) : `${failure.title}: ${rawMessage(e)}`})`;
      last = { ...last, problem: `${what}: retrying in ${seconds(wait)}`, failure };
      o.onUpdate(last);
    }
    await sleep(wait, o.signal);
  }
}
