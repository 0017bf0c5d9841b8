/**
 * The functions AWS adds to JSONata in Step Functions: $partition, $range, $hash, $random, $uuid, $parse.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html (functions provided by Step Functions)
 *
 * They are registered on every compiled expression (see ../jsonata.ts). Failures throw plain errors that the
 * evaluator reports as States.QueryEvaluationError. Recorded: a one-element $range result is unwrapped like any
 * JSONata sequence ($range(1, 9, 9) gives 1), while $partition always gives an array of arrays.
 */
import type { JsonValue } from '../../asl/types.ts';
import { hashHex } from './encoding.ts';
import { MAX_RANGE_ITEMS } from './array.ts';
import { JavaRandom } from './math.ts';

interface Focus {
  environment: { lookup(name: string): unknown };
}

export interface JsonataFunction {
  impl: (this: Focus, ...args: never[]) => unknown;
  signature?: string;
}

function fail(fn: string, message: string): never {
  throw new Error(`$${fn}: ${message}`);
}

/** Mark an array as a JSONata sequence, so that a single element is unwrapped. */
function sequence(items: JsonValue[]): JsonValue[] {
  if (items.length === 0) return items;
  Object.defineProperty(items, 'sequence', { value: true, enumerable: false });
  return items;
}

function partition(items: JsonValue[], size: number): JsonValue[] {
  if (!Array.isArray(items)) fail('partition', 'the first argument must be an array');
  if (!Number.isInteger(size) || size <= 0) fail('partition', `the chunk size must be a positive integer, but was ${size}`);
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function range(start: number, end: number, step: number): JsonValue[] {
  for (const [what, n] of [
    ['start', start],
    ['end', end],
    ['step', step],
  ] as const) {
    if (!Number.isInteger(n)) fail('range', `the ${what} must be an integer, but was ${n}`);
  }
  if (step === 0) fail('range', 'the step must not be 0');
  const count = Math.max(0, Math.floor((end - start) / step) + 1);
  if (count > MAX_RANGE_ITEMS) fail('range', `the result cannot contain more than ${MAX_RANGE_ITEMS} items, size: ${count}`);
  const out: JsonValue[] = [];
  for (let k = 0; k < count; k++) out.push(start + k * step);
  return sequence(out);
}

function hash(value: string, algorithm: string): string {
  if (typeof value !== 'string') fail('hash', 'the value to hash must be a string');
  const out = hashHex(value, algorithm);
  if (out === undefined) fail('hash', `the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was '${algorithm}'`);
  return out;
}

function random(this: Focus, seed?: number): number {
  if (seed !== undefined) {
    if (typeof seed !== 'number' || !Number.isFinite(seed)) fail('random', 'the seed must be a number');
    return new JavaRandom(seed).nextDouble();
  }
  const source = this.environment.lookup('__random') as (() => number) | undefined;
  return (source ?? Math.random)();
}

function uuid(this: Focus): string {
  const source = this.environment.lookup('__uuid') as (() => string) | undefined;
  return source ? source() : globalThis.crypto.randomUUID();
}

function parse(text: string): unknown {
  if (typeof text !== 'string') fail('parse', 'the argument must be a string');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return fail('parse', `the argument is not valid JSON: ${(e as Error).message}`);
  }
}

export const AWS_JSONATA_FUNCTIONS: Record<string, JsonataFunction> = {
  partition: { impl: partition, signature: '<an:a>' },
  range: { impl: range, signature: '<nnn:a>' },
  hash: { impl: hash, signature: '<ss:s>' },
  random: { impl: random, signature: '<n?:n>' },
  uuid: { impl: uuid, signature: '<:s>' },
  parse: { impl: parse, signature: '<s:x>' },
};
