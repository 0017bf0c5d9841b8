/**
 * JSONata syntax checks for `{% … %}` strings: each expression is compiled once with the jsonata package and the
 * outcome cached by string.
 */
import jsonata from 'jsonata';
import { memoize } from '../memo.ts';

const WRAPPED = /^\{%([\s\S]*)%\}$/;

/** The expression inside `{% … %}`, or undefined when the string is not a JSONata expression. */
export function jsonataBody(s: unknown): string | undefined {
  if (typeof s !== 'string' || !s.startsWith('{%')) return undefined;
  return WRAPPED.exec(s)?.[1];
}

/** Why an expression does not compile, or null when it does. */
const compiled = memoize((expr: string) => compile(expr));

export function jsonataError(expr: string): string | null {
  return compiled(expr);
}

function compile(expr: string): string | null {
  if (!expr.trim()) return 'the expression is empty';
  try {
    jsonata(expr);
    return null;
  } catch (e) {
    const err = e as { message?: string; position?: number; token?: string };
    const at = typeof err.position === 'number' ? ` (at character ${err.position})` : '';
    return `${err.message ?? String(e)}${at}`;
  }
}
