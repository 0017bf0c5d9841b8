/**
 * Field checks driven by the field table: unknown fields, fields of the other query language, required and
 * mutually exclusive fields, and the kind of each value (numbers and their bounds, enums, paths, payload templates,
 * JSONata expressions, timestamps). `${Placeholder}` strings stand for any scalar value.
 */
import { FIELDS, fieldSpec, type FieldOwner, type FieldSpec } from '../fields.ts';
import type { JsonPathSegments, QueryLanguage } from '../types.ts';
import { has, hasPlaceholder, isObject, kindOf, type Context, type Json } from './context.ts';
import { checkIntrinsic, isIntrinsicCall } from './intrinsics.ts';
import { jsonataBody, jsonataError } from './jsonata.ts';
import { checkPath } from './jsonpath.ts';
import { closest } from './suggest.ts';

export interface FieldEnv {
  language: QueryLanguage;
  /** Accept fields of both languages (a state that inherits a language its container overrides). */
  lenient: boolean;
  /** How messages name the object: "Task state 'X'", "a Retrier". */
  owner: string;
}

const STRUCTURAL = new Set(['states', 'subMachine', 'branches', 'retriers', 'catchers', 'choiceRules', 'choiceRule']);

/**
 * Checks every member of an object against the owner's field table. `skip`: keys the caller reports itself;
 * `requiredHandled`: the caller reports missing required fields with its own codes.
 */
export function checkFields(
  ctx: Context,
  owner: FieldOwner,
  obj: Json,
  path: JsonPathSegments,
  env: FieldEnv,
  skip?: ReadonlySet<string>,
  requiredHandled = false,
): void {
  const keys = Object.keys(obj);
  for (const key of keys) {
    if (skip?.has(key)) continue;
    const spec = fieldSpec(owner, key);
    const at = [...path, key];
    if (!spec) {
      const near = closest(key, Object.keys(FIELDS[owner]));
      ctx.report('field.unknown', at, { field: key, owner: env.owner, hint: near ? ` Did you mean '${near}'?` : '' }, { key: true });
      continue;
    }
    let language = env.language;
    if (!spec.languages.includes(language)) {
      if (!env.lenient) {
        const other = spec.languages[0]!;
        const hint = other === 'JSONata' ? ' Set "QueryLanguage": "JSONata" on the state to use it.' : '';
        ctx.report('field.queryLanguage', at, { field: key, fieldLanguage: other, owner: env.owner, language, hint }, { key: true });
        continue;
      }
      language = spec.languages[0]!;
    }
    const other = spec.exclusive ? spec.exclusive.find((o) => has(obj, o)) : undefined;
    if (other && keys.indexOf(other) < keys.indexOf(key)) {
      ctx.report('field.exclusive', at, { field: key, other, owner: env.owner }, { key: true });
    }
    if (!STRUCTURAL.has(spec.kind)) checkValue(ctx, spec, obj[key], at, language);
  }
  if (requiredHandled) return;
  for (const spec of requiredOf(owner)) {
    if (!has(obj, spec.name) && spec.languages.includes(env.language)) {
      ctx.report('field.required', path, { owner: env.owner, field: spec.name }, { key: true });
    }
  }
}

const REQUIRED = new Map<FieldOwner, FieldSpec[]>();

/** The required fields of an owner, except Type (reported by the state check with its own code). */
function requiredOf(owner: FieldOwner): FieldSpec[] {
  let list = REQUIRED.get(owner);
  if (!list) {
    list = Object.values(FIELDS[owner]).filter((f) => f.required && f.name !== 'Type');
    REQUIRED.set(owner, list);
  }
  return list;
}

function typeError(ctx: Context, field: string, expected: string, v: unknown, path: JsonPathSegments): void {
  ctx.report('field.type', path, { field, expected, actual: `, not ${kindOf(v)}` });
}

const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function isTimestamp(s: string): boolean {
  return RFC3339.test(s);
}

export function checkValue(ctx: Context, spec: FieldSpec, v: unknown, path: JsonPathSegments, language: QueryLanguage): void {
  const field = spec.name;
  if (language === 'JSONata' && typeof v === 'string' && jsonataBody(v) !== undefined && (spec.jsonata || spec.kind === 'jsonata' || spec.kind === 'condition')) {
    checkJsonataString(ctx, field, v, path);
    return;
  }
  if (spec.kind === 'resource') {
    checkResource(ctx, field, v, path);
    return;
  }
  if (hasPlaceholder(v) && spec.kind !== 'payloadTemplate' && spec.kind !== 'assign' && spec.kind !== 'jsonata') return;
  switch (spec.kind) {
    case 'string':
    case 'stateName':
      if (typeof v !== 'string') typeError(ctx, field, 'a string', v, path);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') typeError(ctx, field, 'true or false', v, path);
      return;
    case 'enum':
      if (typeof v !== 'string' || !spec.enum!.includes(v)) {
        ctx.report('field.enum', path, { field, values: spec.enum!.join(', '), actual: JSON.stringify(v) });
      }
      return;
    case 'integer':
    case 'number':
      checkNumber(ctx, spec, v, path);
      return;
    case 'timestamp':
      if (typeof v !== 'string') typeError(ctx, field, 'a timestamp string', v, path);
      else if (!isTimestamp(v)) ctx.report('timestamp.invalid', path, { field, actual: JSON.stringify(v) });
      return;
    case 'path':
      if (typeof v !== 'string') typeError(ctx, field, 'a JSONPath string', v, path);
      else checkPathString(ctx, field, v, path, 'path');
      return;
    case 'nullablePath':
      if (v !== null && typeof v !== 'string') typeError(ctx, field, 'a JSONPath string or null', v, path);
      else if (v !== null) checkPathString(ctx, field, v, path, 'path');
      return;
    case 'referencePath':
      if (v !== null && typeof v !== 'string') typeError(ctx, field, 'a reference path string or null', v, path);
      else if (v !== null) checkPathString(ctx, field, v, path, 'reference');
      return;
    case 'pathOrIntrinsic':
      if (typeof v !== 'string') typeError(ctx, field, 'a JSONPath or intrinsic function string', v, path);
      else {
        checkPathString(ctx, field, v, path, 'template');
        checkFailIntrinsics(ctx, field, v, path);
      }
      return;
    case 'object':
      if (!isObject(v)) typeError(ctx, field, 'an object', v, path);
      return;
    case 'payloadTemplate':
    case 'assign':
      if (spec.kind === 'assign' && isObject(v)) checkReservedVariables(ctx, v, path);
      if (spec.kind === 'assign' && !isObject(v)) typeError(ctx, field, 'an object of variable names', v, path);
      else if (language === 'JSONata') walkJsonata(ctx, field, v, path);
      else walkTemplate(ctx, v, path);
      return;
    case 'jsonata':
      if (language === 'JSONata') walkJsonata(ctx, field, v, path);
      return;
    case 'condition':
      if (typeof v !== 'boolean') typeError(ctx, field, 'a {% JSONata %} expression or a boolean', v, path);
      return;
    case 'errorNames':
      if (!Array.isArray(v)) typeError(ctx, field, 'an array of error names', v, path);
      else if (v.length === 0) ctx.report('errors.empty', path);
      else v.forEach((e, i) => typeof e !== 'string' && typeError(ctx, `${field}[${i}]`, 'an error name string', e, [...path, i]));
      return;
    case 'sub':
      if (!isObject(v)) typeError(ctx, field, 'an object', v, path);
      else checkFields(ctx, spec.sub!, v, path, { language, lenient: false, owner: field });
      return;
    case 'json':
      if (language === 'JSONata') walkJsonata(ctx, field, v, path);
      return;
    default:
      return;
  }
}

function checkNumber(ctx: Context, spec: FieldSpec, v: unknown, path: JsonPathSegments): void {
  const integer = spec.kind === 'integer';
  if (typeof v !== 'number' || (integer && !Number.isInteger(v))) {
    typeError(ctx, spec.name, integer ? 'an integer' : 'a number', v, path);
    return;
  }
  const { min, max } = spec;
  if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
    const what = integer ? 'an integer' : 'a number';
    const bound = max === undefined ? `${what} ≥ ${min}` : min === undefined ? `${what} ≤ ${max}` : `${what} from ${min} to ${max}`;
    ctx.report('field.range', path, { field: spec.name, bound, actual: v });
  }
}

/** `mode`: a Path; a Reference Path (ResultPath); or a `.$` value (a Path or an intrinsic function). */
export function checkPathString(ctx: Context, field: string, raw: string, path: JsonPathSegments, mode: 'path' | 'reference' | 'template'): void {
  if (hasPlaceholder(raw)) return;
  const s = raw.trim(); // AWS trims a path's surrounding whitespace
  if (mode === 'template' && isIntrinsicCall(s)) {
    const p = checkIntrinsic(s);
    if (!p) return;
    if (p.kind === 'invalid') ctx.report('intrinsic.invalid', path, { field, detail: p.detail });
    else if (p.kind === 'unknown') ctx.report('intrinsic.unknown', path, { field, name: p.name, hint: suggestIntrinsic(p.name) });
    else ctx.report('intrinsic.arity', path, { field, name: p.name, expected: p.expected, actual: p.actual });
    return;
  }
  const info = checkPath(s);
  if (info.error) {
    const code = mode === 'template' && !s.startsWith('$') ? 'payload.value.invalid' : 'path.invalid';
    ctx.report(code, path, { field, detail: mode === 'template' && !s.startsWith('$') ? 'it starts with neither $ nor States' : info.error });
  } else if (mode === 'reference' && (!info.reference || info.root !== '$')) {
    ctx.report('path.reference.invalid', path, {
      field,
      detail: info.root !== '$' ? 'it must start with $' : 'wildcards, filters, slices and .. select more than one node',
    });
  }
}

function suggestIntrinsic(name: string): string {
  const near = closest(name, ['States.Array', 'States.ArrayPartition', 'States.ArrayContains', 'States.ArrayRange', 'States.ArrayGetItem', 'States.ArrayLength', 'States.ArrayUnique', 'States.Base64Encode', 'States.Base64Decode', 'States.Hash', 'States.JsonMerge', 'States.StringToJson', 'States.JsonToString', 'States.MathRandom', 'States.MathAdd', 'States.StringSplit', 'States.UUID', 'States.Format']);
  return near ? ` Did you mean ${near}?` : '';
}

/** A JSONPath payload template: `key.$` members hold paths or intrinsic calls; other members are literal. */
export function walkTemplate(ctx: Context, v: unknown, path: JsonPathSegments): void {
  if (Array.isArray(v)) {
    v.forEach((item, i) => walkTemplate(ctx, item, [...path, i]));
    return;
  }
  if (!isObject(v)) return;
  for (const key of Object.keys(v)) {
    const value = v[key];
    const at = [...path, key];
    if (key.endsWith('.$') && key.length > 2) {
      if (has(v, key.slice(0, -2))) ctx.report('payload.duplicateField', at, { field: key.slice(0, -2) }, { key: true });
      if (typeof value !== 'string') typeError(ctx, key, 'a JSONPath or intrinsic function string', value, at);
      else checkPathString(ctx, key, value, at, 'template');
    } else if (typeof value === 'object' && value !== null) {
      walkTemplate(ctx, value, at);
    }
  }
}

export function checkJsonataString(ctx: Context, field: string, s: string, path: JsonPathSegments): void {
  const body = jsonataBody(s);
  if (body === undefined) return;
  const error = jsonataError(body);
  if (error) ctx.report('jsonata.invalid', path, { field, detail: error });
}

/** Any JSON value in a JSONata state: every `{% … %}` string in it must compile. */
export function walkJsonata(ctx: Context, field: string, v: unknown, path: JsonPathSegments): void {
  if (typeof v === 'string') checkJsonataString(ctx, field, v, path);
  else if (Array.isArray(v)) v.forEach((item, i) => walkJsonata(ctx, field, item, [...path, i]));
  else if (isObject(v)) for (const key of Object.keys(v)) walkJsonata(ctx, key, v[key], [...path, key]);
}

/** A deploy-time placeholder: `${Name}`, `${AWS::Region}`, `${aws_lambda_function.x.arn}` (SAM, CloudFormation, Terraform). */
const PLACEHOLDER = /\$\{[^${}]+\}/g;
/** arn:partition:service:region:account:resource (the resource part may hold more colons or slashes). */
const ARN = /^arn:[^:\s]+:[^:\s]+:[^:\s]*:[^:\s]*:\S+$/;

/**
 * A Task's (or ItemReader's, ResultWriter's) Resource: an ARN (AWS: "Value is not a valid resource ARN"), where
 * whole `${…}` placeholders may stand for any part, or one whole placeholder (substituted at deploy time). A bare
 * word, a note left in place of the ARN, or an unterminated `${` is refused.
 */
function checkResource(ctx: Context, field: string, v: unknown, path: JsonPathSegments): void {
  if (typeof v !== 'string') {
    typeError(ctx, field, 'an ARN string', v, path);
    return;
  }
  const filled = v.replace(PLACEHOLDER, 'P');
  if (!filled.includes('${') && (filled === 'P' || ARN.test(filled))) return;
  const actual = v === '' ? 'an empty string' : filled.includes('${') ? `${JSON.stringify(v)} (an unterminated \${ placeholder)` : JSON.stringify(v);
  ctx.report('resource.invalid', path, { field, actual, placeholder: '${FunctionArn}' });
}

/**
 * The intrinsic functions a Fail state's ErrorPath and CausePath may call (the Fail state page: "you can use only
 * the following intrinsic functions: States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode,
 * States.Base64Decode, States.Hash, and States.UUID").
 */
const FAIL_INTRINSICS = new Set(['States.Format', 'States.JsonToString', 'States.ArrayGetItem', 'States.Base64Encode', 'States.Base64Decode', 'States.Hash', 'States.UUID']);

function checkFailIntrinsics(ctx: Context, field: string, v: string, path: JsonPathSegments): void {
  if (!v.startsWith('States.')) return;
  for (const m of v.matchAll(/States\.[A-Za-z0-9]+(?=\s*\()/g)) {
    if (!FAIL_INTRINSICS.has(m[0])) {
      ctx.report('fail.intrinsic.notAllowed', path, { field, name: m[0], allowed: [...FAIL_INTRINSICS].join(', ') });
      return;
    }
  }
}

/** `states` is reserved (`$states` in JSONata): an Assign may not set it (the variables page: reserved name). */
function checkReservedVariables(ctx: Context, assign: Record<string, unknown>, path: JsonPathSegments): void {
  for (const key of Object.keys(assign)) {
    if (key === 'states' || key === 'states.$') ctx.report('assign.reserved', [...path, key], { name: 'states' }, { key: true });
  }
}
