/**
 * String intrinsics: States.Format and States.StringSplit.
 * Format prints arguments the way AWS's Java runtime does: strings as-is, null/numbers/booleans as JSON, arrays as
 * `[a, b]` and objects as `{k=v, k2=v2}` (recorded). StringSplit splits on any character of the delimiter and
 * drops empty pieces (recorded: `",,,,"` gives `[]`).
 */
import type { JsonValue } from '../../asl/types.ts';
import { expectCount, expectString, intrinsicFailure, type IntrinsicFn } from './args.ts';

/** Render a value as States.Format does. */
export function formatValue(v: JsonValue): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v)
      .map((k) => `${k}=${formatValue(v[k] as JsonValue)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Split a template into literal pieces around its `{}` placeholders. For a string literal written in the call,
 * `raw` still holds the escapes, so `\{\}` stays literal text; a template read from a path has no escapes.
 */
export function templatePieces(template: string, raw: string | undefined): string[] {
  if (raw === undefined) return template.split('{}');
  const pieces: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1] as string;
      cur += next === "'" || next === '{' || next === '}' || next === '\\' ? next : ch + next;
      i++;
    } else if (ch === '{' && raw[i + 1] === '}') {
      pieces.push(cur);
      cur = '';
      i++;
    } else {
      cur += ch;
    }
  }
  pieces.push(cur);
  return pieces;
}

const format: IntrinsicFn = (args, { call }) => {
  expectCount('Format', args, 1, Infinity);
  const template = expectString('Format', args[0], 'the first argument');
  const first = call.args[0];
  const pieces = templatePieces(template, first?.kind === 'string' ? first.raw : undefined);
  const values = args.slice(1);
  if (pieces.length - 1 !== values.length) {
    intrinsicFailure(
      'Format',
      `the template has ${pieces.length - 1} placeholder(s) but ${values.length} value argument(s) were given`,
    );
  }
  let out = pieces[0] as string;
  for (let k = 0; k < values.length; k++) out += formatValue(values[k] as JsonValue) + (pieces[k + 1] as string);
  return out;
};

const stringSplit: IntrinsicFn = (args) => {
  expectCount('StringSplit', args, 2);
  const input = expectString('StringSplit', args[0], 'the first argument');
  const delimiters = expectString('StringSplit', args[1], 'the delimiter');
  if (delimiters === '') return input === '' ? [] : [input];
  const out: string[] = [];
  let cur = '';
  for (const ch of input) {
    if (delimiters.includes(ch)) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
};

export const stringFunctions: Record<string, IntrinsicFn> = { Format: format, StringSplit: stringSplit };
