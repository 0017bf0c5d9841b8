/**
 * The simulation engine, off the page's thread: it owns the execution snapshot, runs the abortable stepping loop
 * (breakpoints by canvas id, pacing for the animation, a publish at most every 100 ms when running flat out) and
 * posts deltas to the page. Task mocks written in JavaScript run in a nested sandbox worker (sandboxClient.ts:
 * QuickJS in WebAssembly, with a CPU deadline), so a hanging mock is stopped without losing this worker's state.
 * The run's log is capped (logCap.ts). The run itself is an EngineSession (engineSession.ts); this file only wires
 * one to the worker's messages. The page stops a run at once by terminating this worker.
 */
import { EngineSession } from './engineSession.ts';
import type { EngineMessage, EngineRequest } from './protocol.ts';
import { SandboxClient } from './sandboxClient.ts';

const scope = self as unknown as { postMessage(m: EngineMessage): void; onmessage: ((e: MessageEvent<EngineRequest>) => void) | null };
const sandbox = new SandboxClient(() => new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module' }), 3000);
const session = new EngineSession((m) => scope.postMessage(m), sandbox);

scope.onmessage = (e) => {
  session.handle(e.data).catch((err: unknown) => scope.postMessage({ type: 'fatal', message: err instanceof Error ? err.message : String(err) }));
};
