/**
 * The evaluation scope shared by JSONPath, intrinsic functions and Choice rules, plus small JSON helpers that
 * every evaluator needs (prototype-safe object building, deep equality, type names).
 *
 * Values reached through a scope are shared structure: evaluators never mutate them and callers must not either.
 */
import type { JsonValue } from '../asl/types.ts';

export interface EvalScope {
  /** The current "$" (state input / effective input). */
  input: JsonValue;
  /** The context object "$$". */
  context: JsonValue;
  /** Workflow variables in scope ($name in JSONPath, $name in JSONata). */
  variables: Record<string, JsonValue>;
  /** Optional source of randomness in [0, 1) for `States.MathRandom` without a seed (defaults to Math.random). */
  random?: () => number;
  /** Optional UUID source for `States.UUID()` (defaults to globalThis.crypto.randomUUID). */
  uuid?: () => string;
}

export type JsonObject = { [key: string]: JsonValue };

const hasOwn = Object.prototype.hasOwnProperty;

/** True when `o` is a plain JSON object (not null, not an array). */
export function isJsonObject(o: unknown): o is JsonObject {
  return typeof o === 'object' && o !== null && !Array.isArray(o);
}

/** Own-property lookup: inherited names like `constructor` or `__proto__` are never found. */
export function getOwn(o: JsonObject, key: string): JsonValue | undefined {
  return hasOwn.call(o, key) ? o[key] : undefined;
}

/** Set an own data property, also for the key `__proto__` (which plain assignment would turn into a prototype change). */
export function setOwn(o: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    o[key] = value;
  }
}

/** A shallow copy that keeps `__proto__` keys as plain data. */
export function copyObject(o: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(o)) setOwn(out, k, o[k] as JsonValue);
  return out;
}

/** JSON deep equality (object key order ignored; -0 equals 0). */
export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!hasOwn.call(b, k) || !deepEqual(a[k], b[k])) return false;
  }
  return true;
}

/** The JSON type name of a value: object, array, string, number, boolean or null. */
export function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Compact JSON text for messages (undefined prints as `undefined`). */
export function jsonText(v: unknown): string {
  return v === undefined ? 'undefined' : JSON.stringify(v);
}
