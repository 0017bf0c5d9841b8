/**
 * The layout client for the app: `createLayoutEngine()` posts graphs to the layout worker and resolves promises
 * by request id. A newer request on the same channel supersedes older ones: their promises reject with a
 * LayoutSupersededError (callers ignore it). Without Web Workers (Node, tests) it runs layoutGraph in-process;
 * elkjs is only ever reached through a dynamic import (elk.ts).
 */
import type { StateGraph } from '../asl/graph.ts';
import { fromPortableOptions, toPortableGraph, unpackLayout, type LayoutRequest, type LayoutResponse, type PortableLayoutOptions } from './protocol.ts';
import type { LayoutResult } from './types.ts';

export class LayoutSupersededError extends Error {
  override name = 'LayoutSupersededError';
  constructor(id: number) {
    super(`layout request ${id} was superseded by a newer one`);
  }
}

export interface LayoutEngine {
  layout(graph: StateGraph, options: PortableLayoutOptions, channel?: string): Promise<LayoutResult>;
  dispose(): void;
}

/** What the engine needs of a Worker (lets tests pass a fake). */
export interface WorkerLike {
  postMessage(msg: LayoutRequest): void;
  addEventListener(type: 'message', fn: (e: { data: LayoutResponse }) => void): void;
  addEventListener(type: 'error', fn: (e: unknown) => void): void;
  terminate(): void;
}

export interface LayoutEngineOptions {
  /** Worker factory; default: the bundled layout worker when `Worker` exists, else in-process layout. */
  createWorker?: (() => WorkerLike) | null;
}

function defaultWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'asl-layout' }) as unknown as WorkerLike;
}

interface Pending {
  channel: string;
  resolve: (r: LayoutResult) => void;
  reject: (e: Error) => void;
}

export function createLayoutEngine(opts: LayoutEngineOptions = {}): LayoutEngine {
  const worker = opts.createWorker === null ? undefined : opts.createWorker ? opts.createWorker() : defaultWorker();
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const settleStale = (channel: string, newest: number) => {
    for (const [id, p] of pending) {
      if (p.channel === channel && id < newest) {
        pending.delete(id);
        p.reject(new LayoutSupersededError(id));
      }
    }
  };

  worker?.addEventListener('message', (e: { data: LayoutResponse }) => {
    const msg = e.data;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'result') p.resolve(unpackLayout(msg.result));
    else if (msg.type === 'error') p.reject(new Error(msg.message));
    else p.reject(new LayoutSupersededError(msg.id));
  });
  worker?.addEventListener('error', (e: unknown) => {
    const message = (e as { message?: string })?.message ?? 'layout worker failed';
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(new Error(message));
    }
  });

  return {
    layout(graph, options, channel = 'default') {
      const id = nextId++;
      settleStale(channel, id);
      return new Promise<LayoutResult>((resolve, reject) => {
        pending.set(id, { channel, resolve, reject });
        const request: LayoutRequest = { type: 'layout', id, channel, graph: toPortableGraph(graph), options };
        if (worker) {
          worker.postMessage(request);
          return;
        }
        void (async () => {
          try {
            // Dynamic: elkjs and the layouters stay out of the page's initial bundle.
            const { layoutGraph } = await import('./layoutGraph.ts');
            const result = await layoutGraph(graph, fromPortableOptions(options));
            const p = pending.get(id);
            pending.delete(id);
            p?.resolve(result);
          } catch (err) {
            const p = pending.get(id);
            pending.delete(id);
            p?.reject(err instanceof Error ? err : new Error(String(err)));
          }
        })();
      });
    },
    dispose() {
      worker?.terminate();
      for (const [id, p] of pending) p.reject(new LayoutSupersededError(id));
      pending.clear();
    },
  };
}
