/**
 * Array intrinsics: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique.
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-arrays
 */
import type { JsonValue } from '../../asl/types.ts';
import { deepEqual } from '../scope.ts';
import { expectArray, expectCount, expectInteger, expectNumber, intrinsicFailure, type IntrinsicFn } from './args.ts';

/** AWS caps arrays built by ArrayRange at 1000 items. */
export const MAX_RANGE_ITEMS = 1000;

const array: IntrinsicFn = (args) => args.slice();

const arrayPartition: IntrinsicFn = (args) => {
  expectCount('ArrayPartition', args, 2);
  const items = expectArray('ArrayPartition', args[0], 'the first argument');
  const size = Math.round(expectNumber('ArrayPartition', args[1], 'the chunk size'));
  if (size <= 0) intrinsicFailure('ArrayPartition', `the chunk size must be a positive integer, but was ${size}`);
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const arrayContains: IntrinsicFn = (args) => {
  expectCount('ArrayContains', args, 2);
  const items = expectArray('ArrayContains', args[0], 'the first argument');
  return items.some((v) => deepEqual(v, args[1] as JsonValue));
};

const arrayRange: IntrinsicFn = (args) => {
  expectCount('ArrayRange', args, 3);
  const first = expectInteger('ArrayRange', args[0], 'the first argument');
  const last = expectInteger('ArrayRange', args[1], 'the second argument');
  const step = expectInteger('ArrayRange', args[2], 'the step');
  if (step === 0) intrinsicFailure('ArrayRange', 'the step must not be 0');
  const count = Math.floor((last - first) / step) + 1;
  if (count > MAX_RANGE_ITEMS) {
    intrinsicFailure('ArrayRange', `arrays cannot contain more than ${MAX_RANGE_ITEMS} items, size: ${count}`);
  }
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(first + k * step);
  return out;
};

const arrayGetItem: IntrinsicFn = (args) => {
  expectCount('ArrayGetItem', args, 2);
  const items = expectArray('ArrayGetItem', args[0], 'the first argument');
  const index = expectInteger('ArrayGetItem', args[1], 'the index');
  if (index < 0 || index >= items.length) {
    intrinsicFailure('ArrayGetItem', `index ${index} is out of bounds for an array of length ${items.length}`);
  }
  return items[index] as JsonValue;
};

const arrayLength: IntrinsicFn = (args) => {
  expectCount('ArrayLength', args, 1);
  return expectArray('ArrayLength', args[0], 'the argument').length;
};

const arrayUnique: IntrinsicFn = (args) => {
  expectCount('ArrayUnique', args, 1);
  const items = expectArray('ArrayUnique', args[0], 'the argument');
  const seen = new Set<string>();
  const out: JsonValue[] = [];
  for (const v of items) {
    const key = canonicalJson(v);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
};

/** JSON text with object keys sorted, so that equal values (in any key order) give equal text. */
export function canonicalJson(v: JsonValue): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k] as JsonValue)}`).join(',')}}`;
  }
  return JSON.stringify(Object.is(v, -0) ? 0 : v);
}

export const arrayFunctions: Record<string, IntrinsicFn> = {
  Array: array,
  ArrayPartition: arrayPartition,
  ArrayContains: arrayContains,
  ArrayRange: arrayRange,
  ArrayGetItem: arrayGetItem,
  ArrayLength: arrayLength,
  ArrayUnique: arrayUnique,
};
