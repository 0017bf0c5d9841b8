/**
 * Cached fast paths in front of the JSONPath module (jsonpath.ts): plain reference paths such as `$`, `$.a.b`
 * and `$$.Map.Item.Value` are compiled once into a list of keys and read directly; payload templates are
 * compiled into a builder (plain paths read directly, intrinsic calls evaluated directly). Anything else, and
 * every miss (a missing field, which must raise the ASL error the JSONPath module names), goes to jsonpath.ts
 * one field at a time, so behaviour is the module's.
 */
import type { JsonValue } from '../asl/types.ts';
import { evaluateIntrinsic, isIntrinsicCall } from './intrinsics/index.ts';
import { evaluatePath } from './jsonpath.ts';
import { evaluatePayloadTemplate } from './payloadTemplate.ts';
import type { EvalScope } from './scope.ts';
import { memoize } from '../asl/memo.ts';

type Keys = { ctx: boolean; keys: string[] } | null;
const SIMPLE = /^\$\$?(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const compilePath = memoize((path: string): Keys => (SIMPLE.test(path) ? { ctx: path.startsWith('$$'), keys: path.split('.').slice(1) } : null));

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

type Builder = (scope: EvalScope) => JsonValue;
const templateCache = new WeakMap<object, Builder | null>();

/** One `.$` field the slow way (evaluatePayloadTemplate): the same value, or the same error, as in the whole template. */
function slowField(key: string, raw: JsonValue, name: string, scope: EvalScope): JsonValue {
  const single: Record<string, JsonValue> = {};
  single[key] = raw;
  return (evaluatePayloadTemplate(single, scope) as Record<string, JsonValue>)[name] as JsonValue;
}

function dollarField(key: string, raw: JsonValue): Builder {
  const name = key.slice(0, -2);
  if (isIntrinsicCall(raw)) return (scope) => evaluateIntrinsic(raw, scope);
  const keys = typeof raw === 'string' ? compilePath(raw) : null;
  if (!keys) return (scope) => slowField(key, raw, name, scope);
  return (scope) => {
    const v = fastRead(keys, scope);
    return v === MISS ? slowField(key, raw, name, scope) : v;
  };
}

/**
 * A builder for a template, field by field in key order as evaluatePayloadTemplate goes: plain reference paths
 * are read directly, intrinsic calls evaluated directly, anything else (and a path the fast read misses) by
 * evaluatePayloadTemplate for that field alone, so each field is evaluated once. Null for `__proto__` keys.
 */
function compileTemplate(t: JsonValue): Builder | null {
  if (t === null || typeof t !== 'object') return () => t;
  if (Array.isArray(t)) {
    const parts = t.map(compileTemplate);
    if (parts.some((p) => p === null)) return null;
    return (scope) => {
      const out: JsonValue[] = [];
      for (const p of parts as Builder[]) out.push(p(scope));
      return out;
    };
  }
  const fields: { key: string; build: Builder }[] = [];
  for (const [k, v] of Object.entries(t)) {
    if (k === '__proto__' || k === '__proto__.$') return null;
    if (k.length > 2 && k.endsWith('.$')) {
      fields.push({ key: k.slice(0, -2), build: dollarField(k, v as JsonValue) });
    } else {
      const b = compileTemplate(v as JsonValue);
      if (!b) return null;
      fields.push({ key: k, build: b });
    }
  }
  return (scope) => {
    const out: Record<string, JsonValue> = {};
    for (const f of fields) out[f.key] = f.build(scope);
    return out;
  };
}

/** `evaluatePayloadTemplate`, compiled once per template object (see compileTemplate). */
export function buildTemplate(template: JsonValue, scope: EvalScope): JsonValue {
  if (template === null || typeof template !== 'object') return template;
  let b = templateCache.get(template);
  if (b === undefined) {
    b = compileTemplate(template);
    templateCache.set(template, b);
  }
  return b ? b(scope) : evaluatePayloadTemplate(template, scope);
}
