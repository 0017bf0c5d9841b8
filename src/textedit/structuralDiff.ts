/**
 * A structural diff between two JSON values as a list of edit operations, each valid on the document as it is
 * after the operations before it. A removed key and an added key at the same place (or with a deep-equal value)
 * count as a rename, so a renamed state keeps its place in `States`. Arrays keep their common prefix and suffix.
 */
import type { JsonPathSegments } from '../asl/types.ts';
import { deepEqual, isRecord as isObj } from '../asl/values.ts';

export type DiffOp =
  /** Replace the existing value at `path`. */
  | { op: 'set'; path: JsonPathSegments; value: unknown }
  /** Remove the existing property or array item at `path`. */
  | { op: 'remove'; path: JsonPathSegments }
  /** Insert a property (after the sibling key `after`, first when undefined) or an array item at `path`. */
  | { op: 'insert'; path: JsonPathSegments; value: unknown; after?: string }
  /** Rename the key `from` of the object at `path` to `to`, in place. */
  | { op: 'rename'; path: JsonPathSegments; from: string; to: string };

export function structuralDiff(oldValue: unknown, newValue: unknown, path: JsonPathSegments = []): DiffOp[] {
  const ops: DiffOp[] = [];
  diffInto(oldValue, newValue, path, ops);
  return ops;
}

function diffInto(a: unknown, b: unknown, path: JsonPathSegments, ops: DiffOp[]): void {
  if (deepEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffArrays(a, b, path, ops);
  if (isObj(a) && isObj(b)) return diffObjects(a, b, path, ops);
  ops.push({ op: 'set', path, value: b });
}

function diffArrays(a: unknown[], b: unknown[], path: JsonPathSegments, ops: DiffOp[]): void {
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && deepEqual(a[p], b[p])) p++;
  let s = 0;
  while (s < min - p && deepEqual(a[a.length - 1 - s], b[b.length - 1 - s])) s++;
  const om = a.length - p - s;
  const nm = b.length - p - s;
  const pairs = Math.min(om, nm);
  for (let i = 0; i < pairs; i++) diffInto(a[p + i], b[p + i], [...path, p + i], ops);
  for (let i = om - 1; i >= nm; i--) ops.push({ op: 'remove', path: [...path, p + i] });
  for (let i = om; i < nm; i++) ops.push({ op: 'insert', path: [...path, p + i], value: b[p + i] });
}

function diffObjects(a: Record<string, unknown>, b: Record<string, unknown>, path: JsonPathSegments, ops: DiffOp[]): void {
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const oldKeys = Object.keys(a);
  const newKeys = Object.keys(b);
  const removed = oldKeys.filter((k) => !has(b, k));
  const added = new Set(newKeys.filter((k) => !has(a, k)));
  /** new key → old key, for keys renamed in place. */
  const renamedFrom = new Map<string, string>();
  const unpairedRemoved: string[] = [];
  for (const r of removed) {
    let match = [...added].find((k) => deepEqual(a[r], b[k]));
    if (match === undefined) {
      const candidate = newKeys[oldKeys.indexOf(r)];
      if (candidate !== undefined && added.has(candidate)) match = candidate;
    }
    if (match === undefined) {
      unpairedRemoved.push(r);
      continue;
    }
    added.delete(match);
    renamedFrom.set(match, r);
    ops.push({ op: 'rename', path, from: r, to: match });
  }
  for (const r of unpairedRemoved) ops.push({ op: 'remove', path: [...path, r] });
  for (const k of newKeys) {
    if (added.has(k)) continue;
    const from = renamedFrom.get(k) ?? k;
    diffInto(a[from], b[k], [...path, k], ops);
  }
  newKeys.forEach((k, i) => {
    if (added.has(k)) ops.push({ op: 'insert', path: [...path, k], value: b[k], after: newKeys[i - 1] });
  });
}
