/**
 * Retry and Catch (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
 * - Retriers are scanned in order; the first whose ErrorEquals matches decides: retry while its attempts are
 *   below MaxAttempts (default 3; 0 never retries), else the error goes to the catchers (later retriers are not
 *   consulted). Delay = IntervalSeconds (default 1) × BackoffRate (default 2) ^ attempt, capped by
 *   MaxDelaySeconds; JitterStrategy FULL picks a random delay in [0, delay].
 * - Catchers are scanned in order; the first match wins.
 * - `States.ALL` matches every error except `States.Runtime` (which is never retried or caught). The recordings
 *   show `States.ALL` catching `States.DataLimitExceeded`. `States.TaskFailed` matches every error except
 *   `States.Timeout` and `States.Runtime` (docs: "acts as a wildcard that matches any known error name except for
 *   States.Timeout").
 */
import type { Catcher, Retrier } from '../asl/types.ts';
import { ERRORS } from './errors.ts';

export function errorMatches(errorEquals: readonly string[] | undefined, error: string): boolean {
  if (error === ERRORS.Runtime) return false;
  if (!Array.isArray(errorEquals)) return false;
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === ERRORS.ALL) return true;
    if (name === ERRORS.TaskFailed && error !== ERRORS.Timeout) return true;
  }
  return false;
}

export type RetryDecision = { retry: true; index: number; delayMs: number } | { retry: false };

export function decideRetry(
  retriers: readonly Retrier[],
  attempts: readonly number[] | null,
  error: string,
  random: () => number,
): RetryDecision {
  for (let i = 0; i < retriers.length; i++) {
    const r = retriers[i] as Retrier;
    if (!errorMatches(r.ErrorEquals, error)) continue;
    const done = attempts?.[i] ?? 0;
    const max = typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3;
    if (done >= max) return { retry: false };
    const interval = typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1;
    const backoff = typeof r.BackoffRate === 'number' ? r.BackoffRate : 2;
    let delay = interval * Math.pow(backoff, done);
    if (typeof r.MaxDelaySeconds === 'number') delay = Math.min(delay, r.MaxDelaySeconds);
    if (r.JitterStrategy === 'FULL') delay = random() * delay;
    return { retry: true, index: i, delayMs: Math.round(delay * 1000) };
  }
  return { retry: false };
}

export function findCatcher(catchers: readonly Catcher[], error: string): Catcher | null {
  for (const c of catchers) if (errorMatches(c.ErrorEquals, error)) return c;
  return null;
}

export function nextAttempts(attempts: readonly number[] | null, count: number, index: number): number[] {
  const out = attempts ? attempts.slice() : Array.from({ length: count }, () => 0);
  out[index] = (out[index] ?? 0) + 1;
  return out;
}
