/**
 * Cached fast paths in front of the JSONPath module (jsonpath.ts): plain reference paths such as `$`, `$.a.b`
 * and `$$.Map.Item.Value` are compiled once into a list of keys and read directly; payload templates whose `.$`
 * values are all such paths are compiled into a builder. Anything else, and every miss (a missing field, which
 * must raise the ASL error the JSONPath module names), goes to jsonpath.ts, so behaviour is the module's.
 */
import type { JsonValue } from '../asl/types.ts';
import { evaluatePath, evaluatePayloadTemplate } from './jsonpath.ts';
import type { EvalScope } from './scope.ts';

type Keys = { ctx: boolean; keys: string[] } | null;
const pathCache = new Map<string, Keys>();
const SIMPLE = /^\$\$?(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function compilePath(path: string): Keys {
  let hit = pathCache.get(path);
  if (hit !== undefined) return hit;
  hit = SIMPLE.test(path) ? { ctx: path.startsWith('$$'), keys: path.split('.').slice(1) } : null;
  pathCache.set(path, hit);
  return hit;
}

const MISS = Symbol('miss');

function fastRead(keys: { ctx: boolean; keys: string[] }, scope: EvalScope): JsonValue | typeof MISS {
  let v: JsonValue = keys.ctx ? scope.context : scope.input;
  for (const k of keys.keys) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, k)) return MISS;
    v = (v as Record<string, JsonValue>)[k] as JsonValue;
  }
  return v;
}

/** `evaluatePath` with a cached fast path for plain reference paths. */
export function readPath(path: string, scope: EvalScope, errorName?: string): JsonValue {
  const keys = compilePath(path);
  if (keys) {
    const v = fastRead(keys, scope);
    if (v !== MISS) return v;
  }
  return evaluatePath(path, scope, errorName);
}

type Builder = (scope: EvalScope) => JsonValue | typeof MISS;
const templateCache = new WeakMap<object, Builder | null>();

function compileTemplate(t: JsonValue): Builder | null {
  if (t === null || typeof t !== 'object') return () => t;
  if (Array.isArray(t)) {
    const parts = t.map(compileTemplate);
    if (parts.some((p) => p === null)) return null;
    return (scope) => {
      const out: JsonValue[] = [];
      for (const p of parts as Builder[]) {
        const v = p(scope);
        if (v === MISS) return MISS;
        out.push(v);
      }
      return out;
    };
  }
  const fields: { key: string; build: Builder }[] = [];
  for (const [k, v] of Object.entries(t)) {
    if (k === '__proto__' || k === '__proto__.$') return null;
    if (k.endsWith('.$')) {
      if (typeof v !== 'string') return null;
      const keys = compilePath(v);
      if (!keys) return null;
      fields.push({ key: k.slice(0, -2), build: (scope) => fastRead(keys, scope) });
    } else {
      const b = compileTemplate(v as JsonValue);
      if (!b) return null;
      fields.push({ key: k, build: b });
    }
  }
  return (scope) => {
    const out: Record<string, JsonValue> = {};
    for (const f of fields) {
      const v = f.build(scope);
      if (v === MISS) return MISS;
      out[f.key] = v;
    }
    return out;
  };
}

/** `evaluatePayloadTemplate` with a compiled fast path for templates made of plain reference paths. */
export function buildTemplate(template: JsonValue, scope: EvalScope): JsonValue {
  if (template === null || typeof template !== 'object') return template;
  let b = templateCache.get(template);
  if (b === undefined) {
    b = compileTemplate(template);
    templateCache.set(template, b);
  }
  if (b) {
    const v = b(scope);
    if (v !== MISS) return v;
  }
  return evaluatePayloadTemplate(template, scope);
}
