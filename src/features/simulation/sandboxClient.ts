/**
 * The engine worker's handle on the mock sandbox worker: one call at a time, each with a time limit. A call that
 * does not answer in time (an infinite loop, a promise that never settles) terminates the sandbox, which is
 * recreated for the next call; the engine's own state is untouched. Errors come back as data.
 */
import type { JsonValue } from '../../asl/types.ts';
import type { LogLine, SandboxMessage, SandboxRequest } from './protocol.ts';

export class SandboxFailure extends Error {
  readonly kind: 'timeout' | 'crash' | 'thrown';
  constructor(kind: SandboxFailure['kind'], name: string, message: string) {
    super(message);
    this.kind = kind;
    this.name = name;
  }
}

export type LogSink = (level: LogLine['level'], text: string) => void;

export class SandboxClient {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly create: () => Worker;
  timeoutMs: number;

  constructor(create: () => Worker, timeoutMs: number) {
    this.create = create;
    this.timeoutMs = timeoutMs;
  }

  call(code: string, event: JsonValue, context: JsonValue, log: LogSink): Promise<JsonValue> {
    this.worker ??= this.create();
    const w = this.worker;
    const id = ++this.seq;
    const ms = this.timeoutMs;
    return new Promise<JsonValue>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
      };
      const timer = setTimeout(() => {
        done();
        this.kill();
        reject(new SandboxFailure('timeout', 'Sandbox.Timeout', `The mock did not finish within ${ms} ms (an infinite loop or a promise that never settles); its sandbox was restarted`));
      }, ms);
      const onMessage = (e: MessageEvent<SandboxMessage>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.type === 'log') return log(m.level, m.text);
        done();
        if (m.type === 'result') resolve(m.result);
        else reject(new SandboxFailure('thrown', m.name, m.message));
      };
      const onError = (e: ErrorEvent) => {
        e.preventDefault();
        done();
        this.kill();
        reject(new SandboxFailure('crash', 'Sandbox.Crashed', e.message || 'The mock sandbox crashed'));
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      const req: SandboxRequest = { id, code, event, context };
      w.postMessage(req);
    });
  }

  kill(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
