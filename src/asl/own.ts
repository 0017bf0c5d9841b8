/**
 * Keyed lookups by names users choose (state names such as `constructor`, `__proto__`, `toString`): a plain
 * object answers those from Object.prototype (`{}['constructor']` is a function) and `o['__proto__'] = v` sets the
 * prototype instead of a key. Records keyed by user names are built with `dict()` (no prototype) and read with
 * `own()` (own properties only), which also holds for records that crossed postMessage or IndexedDB (structured
 * clone gives them Object.prototype back).
 */

const hasOwn = Object.prototype.hasOwnProperty;

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && hasOwn.call(record, key) ? record[key] : undefined;
}

/** An empty record with no prototype: any string is an ordinary key. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of a record's own enumerable entries (plus `extra`, which wins). */
export function dictFrom<T>(record: Readonly<Record<string, T>> | undefined, extra?: Readonly<Record<string, T>>): Record<string, T> {
  const out = dict<T>();
  if (record) for (const k of Object.keys(record)) out[k] = record[k] as T;
  if (extra) for (const k of Object.keys(extra)) out[k] = extra[k] as T;
  return out;
}

/** The same record with one key set (a copy without prototype; `key` may be `__proto__`). */
export function withKey<T>(record: Readonly<Record<string, T>> | undefined, key: string, value: T): Record<string, T> {
  const out = dictFrom(record);
  out[key] = value;
  return out;
}
