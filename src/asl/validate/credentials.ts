/**
 * A Task's Credentials (developer guide, "Cross-account access in Step Functions" and the Task state page): an
 * object holding the role to assume and nothing else — `RoleArn` (a string, or in JSONata a `{% … %}` expression),
 * or in JSONPath `RoleArn.$` (a path or intrinsic). Field names are exact.
 */
import type { JsonPathSegments, QueryLanguage } from '../types.ts';
import { isObject, kindOf, type Context } from './context.ts';

export function checkCredentials(ctx: Context, credentials: unknown, path: JsonPathSegments, language: QueryLanguage): void {
  if (credentials === undefined) return;
  const allowed = language === 'JSONata' ? ['RoleArn'] : ['RoleArn', 'RoleArn.$'];
  const shape = allowed.map((k) => `"${k}"`).join(' or ');
  if (!isObject(credentials)) {
    ctx.report('credentials.invalid', path, { problem: `must be an object with ${shape}, not ${kindOf(credentials)}` });
    return;
  }
  const keys = Object.keys(credentials);
  for (const key of keys) {
    if (!allowed.includes(key)) ctx.report('credentials.invalid', [...path, key], { problem: `accepts only ${shape}, not "${key}"` }, { key: true });
  }
  const roles = keys.filter((k) => allowed.includes(k));
  if (roles.length === 0) ctx.report('credentials.invalid', path, { problem: `needs ${shape}: the role to assume` }, { key: true });
  else if (roles.length > 1) ctx.report('credentials.invalid', [...path, roles[1]!], { problem: 'holds both "RoleArn" and "RoleArn.$": keep one' }, { key: true });
  for (const role of roles) {
    if (typeof credentials[role] !== 'string') ctx.report('credentials.invalid', [...path, role], { problem: `"${role}" must be a string, not ${kindOf(credentials[role])}` });
  }
}
