/**
 * The mock engine (QuickJS in WebAssembly, run here in Node as the CLI and tests run it): no host API exists in
 * it, imports are refused, every call is a fresh world, and CPU time, memory and the console are capped.
 */
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../asl/types.ts';
import { createMockEngine, type MockCall, type MockOutcome } from './engine.ts';

const engine = createMockEngine();
const run = (code: string, event: JsonValue = {}, more: Partial<MockCall> = {}): Promise<MockOutcome> =>
  engine.run({ code, event, context: { functionName: 'T' }, ...more });

function failure(o: MockOutcome): { kind: string; name: string; message: string } {
  if (o.ok) throw new Error(`expected a failure, got ${JSON.stringify(o.result)}`);
  return { kind: o.kind, name: o.name, message: o.message };
}

const HOST_APIS = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'FontFace', 'fonts', 'navigator',
  'self', 'window', 'document', 'importScripts', 'postMessage', 'addEventListener', 'onmessage', 'Worker', 'SharedWorker',
  'BroadcastChannel', 'MessageChannel', 'indexedDB', 'caches', 'localStorage', 'sessionStorage', 'storageBuckets', 'Request',
  'Image', 'location', 'require', 'process', 'Deno', 'Bun', 'std', 'os', 'WebAssembly',
];

describe('the mock engine has no host APIs', () => {
  it('every network, storage, worker and messaging API is undefined', async () => {
    const o = await run(`export const handler = () => ${JSON.stringify(HOST_APIS)}.filter((k) => typeof globalThis[k] !== 'undefined')`);
    expect(o).toMatchObject({ ok: true, result: [] });
  });

  it('the global object holds ECMAScript built-ins and the console/timer shims only', async () => {
    const o = await run(`export const handler = () => Object.getOwnPropertyNames(globalThis).filter((k) => /fetch|socket|storage|worker|import|message|font|navigator|self|cache|db|request|url/i.test(k))`);
    expect(o).toMatchObject({ ok: true, result: [] });
  });

  it('import() is refused, whatever the spelling, and the handler sees the refusal', async () => {
    const o = await run(`export async function handler(event) {
      const tries = [() => import/**/('http://127.0.0.1:9/x.js?d=' + JSON.stringify(event)), () => import('data:text/javascript,export default 1'), () => eval('import("./y.js")')];
      const out = [];
      for (const t of tries) { try { await t(); out.push('loaded'); } catch (e) { out.push(String(e.message)); } }
      return out;
    }`, { secret: 's3' });
    expect(o.ok).toBe(true);
    const msgs = (o as { result: string[] }).result;
    expect(msgs).toHaveLength(3);
    for (const m of msgs) expect(m).toMatch(/cannot import modules/);
  });

  it('an uncaught import() and a static import fail the call with Sandbox.Forbidden', async () => {
    expect(failure(await run(`export async function handler(e) { return await import('http://127.0.0.1:9/m.js'); }`))).toMatchObject({ name: 'Sandbox.Forbidden' });
    expect(failure(await run(`import x from 'http://127.0.0.1:9/m.js'; export const handler = () => x;`))).toMatchObject({ name: 'Sandbox.Forbidden' });
  });
});

describe('limits', () => {
  it('an infinite loop is interrupted with Sandbox.Timeout near its limit', async () => {
    await run('export const handler = () => 1'); // load the engine first: the limit is the call's own
    const o = await run('export const handler = () => { for (;;) {} }', {}, { limits: { timeoutMs: 300 } });
    expect(failure(o)).toMatchObject({ kind: 'timeout', name: 'Sandbox.Timeout' });
    expect(o.ms).toBeGreaterThanOrEqual(290);
    expect(o.ms).toBeLessThan(5000);
  });

  it('an async infinite loop and a loop that catches errors are interrupted too', async () => {
    const a = await run('export const handler = async () => { await null; for (;;) {} }', {}, { limits: { timeoutMs: 200 } });
    const b = await run('export const handler = () => { for (;;) { try { for (;;) {} } catch (e) {} } }', {}, { limits: { timeoutMs: 200 } });
    expect(failure(a).name).toBe('Sandbox.Timeout');
    expect(failure(b).name).toBe('Sandbox.Timeout');
  });

  it('a promise that can never settle fails at once with Sandbox.Timeout', async () => {
    const o = await run('export const handler = () => new Promise(() => {})');
    expect(failure(o)).toMatchObject({ name: 'Sandbox.Timeout', message: expect.stringMatching(/never settles/) });
  });

  it('a memory bomb is stopped with Sandbox.MemoryLimit, and the next call runs', async () => {
    const small = createMockEngine({ heapBytes: 24 * 1024 * 1024 });
    const bomb = await small.run({ code: 'export const handler = () => { const a = []; for (;;) a.push(new Float64Array(1 << 16)); }', event: null, context: null, limits: { timeoutMs: 10_000 } });
    expect(failure(bomb)).toMatchObject({ kind: 'memory', name: 'Sandbox.MemoryLimit' });
    const objects = await small.run({ code: 'export const handler = () => { const a = []; for (;;) a.push({ n: a.length, s: "x" + a.length }); }', event: null, context: null, limits: { timeoutMs: 20_000 } });
    expect(failure(objects).kind).toMatch(/^(memory|timeout)$/);
    const after = await small.run({ code: 'export const handler = (e) => e.n + 1', event: { n: 41 }, context: null });
    expect(after).toMatchObject({ ok: true, result: 42 });
  });

  it('deep recursion is a stack overflow error of the mock, and the engine survives it', async () => {
    const o = await run('export const handler = () => { const f = (n) => f(n + 1) + 1; return f(0); }');
    expect(failure(o)).toMatchObject({ kind: 'thrown', message: expect.stringMatching(/stack/i) });
    expect(await run('export const handler = () => { const f = (n) => (n === 0 ? 0 : 1 + f(n - 1)); return f(1000); }')).toMatchObject({ ok: true, result: 1000 });
  });
});

describe('each invocation is a world of its own', () => {
  it('globals, prototypes and module state set by one call are gone in the next', async () => {
    const code = `let calls = 0;
      export const handler = (event) => {
        calls++;
        const seen = { calls, secret: typeof secret === 'undefined' ? null : secret, polluted: ({}).polluted ?? null, json: JSON.stringify.name };
        globalThis.secret = event.secret; Object.prototype.polluted = 'yes'; JSON.stringify = () => 'hijacked';
        return seen;
      };`;
    await run(code, { secret: 'first' });
    const second = await run(code, { secret: 'second' });
    expect(second).toMatchObject({ ok: true, result: { calls: 1, secret: null, polluted: null, json: 'stringify' } });
  });

  it("a mock cannot read the next mock's code or event", async () => {
    const spy = await run(`export const handler = () => { globalThis.onmessage = (e) => console.log('stolen', JSON.stringify(e)); setTimeout(() => console.log('still here'), 1); return typeof addEventListener; }`);
    const next = await run('export const handler = (e) => e.card', { card: '4111 1111 1111 1111' });
    expect(spy).toMatchObject({ ok: true, result: 'undefined' });
    expect(next).toMatchObject({ ok: true, result: '4111 1111 1111 1111', logs: [] });
  });

  it('a throw from a timer after the handler returned is not blamed on the next call', async () => {
    const late = await run(`export const handler = () => { setTimeout(() => { throw new Error('late'); }, 10); setTimeout(() => console.log('late line'), 20); return 'returned'; }`);
    const next = await run('export const handler = () => "mine"');
    expect(late).toMatchObject({ ok: true, result: 'returned', logs: [] });
    expect(next).toMatchObject({ ok: true, result: 'mine', logs: [] });
  });
});

describe('console', () => {
  it('a flood keeps the first 1,000 lines and counts the dropped ones', async () => {
    const o = await run('export const handler = () => { for (let i = 0; i < 20000; i++) console.log("line " + i); return "done"; }', {}, { limits: { timeoutMs: 60_000 } });
    expect(o).toMatchObject({ ok: true, result: 'done', droppedLogs: 19_000 });
    expect(o.logs).toHaveLength(1000);
    expect(o.logs[999]).toEqual({ level: 'log', text: 'line 999' });
  });

  it('the kept text is capped by size too, and long lines are cut', async () => {
    const o = await run('export const handler = () => { for (let i = 0; i < 400; i++) console.warn("x".repeat(20000)); }', {}, { limits: { timeoutMs: 60_000 } });
    const kept = o.logs.reduce((n, l) => n + l.text.length, 0);
    expect(o.logs.length).toBe(32); // 256 KiB / 8 KiB per cut line
    expect(kept).toBeLessThan(256 * 1024 + 32 * 100);
    expect(o.droppedLogs).toBe(400 - 32);
    expect(o.logs[0]!.text).toMatch(/more characters cut\)$/);
  });

  it('formats values as the page did: strings as is, the rest as JSON', async () => {
    const o = await run(`export const handler = () => { console.log('a', { b: 1 }, [2], undefined, null); console.error(new TypeError('t')); console.info(1n); }`);
    expect(o.logs.map((l) => l.level)).toEqual(['log', 'error', 'info']);
    expect(o.logs[0]!.text).toBe('a {"b":1} [2] undefined null');
    expect(o.logs[1]!.text).toMatch(/TypeError: t|t/);
    expect(o.logs[2]!.text).toBe('1');
  });
});

describe('handlers', () => {
  it('runs async handlers with fake timers on a virtual clock', async () => {
    const o = await run(`export async function handler(event, context) {
      const order = [];
      setTimeout(() => order.push('b'), 20);
      setTimeout(() => order.push('a'), 10);
      await new Promise((r) => setTimeout(r, 60_000));
      return { order, fn: context.functionName, input: event };
    }`, { x: 1 });
    expect(o).toMatchObject({ ok: true, result: { order: ['a', 'b'], fn: 'T', input: { x: 1 } } });
    expect(o.ms).toBeLessThan(5000);
  });

  it('accepts export default and `export const handler`, and a module with top-level await', async () => {
    expect(await run('export default async (e) => ({ got: e })', { a: 1 })).toMatchObject({ ok: true, result: { got: { a: 1 } } });
    expect(await run('const v = await Promise.resolve(7); export const handler = () => v')).toMatchObject({ ok: true, result: 7 });
  });

  it('maps what a handler throws to an error name and message', async () => {
    expect(failure(await run("export const handler = () => { const e = new Error('boom'); e.name = 'Custom.Fail'; throw e; }"))).toEqual({ kind: 'thrown', name: 'Custom.Fail', message: 'boom' });
    expect(failure(await run("export const handler = async () => { throw new TypeError('bad'); }"))).toEqual({ kind: 'thrown', name: 'TypeError', message: 'bad' });
    expect(failure(await run("export const handler = () => { throw 'plain'; }"))).toEqual({ kind: 'thrown', name: 'Error', message: 'plain' });
    expect(failure(await run('export function handler( {'))).toMatchObject({ kind: 'thrown', name: 'SyntaxError' });
    expect(failure(await run('export const x = 1'))).toMatchObject({ name: 'Sandbox.NoHandler' });
  });

  it('returns JSON: undefined is null, dates are strings, a cycle is an error', async () => {
    expect(await run('export const handler = () => undefined')).toMatchObject({ ok: true, result: null });
    expect(await run('export const handler = () => ({ d: new Date(0) })')).toMatchObject({ ok: true, result: { d: '1970-01-01T00:00:00.000Z' } });
    expect(failure(await run('export const handler = () => { const a = {}; a.a = a; return a; }')).name).toBe('TypeError');
  });
});
