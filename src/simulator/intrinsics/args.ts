/** Argument checks shared by the intrinsic functions; every failure is States.IntrinsicFailure. */
import type { JsonValue } from '../../asl/types.ts';
import { ERRORS, StatesError } from '../errors.ts';
import { isJsonObject, jsonText, jsonTypeName, type EvalScope, type JsonObject } from '../scope.ts';
import type { IntrinsicCall } from './parse.ts';

/** What a function implementation receives besides its evaluated arguments. */
export interface IntrinsicContext {
  call: IntrinsicCall;
  scope: EvalScope;
}

export type IntrinsicFn = (args: JsonValue[], ctx: IntrinsicContext) => JsonValue;

export function intrinsicFailure(fn: string, message: string): never {
  throw new StatesError(ERRORS.IntrinsicFailure, `States.${fn}: ${message}`);
}

export function expectCount(fn: string, args: JsonValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    intrinsicFailure(fn, `expected ${want} argument(s) but got ${args.length}`);
  }
}

function describe(v: JsonValue | undefined): string {
  return `${jsonTypeName(v)} ${jsonText(v)}`;
}

export function expectString(fn: string, v: JsonValue | undefined, what: string): string {
  if (typeof v !== 'string') intrinsicFailure(fn, `${what} must be a string, but was ${describe(v)}`);
  return v;
}

export function expectNumber(fn: string, v: JsonValue | undefined, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) intrinsicFailure(fn, `${what} must be a number, but was ${describe(v)}`);
  return v;
}

export function expectInteger(fn: string, v: JsonValue | undefined, what: string): number {
  const n = expectNumber(fn, v, what);
  if (!Number.isInteger(n)) intrinsicFailure(fn, `${what} must be an integer, but was ${n}`);
  return n;
}

export function expectArray(fn: string, v: JsonValue | undefined, what: string): JsonValue[] {
  if (!Array.isArray(v)) intrinsicFailure(fn, `${what} must be an array, but was ${describe(v)}`);
  return v;
}

export function expectObject(fn: string, v: JsonValue | undefined, what: string): JsonObject {
  if (!isJsonObject(v)) intrinsicFailure(fn, `${what} must be a JSON object, but was ${describe(v)}`);
  return v;
}

export function expectBoolean(fn: string, v: JsonValue | undefined, what: string): boolean {
  if (typeof v !== 'boolean') intrinsicFailure(fn, `${what} must be a boolean, but was ${describe(v)}`);
  return v;
}
