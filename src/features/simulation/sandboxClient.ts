/**
 * The engine worker's handle on the mock sandbox worker: one call at a time. The time limit is enforced inside
 * the sandbox (QuickJS's interrupt handler stops the mock and the call fails with `Sandbox.Timeout`); this client
 * only keeps a backstop: a call that does not answer within the limit plus a grace period after it started (or
 * within `loadMs` before it could start) terminates the sandbox worker, which is recreated for the next call. The
 * engine's own state is untouched. Errors come back as data, with the call's capped console.
 */
import type { JsonValue } from '../../asl/types.ts';
import type { LogLine, SandboxLogs, SandboxMessage, SandboxRequest } from './protocol.ts';

export class SandboxFailure extends Error {
  readonly kind: 'timeout' | 'crash' | 'thrown' | 'memory';
  constructor(kind: SandboxFailure['kind'], name: string, message: string) {
    super(message);
    this.kind = kind;
    this.name = name;
  }
}

/** Receives the call's console: each kept line, then (when lines were dropped) one line with their count. */
export type LogSink = (level: LogLine['level'], text: string, dropped?: number) => void;

/** Real time a call may take beyond its limit before the worker is killed (the engine stops it well before). */
export const BACKSTOP_GRACE_MS = 3000;
/** Real time for the sandbox to load its WebAssembly engine before a call starts. */
export const LOAD_MS = 30_000;

function deliver(m: SandboxLogs, log: LogSink): void {
  for (const l of m.logs) log(l.level, l.text);
  if (m.droppedLogs > 0) log('warn', `… ${m.droppedLogs.toLocaleString('en-US')} more line${m.droppedLogs === 1 ? '' : 's'} dropped`, m.droppedLogs);
}

export class SandboxClient {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly create: () => Worker;
  timeoutMs: number;
  private readonly graceMs: number;
  private readonly loadMs: number;

  constructor(create: () => Worker, timeoutMs: number, backstop: { graceMs?: number; loadMs?: number } = {}) {
    this.create = create;
    this.timeoutMs = timeoutMs;
    this.graceMs = backstop.graceMs ?? BACKSTOP_GRACE_MS;
    this.loadMs = backstop.loadMs ?? LOAD_MS;
  }

  call(code: string, event: JsonValue, context: JsonValue, log: LogSink): Promise<JsonValue> {
    this.worker ??= this.create();
    const w = this.worker;
    const id = ++this.seq;
    const ms = this.timeoutMs;
    return new Promise<JsonValue>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = (after: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          done();
          this.kill();
          reject(new SandboxFailure('timeout', 'Sandbox.Timeout', `The mock did not finish within ${ms} ms; its sandbox was restarted`));
        }, after);
      };
      const done = () => {
        clearTimeout(timer);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
      };
      const onMessage = (e: MessageEvent<SandboxMessage>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.type === 'started') return arm(ms + this.graceMs);
        done();
        deliver(m, log);
        if (m.type === 'result') resolve(m.result);
        else reject(new SandboxFailure(m.kind, m.name, m.message));
      };
      const onError = (e: ErrorEvent) => {
        e.preventDefault();
        done();
        this.kill();
        reject(new SandboxFailure('crash', 'Sandbox.Crashed', e.message || 'The mock sandbox crashed'));
      };
      arm(Math.max(this.loadMs, ms + this.graceMs));
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      const req: SandboxRequest = { id, code, event, context, timeoutMs: ms };
      w.postMessage(req);
    });
  }

  kill(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
