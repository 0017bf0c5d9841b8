/**
 * The evaluation scope shared by JSONPath, intrinsic functions and Choice rules, plus small JSON helpers that
 * every evaluator needs (prototype-safe object building, deep equality, type names).
 *
 * Values reached through a scope are shared structure: evaluators never mutate them and callers must not either.
 */
import type { JsonValue } from '../asl/types.ts';
import { deepEqual as jsonDeepEqual, isRecord } from '../asl/values.ts';

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
export const isJsonObject = isRecord as (o: unknown) => o is JsonObject;

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

/** JSON deep equality (object key order ignored; -0 equals 0): asl/values.ts. */
export const deepEqual: (a: JsonValue | undefined, b: JsonValue | undefined) => boolean = jsonDeepEqual;

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
