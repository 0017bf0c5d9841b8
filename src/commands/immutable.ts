/**
 * Immutable path helpers with structural sharing: only the objects and arrays along the changed path are copied,
 * everything else is shared with the input. Object key order is kept (a replaced key stays where it was).
 */
import type { JsonPathSegments } from '../asl/types.ts';
import { deepEqual, isRecord as isObj } from '../asl/values.ts';

export { deepEqual, isObj };
export type Obj = Record<string, unknown>;

/**
 * Set an own property, whatever the key: plain assignment of `__proto__` would set the prototype instead (and
 * drop a state or field of that name, which JSON allows and `JSON.parse` keeps as an own key).
 */
export function put(obj: Obj, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function getIn(root: unknown, path: JsonPathSegments): unknown {
  let node = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[seg];
    } else {
      if (!isObj(node) || !Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
      node = node[seg];
    }
  }
  return node;
}

/** A copy of `root` with `fn` applied at `path`; `fn` returning undefined removes the key (or array item). */
export function updateIn<T>(root: T, path: JsonPathSegments, fn: (old: unknown) => unknown): T {
  if (path.length === 0) return fn(root) as T;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const arr = Array.isArray(root) ? root.slice() : [];
    const next = updateIn(arr[head], rest, fn);
    if (next === undefined && rest.length === 0) arr.splice(head, 1);
    else arr[head] = next;
    return arr as T;
  }
  const obj: Obj = isObj(root) ? { ...root } : {};
  const next = updateIn(obj[head as string], rest, fn);
  if (next === undefined && rest.length === 0) delete obj[head as string];
  else put(obj, head as string, next);
  return obj as T;
}

export function setIn<T>(root: T, path: JsonPathSegments, value: unknown): T {
  return updateIn(root, path, () => value);
}

/** A copy of an object with a field set (undefined removes it), keeping the key order. */
export function withField<T extends Obj>(obj: T, key: string, value: unknown): T {
  const out = { ...obj } as Obj;
  if (value === undefined) delete out[key];
  else put(out, key, value);
  return out as T;
}

/** A copy of an object with a key renamed in place (its position in key order is kept). */
export function renameKey<T extends Obj>(obj: T, from: string, to: string): T {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) put(out, k === from ? to : k, v);
  return out as T;
}

/** A copy of an object with `oldKey` replaced by `newKey: value` at the same position (appended when absent). */
export function replaceKey<T extends Obj>(obj: T, oldKey: string, newKey: string, value: unknown): T {
  if (!Object.prototype.hasOwnProperty.call(obj, oldKey)) return { ...obj, [newKey]: value };
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === oldKey) put(out, newKey, value);
    else if (k !== newKey) put(out, k, v);
  }
  return out as T;
}

/** A copy of an object with `key: value` inserted right after `afterKey` (at the end when absent). */
export function insertKeyAfter<T extends Obj>(obj: T, afterKey: string | undefined, key: string, value: unknown): T {
  if (afterKey === undefined || !Object.prototype.hasOwnProperty.call(obj, afterKey)) return { ...obj, [key]: value };
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === key) continue;
    put(out, k, v);
    if (k === afterKey) put(out, key, value);
  }
  return out as T;
}

/** A deep copy of plain JSON data. */
export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
