import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import { createLayoutEngine, LayoutSupersededError, type WorkerLike } from './engine.ts';
import { layoutGraph } from './layoutGraph.ts';
import { createLayoutHandler, type LayoutRequest, type LayoutResponse } from './protocol.ts';

/** A worker stand-in: structured-clones messages and runs the real handler asynchronously. */
function fakeWorker(log: LayoutRequest[]): WorkerLike {
  const listeners: ((e: { data: LayoutResponse }) => void)[] = [];
  const handle = createLayoutHandler((msg) => setTimeout(() => listeners.forEach((l) => l({ data: structuredClone(msg) }))), layoutGraph);
  return {
    postMessage(msg) {
      log.push(msg);
      const copy = structuredClone(msg);
      setTimeout(() => void handle(copy));
    },
    addEventListener(type: string, fn: (e: never) => void) {
      if (type === 'message') listeners.push(fn as (e: { data: LayoutResponse }) => void);
    },
    terminate() {},
  };
}

const seed = toGraph(JSON.parse(SEED_DEFINITION_TEXT));

describe('createLayoutEngine', () => {
  it('lays out through a worker and resolves the request', async () => {
    const log: LayoutRequest[] = [];
    const engine = createLayoutEngine({ createWorker: () => fakeWorker(log) });
    const r = await engine.layout(seed, { direction: 'RIGHT', sizes: { CreateUser: { width: 300, height: 60 } } });
    expect(r.nodes.CreateUser).toMatchObject({ width: 300, height: 60 });
    expect(r.nodes.PlaceOrder?.x).toBeGreaterThan(r.nodes.CreateUser?.x ?? Infinity);
    expect(log).toHaveLength(1);
    engine.dispose();
  });

  it('supersedes stale requests on a channel, not on another', async () => {
    const engine = createLayoutEngine({ createWorker: () => fakeWorker([]) });
    const first = engine.layout(seed, { direction: 'DOWN' });
    const other = engine.layout(seed, { direction: 'DOWN' }, 'preview');
    const second = engine.layout(seed, { direction: 'RIGHT' });
    await expect(first).rejects.toBeInstanceOf(LayoutSupersededError);
    await expect(other).resolves.toHaveProperty('nodes.CreateUser');
    const r = await second;
    expect(r.nodes.PlaceOrder?.x).toBeGreaterThan(r.nodes.CreateUser?.x ?? Infinity);
    engine.dispose();
  });

  it('runs in-process when there is no worker', async () => {
    const engine = createLayoutEngine({ createWorker: null });
    const r = await engine.layout(seed, { direction: 'DOWN' });
    expect(Object.keys(r.nodes)).toHaveLength(seed.nodes.length);
  });
});

describe('createLayoutHandler', () => {
  it('answers a request overtaken in its queue with superseded, without computing it', async () => {
    const out: LayoutResponse[] = [];
    let calls = 0;
    const handle = createLayoutHandler((m) => out.push(m), async (g, o) => {
      calls++;
      return layoutGraph(g, o);
    });
    const req = (id: number): LayoutRequest => ({ type: 'layout', id, channel: 'c', graph: { nodes: seed.nodes, edges: seed.edges }, options: { direction: 'DOWN' } });
    await Promise.all([handle(req(1)), handle(req(2))]);
    expect(out.map((m) => `${m.id}:${m.type}`).sort()).toEqual(['1:superseded', '2:result']);
    expect(calls).toBe(1);
  });
});
