/** Retry and Catch lists: each Retrier/Catcher's fields, and States.ALL standing alone and last. */
import type { JsonPathSegments } from '../types.ts';
import { isObject, kindOf, type Context, type Scope } from './context.ts';
import { checkFields, type FieldEnv } from './values.ts';

export function checkRetry(ctx: Context, list: unknown, path: JsonPathSegments, env: FieldEnv): void {
  checkList(ctx, 'Retrier', 'retry', list, path, env);
}

export function checkCatch(ctx: Context, list: unknown, path: JsonPathSegments, env: FieldEnv, scope: Scope, state: string): void {
  checkList(ctx, 'Catcher', 'catch', list, path, env);
  if (!Array.isArray(list)) return;
  list.forEach((c, i) => {
    if (isObject(c) && typeof c.Next === 'string') {
      scope.transitions.push({ state, field: `Catch[${i}].Next`, target: c.Next, path: [...path, i, 'Next'] });
    }
  });
}

function checkList(ctx: Context, owner: 'Retrier' | 'Catcher', prefix: 'retry' | 'catch', list: unknown, path: JsonPathSegments, env: FieldEnv): void {
  const field = owner === 'Retrier' ? 'Retry' : 'Catch';
  if (!Array.isArray(list)) {
    ctx.report('field.type', path, { field, expected: `an array of ${owner}s`, actual: `, not ${kindOf(list)}` });
    return;
  }
  list.forEach((item, i) => {
    const at = [...path, i];
    if (!isObject(item)) {
      ctx.report('field.type', at, { field: `${field}[${i}]`, expected: `a ${owner} object`, actual: `, not ${kindOf(item)}` });
      return;
    }
    checkFields(ctx, owner, item, at, { ...env, owner: `${field}[${i}]` });
    const errors = item.ErrorEquals;
    if (!Array.isArray(errors)) return;
    const all = errors.indexOf('States.ALL');
    if (all < 0) return;
    if (errors.length > 1) ctx.report(`${prefix}.statesAll.notAlone`, [...at, 'ErrorEquals', all]);
    if (i !== list.length - 1) ctx.report(`${prefix}.statesAll.notLast`, [...at, 'ErrorEquals', all]);
  });
}
