/**
 * Task tokens of `.waitForTaskToken` tasks that no mock answers: the task waits until SendTaskSuccess,
 * SendTaskFailure, its HeartbeatSeconds or TimeoutSeconds (real time times the wait scale), or StopExecution. The wait's real length
 * becomes the task's duration, so the history's timestamps and the simulator's timeout checks see it.
 * Errors as AWS names them: TaskDoesNotExist (never issued or already closed), TaskTimedOut (closed by its
 * timeout), InvalidToken (not a token at all).
 */
import type { JsonValue } from '../asl/types.ts';
import type { TaskOutcome } from '../simulator/execution.ts';
import { ApiError } from './errors.ts';

interface Waiting {
  resolve: (o: TaskOutcome) => void;
  startedAt: number;
  /** When the last heartbeat came (the start until one does). */
  beatAt: number;
  /** Wall-clock ms per virtual ms (the server's wait scale); durations reported are virtual. */
  scale: number;
  heartbeatMs: number | null;
  heartbeatTimer: ReturnType<typeof setTimeout> | null;
  timeoutTimer: ReturnType<typeof setTimeout> | null;
  cleanup: () => void;
}

/** Closed tokens remembered (to answer TaskTimedOut rather than TaskDoesNotExist), oldest dropped first. */
const REMEMBER_CLOSED = 10_000;

export class Callbacks {
  private readonly waiting = new Map<string, Waiting>();
  private readonly closed = new Map<string, 'timed-out' | 'closed'>();

  get size(): number {
    return this.waiting.size;
  }

  /**
   * Waits for the token's answer. `limits` in virtual seconds (null: none); `scale` is the wall-clock time per
   * virtual one (0.01: a 300 s TimeoutSeconds ends after 3 s; 0, "skip waits", counts as 1: a callback is never
   * timed out before anyone could answer it).
   */
  wait(token: string, limits: { timeout: number | null; heartbeat: number | null }, signal: AbortSignal, scale = 1): Promise<TaskOutcome> {
    const k = scale > 0 ? scale : 1;
    return new Promise((resolve) => {
      const startedAt = Date.now();
      const w: Waiting = {
        resolve,
        startedAt,
        beatAt: startedAt,
        scale: k,
        heartbeatMs: limits.heartbeat === null ? null : limits.heartbeat * 1000,
        heartbeatTimer: null,
        timeoutTimer: null,
        cleanup: () => undefined,
      };
      const onAbort = () => this.close(token, 'closed', { error: 'States.Aborted', cause: 'Execution stopped' });
      signal.addEventListener('abort', onAbort, { once: true });
      w.cleanup = () => signal.removeEventListener('abort', onAbort);
      // A timer's outcome lasts 1 ms longer than the limit, so the simulator reports the timeout itself.
      if (limits.timeout !== null) {
        const ms = limits.timeout * 1000;
        w.timeoutTimer = setTimeout(() => this.close(token, 'timed-out', { output: null, durationMs: ms + 1 }), ms * k);
      }
      this.waiting.set(token, w);
      this.armHeartbeat(token, w);
      if (signal.aborted) onAbort();
    });
  }

  /** Forgets a token whose task failed before anyone could answer it (its promise is no longer awaited). */
  cancel(token: string): void {
    this.close(token, 'closed', { error: 'States.TaskFailed', cause: 'cancelled' });
  }

  private armHeartbeat(token: string, w: Waiting): void {
    if (w.heartbeatMs === null) return;
    if (w.heartbeatTimer) clearTimeout(w.heartbeatTimer);
    const ms = w.heartbeatMs;
    // The simulator checks a duration against HeartbeatSeconds from the task's start: report the time since then.
    w.beatAt = Date.now();
    // The timeout's task time is exact (the last beat + HeartbeatSeconds), as on AWS: the timer firing late on a
    // busy machine must not stretch the history.
    const firesAt = (w.beatAt - w.startedAt) / w.scale + ms + 1;
    w.heartbeatTimer = setTimeout(() => this.close(token, 'timed-out', { output: null, durationMs: firesAt, quietMs: ms + 1 }), ms * w.scale);
  }

  /** Virtual ms since the task started. */
  private elapsed(w: Waiting): number {
    return (Date.now() - w.startedAt) / w.scale;
  }

  /** Virtual ms since the last heartbeat. */
  private quiet(w: Waiting): number {
    return (Date.now() - w.beatAt) / w.scale;
  }

  private close(token: string, how: 'timed-out' | 'closed', outcome: TaskOutcome): void {
    const w = this.waiting.get(token);
    if (!w) return;
    this.waiting.delete(token);
    if (w.heartbeatTimer) clearTimeout(w.heartbeatTimer);
    if (w.timeoutTimer) clearTimeout(w.timeoutTimer);
    w.cleanup();
    this.closed.set(token, how);
    if (this.closed.size > REMEMBER_CLOSED) this.closed.delete(this.closed.keys().next().value as string);
    w.resolve(outcome);
  }

  private take(token: string): Waiting {
    if (token.length > 1024) throw new ApiError('InvalidToken', 'Invalid Token: the task token is longer than 1024 characters');
    const w = this.waiting.get(token);
    if (w) return w;
    if (this.closed.get(token) === 'timed-out') throw new ApiError('TaskTimedOut', `Task Timed Out: '${token}'`);
    throw new ApiError('TaskDoesNotExist', `Task Does Not Exist: '${token}'`);
  }

  success(token: string, output: JsonValue): void {
    const w = this.take(token);
    this.close(token, 'closed', { output, durationMs: this.elapsed(w), quietMs: this.quiet(w) });
  }

  failure(token: string, error: string | undefined, cause: string | undefined): void {
    const w = this.take(token);
    this.close(token, 'closed', { error: error ?? '', cause: cause ?? '', durationMs: this.elapsed(w), quietMs: this.quiet(w) });
  }

  heartbeat(token: string): void {
    this.armHeartbeat(token, this.take(token));
  }
}
