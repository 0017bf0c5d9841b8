/**
 * JSONata syntax checks for `{% … %}` strings: each expression is compiled once with the jsonata package and the
 * outcome cached by string.
 */
import jsonata from 'jsonata';

const cache = new Map<string, string | null>();
const MAX_CACHE = 5000;
const WRAPPED = /^\{%([\s\S]*)%\}$/;

/** The expression inside `{% … %}`, or undefined when the string is not a JSONata expression. */
export function jsonataBody(s: unknown): string | undefined {
  if (typeof s !== 'string' || !s.startsWith('{%')) return undefined;
  return WRAPPED.exec(s)?.[1];
}

/** Why an expression does not compile, or null when it does. */
export function jsonataError(expr: string): string | null {
  let result = cache.get(expr);
  if (result === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    result = compile(expr);
    cache.set(expr, result);
  }
  return result;
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
