/**
 * Reading AWS JSON 1.0 requests: typed accessors that answer a wrong or missing member with AWS's
 * ValidationException (the SDKs validate little on the client side, the AWS CLI almost nothing), and the
 * conversion of times to the protocol's epoch seconds (a JSON number with a fraction).
 */
import { ApiError, validation } from './errors.ts';

export type Json = Record<string, unknown>;

/** Epoch seconds, as AWS JSON 1.0 sends timestamps. */
export const seconds = (ms: number) => ms / 1000;

export function str(q: Json, key: string): string {
  const v = q[key];
  if (typeof v !== 'string' || v === '') throw validation(`1 validation error detected: Value at '${key}' failed to satisfy constraint: Member must not be null`);
  return v;
}

export function optStr(q: Json, key: string): string | undefined {
  const v = q[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw validation(`1 validation error detected: Value at '${key}' failed to satisfy constraint: Member must be a string`);
  return v;
}

export function optBool(q: Json, key: string): boolean | undefined {
  const v = q[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw validation(`1 validation error detected: Value at '${key}' failed to satisfy constraint: Member must be a boolean`);
  return v;
}

/** `maxResults`: 0 or absent means the default; AWS allows up to 1000. */
export function maxResults(q: Json, fallback: number): number {
  const v = q.maxResults;
  if (v === undefined || v === null || v === 0) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1000) {
    throw validation(`1 validation error detected: Value '${String(v)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000`);
  }
  return v;
}

/**
 * One page of `items` from an opaque `nextToken` (here the base64 of the next index): AWS answers a token it did
 * not issue with InvalidToken.
 */
export function page<T>(items: readonly T[], q: Json, size: number): { items: T[]; nextToken?: string } {
  const token = optStr(q, 'nextToken');
  let start = 0;
  if (token !== undefined) {
    const n = Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^i:/, ''));
    if (!/^[A-Za-z0-9_-]+$/.test(token) || !Number.isInteger(n) || n < 0 || n > items.length) throw new InvalidTokenError(token);
    start = n;
  }
  const end = start + size;
  const out: { items: T[]; nextToken?: string } = { items: items.slice(start, end) };
  if (end < items.length) out.nextToken = Buffer.from(`i:${end}`).toString('base64url');
  return out;
}

class InvalidTokenError extends ApiError {
  constructor(token: string) {
    super('InvalidToken', `Invalid Token: '${token.slice(0, 100)}'`);
  }
}

/**
 * Names of state machines and executions: 1–80 characters, none of AWS's forbidden ones (white space, brackets
 * `< > { } [ ]`, wildcards `? *`, `" # % \ ^ | ~ \` $ & , ; : /`, control characters).
 */
export function validName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length >= 1 && name.length <= 80 && !/[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/.test(name);
}
