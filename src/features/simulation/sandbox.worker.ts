/**
 * The mock sandbox worker: runs user-written Lambda handlers (`export async function handler(event, context)`)
 * in QuickJS compiled to WebAssembly (src/simulator/mockSandbox), where the network, storage, `self`, messages and
 * timers of this worker do not exist: the mock's code never runs as this worker's JavaScript. The engine, and its
 * .wasm file (bundled by Vite, served from this origin), load on the first call: only a run with a JavaScript mock
 * pays for them. Each call is a fresh QuickJS runtime with a CPU deadline, a memory ceiling and a capped console,
 * answered in one message with its logs. The worker stays as the engine worker's kill switch of last resort.
 */
import wasmLocation from '@jitl/quickjs-ng-wasmfile-release-sync/wasm?url';
import { createMockEngine } from '../../simulator/mockSandbox/engine.ts';
import type { SandboxMessage, SandboxRequest } from './protocol.ts';

const scope = self as unknown as { postMessage(m: SandboxMessage): void; onmessage: ((e: MessageEvent<SandboxRequest>) => void) | null };
const engine = createMockEngine({ wasmLocation });

let queue: Promise<void> = Promise.resolve();

async function call(req: SandboxRequest): Promise<void> {
  const { id, code, event, context, timeoutMs } = req;
  await engine.ready();
  scope.postMessage({ id, type: 'started' });
  const out = await engine.run({ code, event, context, limits: { timeoutMs } });
  const logs = { logs: out.logs, droppedLogs: out.droppedLogs };
  if (out.ok) scope.postMessage({ id, type: 'result', result: out.result, ...logs });
  else scope.postMessage({ id, type: 'error', kind: out.kind === 'invalid' ? 'thrown' : out.kind, name: out.name, message: out.message, ...logs });
}

scope.onmessage = (e) => {
  const req = e.data;
  queue = queue.then(() => call(req)).catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    scope.postMessage({ id: req.id, type: 'error', kind: 'crash', name: 'Sandbox.Crashed', message, logs: [], droppedLogs: 0 });
  });
};
