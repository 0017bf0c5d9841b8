/**
 * Runs JavaScript Lambda mocks (`export async function handler(event, context)`) in QuickJS compiled to
 * WebAssembly (quickjs-emscripten). The engine has no host APIs at all: no network (`fetch`, `import()`,
 * `FontFace`, sockets), no storage, no workers, no `self`, no messages; the only way out is the console, which the
 * host caps. Every invocation gets a fresh runtime and context (nothing survives from one call to the next), a
 * memory limit, a stack limit and a CPU deadline enforced by QuickJS's interrupt handler. Async handlers are run to
 * the end with `executePendingJobs` and fake timers on a virtual clock; whatever is still scheduled when the
 * handler settles is thrown away with its context. Synchronous, so the same code runs in a Web Worker (the app)
 * and in Node (tests, CLI). Pure: no React, no store.
 */
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { JsonValue } from '../../asl/types.ts';
import { LogCollector, type LogLevel, type MockLog } from './logCollector.ts';
import { PRELUDE } from './prelude.ts';

export interface MockLimits {
  /** Real time for the whole invocation (compile, run, promise jobs, timers). */
  timeoutMs: number;
  memoryBytes: number;
  stackBytes: number;
  maxLogLines: number;
  maxLogBytes: number;
  maxLogLineChars: number;
}

export const DEFAULT_LIMITS: MockLimits = {
  timeoutMs: 2000,
  memoryBytes: 32 * 1024 * 1024,
  // QuickJS's own stack check must trip before the host's: at 512 KiB, deep recursion overflowed V8's stack
  // inside the WebAssembly first (a host RangeError); 256 KiB still allows a recursion 1,000 calls deep.
  stackBytes: 256 * 1024,
  maxLogLines: 1000,
  maxLogBytes: 256 * 1024,
  maxLogLineChars: 8 * 1024,
};

export interface MockCall {
  code: string;
  event: JsonValue;
  context: JsonValue;
  limits?: Partial<MockLimits>;
}

/** How a failed call failed: the handler threw (its own error name), or the sandbox stopped it. */
export type FailureKind = 'thrown' | 'timeout' | 'memory' | 'invalid' | 'crash';

interface Logs {
  logs: MockLog[];
  /** Lines written past the cap (counted, not kept). */
  droppedLogs: number;
  /** Real milliseconds the call took. */
  ms: number;
}

export type MockOutcome = ({ ok: true; result: JsonValue } | { ok: false; kind: FailureKind; name: string; message: string }) & Logs;

export interface MockEngine {
  /** Load the WebAssembly now (run does it too); resolves once a call would start at once. */
  ready(): Promise<void>;
  run(call: MockCall): Promise<MockOutcome>;
}

/** Ceiling of the engine's whole WebAssembly heap (QuickJS's own ~2 MB included): the hard memory limit. */
export const DEFAULT_HEAP_BYTES = 64 * 1024 * 1024;
const PAGE = 65536;

const FILE = 'mock.js';

class Stop extends Error {
  readonly kind: FailureKind;
  constructor(kind: FailureKind, name: string, message: string) {
    super(message);
    this.kind = kind;
    this.name = name;
  }
}

interface Helpers {
  /** The prelude's control object (its `dropped` counts console lines past the cap). */
  ctl: QuickJSHandle;
  next: QuickJSHandle;
  toJson: QuickJSHandle;
  describe: QuickJSHandle;
}

/** One invocation, from a fresh runtime to its disposal. */
class Invocation {
  private readonly rt: QuickJSRuntime;
  private readonly vm: QuickJSContext;
  private readonly limits: MockLimits;
  readonly log: LogCollector;
  private readonly deadline: number;
  private interrupted = false;
  private importAsked: string | null = null;
  private readonly owned: QuickJSHandle[] = [];
  private ctl: QuickJSHandle | null = null;

  private readonly heapFull: () => boolean;

  constructor(module: QuickJSWASMModule, limits: MockLimits, heapFull: () => boolean) {
    this.limits = limits;
    this.heapFull = heapFull;
    this.log = new LogCollector({ maxLines: limits.maxLogLines, maxBytes: limits.maxLogBytes, maxLineChars: limits.maxLogLineChars });
    this.deadline = Date.now() + limits.timeoutMs;
    this.rt = module.newRuntime();
    this.rt.setMemoryLimit(limits.memoryBytes);
    this.rt.setMaxStackSize(limits.stackBytes);
    this.rt.setInterruptHandler(() => {
      if (Date.now() > this.deadline) this.interrupted = true;
      return this.interrupted;
    });
    this.rt.setModuleLoader((name) => {
      this.importAsked = name;
      return { error: new Error(`Mock code cannot import modules (asked for ${JSON.stringify(name.slice(0, 200))})`) };
    });
    this.vm = this.rt.newContext();
  }

  private keep(h: QuickJSHandle): QuickJSHandle {
    this.owned.push(h);
    return h;
  }

  /** An exception handle as a Stop (sandbox limits first: they are not the handler's own errors). */
  private failure(err: QuickJSHandle, helpers: Helpers | null): Stop {
    if (this.interrupted || Date.now() > this.deadline) {
      return new Stop('timeout', 'Sandbox.Timeout', `The mock did not finish within ${this.limits.timeoutMs} ms (an infinite loop, or too much work); it was stopped`);
    }
    const raw = this.safeDump(err);
    if (raw === null || /out of memory/i.test(String(raw.message)) || (this.heapFull() && raw.name === 'InternalError')) {
      return new Stop('memory', 'Sandbox.MemoryLimit', 'The mock used more memory than its sandbox has; it was stopped');
    }
    let name = 'Error';
    let message = '';
    const d = helpers ? this.vm.callFunction(helpers.describe, this.vm.undefined, err) : null;
    if (d && !d.error) {
      const v = this.vm.dump(d.value) as { name?: unknown; message?: unknown };
      d.value.dispose();
      name = typeof v.name === 'string' ? v.name : 'Error';
      message = typeof v.message === 'string' ? v.message : '';
    } else {
      d?.error.dispose();
      name = typeof raw.name === 'string' ? raw.name : 'Error';
      message = typeof raw.message === 'string' ? raw.message : String(raw.message ?? '');
    }
    if (this.importAsked !== null && /cannot import modules/.test(message)) return new Stop('invalid', 'Sandbox.Forbidden', message);
    return new Stop('thrown', name, message);
  }

  /** The thrown value as {name?, message?}; null when nothing could be read (QuickJS throws null when memory ran out). */
  private safeDump(h: QuickJSHandle): { name?: unknown; message?: unknown } | null {
    try {
      const v = this.vm.dump(h) as unknown;
      if (v === null || v === undefined) return this.vm.typeof(h) === 'undefined' ? { message: 'undefined' } : null;
      return typeof v === 'object' ? (v as { name?: unknown; message?: unknown }) : { message: String(v) };
    } catch {
      return null;
    }
  }

  private unwrap(r: ReturnType<QuickJSContext['evalCode']>, helpers: Helpers | null): QuickJSHandle {
    if (r.error) {
      const stop = this.failure(r.error, helpers);
      r.error.dispose();
      throw stop;
    }
    return this.keep(r.value);
  }

  private installPrelude(): Helpers {
    const hostLog = this.keep(
      this.vm.newFunction('log', (level, text) => {
        const lv = this.vm.getString(level) as LogLevel;
        const t = this.vm.typeof(text) === 'string' ? this.vm.getString(text) : null;
        return this.log.add(lv, t) ? this.vm.true : this.vm.false;
      }),
    );
    const factory = this.unwrap(this.vm.evalCode(PRELUDE, 'prelude.js', { type: 'global', strict: true }), null);
    const helpers = this.unwrap(this.vm.callFunction(factory, this.vm.undefined, hostLog), null);
    this.ctl = helpers;
    return {
      ctl: helpers,
      next: this.keep(this.vm.getProp(helpers, 'next')),
      toJson: this.keep(this.vm.getProp(helpers, 'toJson')),
      describe: this.keep(this.vm.getProp(helpers, 'describe')),
    };
  }

  /** Settle a promise: run its jobs, then fire timers one at a time, until it is no longer pending. */
  private settle(promise: QuickJSHandle, helpers: Helpers): QuickJSHandle {
    for (;;) {
      const jobs = this.rt.executePendingJobs();
      if (jobs.error) {
        const stop = this.failure(jobs.error, helpers);
        jobs.error.dispose();
        throw stop;
      }
      const state = this.vm.getPromiseState(promise);
      if (state.type === 'fulfilled') return this.keep(state.value);
      if (state.type === 'rejected') {
        const stop = this.failure(state.error, helpers);
        state.error.dispose();
        throw stop;
      }
      const fired = this.unwrap(this.vm.callFunction(helpers.next, this.vm.undefined), helpers);
      if (!this.vm.dump(fired)) {
        throw new Stop('timeout', 'Sandbox.Timeout', 'The mock returned a promise that never settles (no timer or job left to run); it was stopped');
      }
    }
  }

  run(call: MockCall): JsonValue {
    const helpers = this.installPrelude();
    const exports = this.unwrap(this.vm.evalCode(call.code, FILE, { type: 'module', strict: true }), helpers);
    const ns = this.settleModule(exports, helpers);
    let handler = this.keep(this.vm.getProp(ns, 'handler'));
    if (this.vm.typeof(handler) !== 'function') handler = this.keep(this.vm.getProp(ns, 'default'));
    if (this.vm.typeof(handler) !== 'function') throw new Stop('invalid', 'Sandbox.NoHandler', 'The mock code must export a function named handler');
    const event = this.unwrap(this.vm.evalCode(`(${JSON.stringify(call.event)})`, 'event.json', { type: 'global' }), helpers);
    const context = this.unwrap(this.vm.evalCode(`(${JSON.stringify(call.context)})`, 'context.json', { type: 'global' }), helpers);
    const returned = this.unwrap(this.vm.callFunction(handler, this.vm.undefined, event, context), helpers);
    const value = this.settle(returned, helpers);
    const json = this.unwrap(this.vm.callFunction(helpers.toJson, this.vm.undefined, value), helpers);
    try {
      return JSON.parse(this.vm.getString(json)) as JsonValue;
    } catch {
      throw new Stop('thrown', 'TypeError', 'The mock returned a value that is not JSON');
    }
  }

  /** A module's evaluation may return a promise of its namespace (top-level await). */
  private settleModule(exports: QuickJSHandle, helpers: Helpers): QuickJSHandle {
    const state = this.vm.getPromiseState(exports);
    if (state.type === 'fulfilled' && state.notAPromise) return exports;
    if (state.type === 'fulfilled') return this.keep(state.value);
    if (state.type === 'rejected') {
      const stop = this.failure(state.error, helpers);
      state.error.dispose();
      throw stop;
    }
    return this.settle(exports, helpers);
  }

  /** Console lines the sandbox only counted (past the cap), read without running the mock's code. */
  droppedInGuest(): number {
    if (!this.ctl?.alive) return 0;
    try {
      const h = this.vm.getProp(this.ctl, 'dropped');
      const n = this.vm.typeof(h) === 'number' ? this.vm.getNumber(h) : 0;
      h.dispose();
      return Number.isFinite(n) && n > 0 ? n : 0;
    } catch {
      return 0;
    }
  }

  dispose(): void {
    for (const h of this.owned.reverse()) if (h.alive) h.dispose();
    this.vm.dispose();
    this.rt.dispose();
  }

  /** After the WebAssembly failed: nothing in it can be trusted, not even freeing (the module is dropped). */
  abandon(): void {
    this.owned.length = 0;
  }
}

function limitsOf(partial: Partial<MockLimits> | undefined): MockLimits {
  const l = { ...DEFAULT_LIMITS };
  for (const k of Object.keys(l) as (keyof MockLimits)[]) {
    const v = partial?.[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) l[k] = v;
  }
  return l;
}

interface Loaded {
  module: QuickJSWASMModule;
  memory: WebAssembly.Memory;
}

/**
 * One call on a loaded module (synchronous). Throws only when the WebAssembly itself failed during the call;
 * `broken` says it failed while freeing the call (the outcome stands, the module must not be used again).
 */
function runOn(loaded: Loaded, call: MockCall, heapBytes: number): { outcome: MockOutcome; broken: boolean } {
  const t0 = performance.now();
  const limits = limitsOf(call.limits);
  const inv = new Invocation(loaded.module, limits, () => loaded.memory.buffer.byteLength + 4 * PAGE >= heapBytes);
  const done = (o: { ok: true; result: JsonValue } | { ok: false; kind: FailureKind; name: string; message: string }): MockOutcome => ({
    ...o,
    logs: inv.log.lines,
    droppedLogs: inv.log.dropped + inv.droppedInGuest(),
    ms: performance.now() - t0,
  });
  let outcome: MockOutcome;
  try {
    outcome = done({ ok: true, result: inv.run(call) });
  } catch (e) {
    if (!(e instanceof Stop)) {
      inv.abandon();
      throw e;
    }
    outcome = done({ ok: false, kind: e.kind, name: e.name, message: e.message });
  }
  try {
    inv.dispose();
    return { outcome, broken: false };
  } catch {
    return { outcome, broken: true };
  }
}

export interface EngineOptions {
  /** URL of the .wasm file in a browser (the app passes the one Vite bundled); Node reads it from node_modules. */
  wasmLocation?: string;
  /** The whole WebAssembly heap's ceiling (a WebAssembly.Memory maximum), in bytes. */
  heapBytes?: number;
}

/**
 * A first call that goes through the paths every mock takes (module, console, promise jobs, timers, errors), so
 * that the WebAssembly engine compiles them (V8 compiles WebAssembly functions lazily: ~1 s on a loaded machine)
 * before the first real call's deadline starts.
 */
const WARM_UP = `export async function handler(event, context) {
  console.log('warm', { event, context }, [1, 2]);
  await new Promise((r) => setTimeout(r, 1));
  try { await import('x'); } catch (e) { String(e); }
  try { null.x; } catch (e) { e.message; }
  return JSON.parse(JSON.stringify({ event, n: [1, 2, 3].map((x) => x * 2), s: 'a'.repeat(3) }));
}`;

async function load(options: EngineOptions, heapBytes: number): Promise<Loaded> {
  const base = (await import('@jitl/quickjs-ng-wasmfile-release-sync')).default;
  const memory = new WebAssembly.Memory({ initial: 256, maximum: Math.max(256, Math.floor(heapBytes / PAGE)) });
  const variant = newVariant(base, options.wasmLocation ? { wasmLocation: options.wasmLocation, wasmMemory: memory } : { wasmMemory: memory });
  const loaded = { module: await newQuickJSWASMModuleFromVariant(variant), memory };
  runOn(loaded, { code: WARM_UP, event: { a: 1 }, context: { b: 'c' }, limits: { timeoutMs: 60_000 } }, heapBytes);
  return loaded;
}

/**
 * The mock engine: QuickJS (quickjs-ng) in WebAssembly, loaded on the first call. Its heap is a
 * WebAssembly.Memory with a fixed maximum, so a memory bomb meets a wall that QuickJS's own accounting (which
 * cannot see allocation sizes in this build) would not give. Should the WebAssembly itself fail (a host stack
 * overflow, an assertion in QuickJS), the call fails with `Sandbox.Crashed` and the next call loads a new module.
 */
export function createMockEngine(options: EngineOptions = {}): MockEngine {
  const heapBytes = options.heapBytes ?? DEFAULT_HEAP_BYTES;
  let loading: Promise<Loaded> | null = null;
  return {
    async ready() {
      loading ??= load(options, heapBytes);
      await loading;
    },
    async run(call) {
      loading ??= load(options, heapBytes);
      const loaded = await loading;
      const t0 = performance.now();
      try {
        const { outcome, broken } = runOn(loaded, call, heapBytes);
        if (broken) loading = null;
        return outcome;
      } catch (e) {
        loading = null;
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, kind: 'crash', name: 'Sandbox.Crashed', message: `The mock sandbox failed (${message.slice(0, 200)}); it was restarted`, logs: [], droppedLogs: 0, ms: performance.now() - t0 };
      }
    },
  };
}
