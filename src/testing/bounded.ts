/**
 * Run a function of a source module in a separate Node thread with a deadline, for tests of code that could hang
 * (an endless loop cannot be interrupted in the thread that runs it; vitest's test timeout never fires then). The
 * thread loads TypeScript through tsx; on time-out it is terminated and the result says so.
 */
import { Worker } from 'node:worker_threads';

export type Bounded<T> = { done: true; value: T; ms: number } | { done: false; ms: number };

// An ES module (eval'd code is CommonJS unless it is a data: URL; tsx must be resolved from this project).
const RUNNER = `
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
register();
const mod = await import(workerData.url);
const value = await mod[workerData.name](...workerData.args);
parentPort.postMessage(value);
`;

/**
 * Call `exported(...args)` of the module at `moduleUrl` (use `new URL('./x.ts', import.meta.url).href`) in a worker
 * thread; resolves with its (structured-clonable) result, or `done: false` after `timeoutMs`.
 */
export function runBounded<T>(moduleUrl: string, exported: string, args: unknown[], timeoutMs: number): Promise<Bounded<T>> {
  const start = performance.now();
  const worker = new Worker(RUNNER, {
    eval: true,
    workerData: { url: moduleUrl, name: exported, args },
  });
  return new Promise((resolve, reject) => {
    // The deadline counts from the thread's start: loading tsx and the module takes part of it.
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ done: false, ms: performance.now() - start });
    }, timeoutMs);
    worker.once('message', (value: T) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({ done: true, value, ms: performance.now() - start });
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
