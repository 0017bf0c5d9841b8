/**
 * JSON intrinsics: States.StringToJson, States.JsonToString, States.JsonMerge.
 * Recorded: StringToJson of "" (or blank text) gives null. JsonMerge supports only the shallow mode (third argument
 * false): keys of the second object replace those of the first.
 */
import type { JsonValue } from '../../asl/types.ts';
import { copyObject, setOwn } from '../scope.ts';
import { expectBoolean, expectCount, expectObject, expectString, intrinsicFailure, type IntrinsicFn } from './args.ts';

/** Replace -0 by 0 everywhere (JSON has no negative zero). */
function noNegativeZero(v: JsonValue): JsonValue {
  if (typeof v === 'number') return Object.is(v, -0) ? 0 : v;
  if (Array.isArray(v)) return v.map(noNegativeZero);
  if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) v[k] = noNegativeZero(v[k] as JsonValue);
  }
  return v;
}

const stringToJson: IntrinsicFn = (args) => {
  expectCount('StringToJson', args, 1);
  const text = expectString('StringToJson', args[0], 'the argument');
  if (text.trim() === '') return null;
  try {
    return noNegativeZero(JSON.parse(text) as JsonValue);
  } catch (e) {
    return intrinsicFailure('StringToJson', `the argument is not valid JSON: ${(e as Error).message}`);
  }
};

const jsonToString: IntrinsicFn = (args) => {
  expectCount('JsonToString', args, 1);
  return JSON.stringify(args[0]);
};

const jsonMerge: IntrinsicFn = (args) => {
  expectCount('JsonMerge', args, 3);
  const a = expectObject('JsonMerge', args[0], 'the first argument');
  const b = expectObject('JsonMerge', args[1], 'the second argument');
  const deep = expectBoolean('JsonMerge', args[2], 'the third argument (isDeepMerge)');
  if (deep) intrinsicFailure('JsonMerge', 'only the shallow merging mode is supported: isDeepMerge must be false');
  const out = copyObject(a);
  for (const k of Object.keys(b)) setOwn(out, k, b[k] as JsonValue);
  return out;
};

export const jsonFunctions: Record<string, IntrinsicFn> = {
  StringToJson: stringToJson,
  JsonToString: jsonToString,
  JsonMerge: jsonMerge,
};
