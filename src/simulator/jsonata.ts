/**
 * JSONata in Step Functions: strings of the form "{% expression %}" inside Arguments, Output, Assign, Items,
 * Condition… are evaluated with `$states` = {input, result?, errorOutput?, context} and workflow variables bound
 * as `$name`, plus the functions AWS adds: $partition, $range, $hash, $random, $uuid, $parse.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 *
 * Expressions are compiled once and cached. Every failure is States.QueryEvaluationError with AWS's wording, e.g.
 * "The JSONata expression '$x' specified for the field 'Output/result' returned nothing (undefined)."
 * (the engine prefixes "An error occurred while executing the state …").
 */
import jsonata from 'jsonata';
import type { JsonValue } from '../asl/types.ts';
import { ERRORS, StatesError } from './errors.ts';
import { AWS_JSONATA_FUNCTIONS } from './intrinsics/jsonata.ts';
import { isJsonObject, setOwn, type JsonObject } from './scope.ts';
import { memoize } from '../asl/memo.ts';

export interface JsonataBindings {
  states: { input: JsonValue; result?: JsonValue; errorOutput?: JsonValue; context: JsonValue };
  variables: Record<string, JsonValue>;
  /** Optional clock (epoch ms) for $now() and $millis(), so simulations can run on virtual time. */
  now?: () => number;
  /** Optional randomness in [0, 1) for $random() without a seed. */
  random?: () => number;
  /** Optional UUID source for $uuid(). */
  uuid?: () => string;
}

/** True for a JSONata expression string: exactly "{%" … "%}" (no surrounding spaces, as AWS requires). */
export function isJsonataExpression(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 4 && v.startsWith('{%') && v.endsWith('%}');
}

/** The expression text inside "{% … %}", trimmed. */
export function jsonataBody(expression: string): string {
  return expression.slice(2, -2).trim();
}

/** Limits so that a runaway expression fails (States.QueryEvaluationError) instead of hanging a worker. */
export const GUARDRAILS = { timeout: 10_000, stack: 1_000 };

type RegisteredFunction = Parameters<jsonata.Expression['registerFunction']>[1];

const compiled = memoize((body: string): jsonata.Expression | { parseError: unknown } => {
  let expr: jsonata.Expression;
  try {
    expr = jsonata(body, GUARDRAILS);
  } catch (e) {
    return { parseError: e };
  }
  for (const [name, fn] of Object.entries(AWS_JSONATA_FUNCTIONS)) {
    expr.registerFunction(name, fn.impl as unknown as RegisteredFunction, fn.signature);
  }
  return expr;
});

function compile(body: string, field: string): jsonata.Expression {
  const expr = compiled(body);
  if ('parseError' in expr) throw queryError(body, field, `could not be parsed: ${describeError(expr.parseError)}`);
  return expr;
}

function fieldLabel(field: string): string {
  return field === '' ? '' : ` specified for the field '${field}'`;
}

function queryError(body: string, field: string, what: string): StatesError {
  return new StatesError(ERRORS.QueryEvaluationError, `The JSONata expression '${body}'${fieldLabel(field)} ${what}`);
}

function describeError(e: unknown): string {
  if (e && typeof e === 'object') {
    const { code, message } = e as { code?: string; message?: string };
    return code ? `${code}: ${message ?? ''}` : String(message ?? e);
  }
  return String(e);
}

function joinField(field: string, key: string | number): string {
  return field === '' ? String(key) : `${field}/${key}`;
}

/**
 * Evaluate a JSONata expression string, or any JSON template containing such strings (objects and arrays are
 * walked; keys are never evaluated; other values are kept). `field` names where the template sits
 * (e.g. "Output"), for error messages; nested keys are appended as "Output/result".
 */
export async function evaluateJsonataTemplate(
  template: JsonValue,
  bindings: JsonataBindings,
  field = '',
): Promise<JsonValue> {
  if (isJsonataExpression(template)) return evaluateExpression(template, bindings, field);
  if (Array.isArray(template)) {
    const out: JsonValue[] = [];
    for (let i = 0; i < template.length; i++) {
      out.push(await evaluateJsonataTemplate(template[i] as JsonValue, bindings, joinField(field, i)));
    }
    return out;
  }
  if (isJsonObject(template)) {
    const out: JsonObject = {};
    for (const key of Object.keys(template)) {
      setOwn(out, key, await evaluateJsonataTemplate(template[key] as JsonValue, bindings, joinField(field, key)));
    }
    return out;
  }
  return template;
}

/** True when the template holds at least one "{% … %}" string anywhere. */
export function containsJsonata(template: JsonValue): boolean {
  if (isJsonataExpression(template)) return true;
  if (Array.isArray(template)) return template.some(containsJsonata);
  if (isJsonObject(template)) return Object.keys(template).some((k) => containsJsonata(template[k] as JsonValue));
  return false;
}

async function evaluateExpression(expression: string, bindings: JsonataBindings, field: string): Promise<JsonValue> {
  const body = jsonataBody(expression);
  const expr = compile(body, field);
  const scope: Record<string, unknown> = { ...bindings.variables, states: bindings.states };
  if (bindings.now) {
    const now = bindings.now;
    scope.now = () => new Date(now()).toISOString();
    scope.millis = () => now();
  }
  if (bindings.random) scope.__random = bindings.random;
  if (bindings.uuid) scope.__uuid = bindings.uuid;
  let result: unknown;
  try {
    result = await expr.evaluate(bindings.states.input, scope);
  } catch (e) {
    if (e instanceof StatesError) throw e;
    throw queryError(body, field, `threw an error: ${describeError(e)}`);
  }
  if (result === undefined) throw queryError(body, field, 'returned nothing (undefined).');
  const json = toJson(result);
  if (json === undefined) throw queryError(body, field, 'returned an unsupported result type.');
  return json;
}

/** Convert a JSONata result to plain JSON (sequences become arrays); undefined for functions and non-finite numbers. */
function toJson(v: unknown): JsonValue | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : undefined;
  if (Array.isArray(v)) {
    const out: JsonValue[] = [];
    for (const item of v) {
      if (item === undefined) continue;
      const j = toJson(item);
      if (j === undefined) return undefined;
      out.push(j);
    }
    return out;
  }
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined) continue;
      const j = toJson(item);
      if (j === undefined) return undefined;
      setOwn(out, key, j);
    }
    return out;
  }
  return undefined;
}
