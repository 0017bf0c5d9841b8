/// <reference lib="webworker" />
/**
 * The layout worker: runs layoutGraph (ELK loaded lazily inside this worker) off the main thread. Vite bundles
 * it as its own chunk from `new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { layoutGraph } from './layoutGraph.ts';
import { createLayoutHandler, type LayoutRequest, type LayoutResponse } from './protocol.ts';
import { warmUpLayout } from './warmup.ts';

const ctx = self as unknown as { postMessage(msg: LayoutResponse): void; addEventListener(type: 'message', fn: (e: MessageEvent<LayoutRequest>) => void): void };
const handle = createLayoutHandler((msg) => ctx.postMessage(msg), layoutGraph);
// After the first answer (the start-up document), warm the fast layouter's JIT for the first big machine.
let warmed = false;
ctx.addEventListener('message', (e) => {
  void handle(e.data).then(() => {
    if (warmed) return;
    warmed = true;
    setTimeout(() => void warmUpLayout().catch(() => undefined), 0);
  });
});
