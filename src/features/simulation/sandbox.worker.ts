/**
 * The mock sandbox: runs user-written Lambda handlers (`export async function handler(event, context)`) in a
 * worker of its own, so the engine can kill it when a mock hangs. The code is compiled here with `new Function`
 * (never in the page); network and worker APIs are removed from the global scope first, and module imports are
 * refused. `console` is captured and streamed back as log lines tagged with the call id.
 */
import type { JsonValue } from '../../asl/types.ts';
import type { SandboxMessage, SandboxRequest } from './protocol.ts';

const scope = self as unknown as { postMessage(m: SandboxMessage): void; onmessage: ((e: MessageEvent<SandboxRequest>) => void) | null };
const post = scope.postMessage.bind(scope);

const BLOCKED = [
  'fetch', 'XMLHttpRequest', 'importScripts', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport',
  'Worker', 'SharedWorker', 'BroadcastChannel', 'indexedDB', 'caches', 'postMessage',
];

/** Shadow each blocked API on the global object and on every prototype that defines it. */
function lockDown(): void {
  for (let o: object | null = globalThis; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const k of BLOCKED) {
      if (o !== globalThis && !Object.prototype.hasOwnProperty.call(o, k)) continue;
      try {
        Object.defineProperty(o, k, { value: undefined, writable: false, configurable: false });
      } catch {
        // A non-configurable property stays; the handler's own parameters shadow the important ones.
      }
    }
  }
}
lockDown();

let currentId = 0;
const capture = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
  const text = args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
  post({ id: currentId, type: 'log', level, text });
};
const sandboxConsole = { log: capture('log'), info: capture('info'), debug: capture('log'), warn: capture('warn'), error: capture('error') };

function safeJson(v: unknown): string {
  try {
    return v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
}

type Handler = (event: JsonValue, context: JsonValue) => unknown;
const compiled = new Map<string, Handler>();

class SandboxError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** Compile a handler module once per code text (like a warm Lambda, module state survives between calls). */
function compile(code: string): Handler {
  const hit = compiled.get(code);
  if (hit) return hit;
  if (/(^|[^.\w$])import\s*[(\s{*'"]/.test(code)) throw new SandboxError('Sandbox.Forbidden', 'Mock code may not import modules');
  const body = `${code
    .replace(/\bexport\s+default\s+/g, '__exports.default = ')
    .replace(/\bexport\s+(?=(?:async\s+)?function\b|const\b|let\b|var\b|class\b)/g, '')}
;return typeof handler === 'function' ? handler : __exports.default;`;
  let factory: (...a: unknown[]) => unknown;
  try {
    factory = new Function('console', '__exports', ...BLOCKED, '"use strict";\n' + body) as (...a: unknown[]) => unknown;
  } catch (e) {
    throw new SandboxError('Sandbox.SyntaxError', e instanceof Error ? e.message : String(e));
  }
  const h = factory(sandboxConsole, {});
  if (typeof h !== 'function') throw new SandboxError('Sandbox.NoHandler', 'The mock code must export a function named handler');
  compiled.set(code, h as Handler);
  return h as Handler;
}

function toJson(v: unknown): JsonValue {
  if (v === undefined) return null;
  const text = JSON.stringify(v);
  return text === undefined ? null : (JSON.parse(text) as JsonValue);
}

scope.onmessage = (e) => {
  const { id, code, event, context } = e.data;
  currentId = id;
  const fail = (err: unknown) => {
    const x = err instanceof Error ? err : new Error(String(err));
    post({ id, type: 'error', name: x.name || 'Error', message: x.message });
  };
  try {
    const r = compile(code)(event, context);
    Promise.resolve(r).then((v) => {
      try {
        post({ id, type: 'result', result: toJson(v) });
      } catch (x) {
        fail(x);
      }
    }, fail);
  } catch (x) {
    fail(x);
  }
};
