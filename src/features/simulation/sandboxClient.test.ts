import { describe, expect, it } from 'vitest';
import type { SandboxMessage, SandboxRequest } from './protocol.ts';
import { SandboxClient, SandboxFailure } from './sandboxClient.ts';

/** A stand-in sandbox worker that answers each request with `answer` (after a 'started'). */
function fakeWorker(answer: (req: SandboxRequest) => SandboxMessage[]): () => Worker {
  return () => {
    const w = Object.assign(new EventTarget(), {
      postMessage(req: SandboxRequest) {
        queueMicrotask(() => {
          for (const m of answer(req)) w.dispatchEvent(new MessageEvent('message', { data: m }));
        });
      },
      terminate() {},
    });
    return w as unknown as Worker;
  };
}

describe('the sandbox client', () => {
  it("hands a call's kept lines to the log, then one line with the dropped count", async () => {
    const client = new SandboxClient(
      fakeWorker((r) => [
        { id: r.id, type: 'started' },
        { id: r.id, type: 'result', result: { ok: r.timeoutMs }, logs: [{ level: 'log', text: 'a' }, { level: 'warn', text: 'b' }], droppedLogs: 299_998 },
      ]),
      1234,
    );
    const lines: unknown[] = [];
    const result = await client.call('code', {}, {}, (level, text, dropped) => lines.push([level, text, dropped]));
    expect(result).toEqual({ ok: 1234 });
    expect(lines).toEqual([
      ['log', 'a', undefined],
      ['warn', 'b', undefined],
      ['warn', '… 299,998 more lines dropped', 299_998],
    ]);
  });

  it("rejects with the sandbox's own failure kind and name", async () => {
    const client = new SandboxClient(
      fakeWorker((r) => [{ id: r.id, type: 'error', kind: 'memory', name: 'Sandbox.MemoryLimit', message: 'too much', logs: [], droppedLogs: 0 }]),
      100,
    );
    const err = await client.call('code', {}, {}, () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SandboxFailure);
    expect(err).toMatchObject({ kind: 'memory', name: 'Sandbox.MemoryLimit', message: 'too much' });
  });
});
