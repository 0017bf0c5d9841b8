/**
 * Payload templates of JSONPath states. Its own module because it calls both paths and intrinsic functions, and
 * intrinsic functions evaluate paths: kept in jsonpath.ts it made an import cycle.
 */
import type { JsonValue } from '../asl/types.ts';
import { ERRORS, StatesError } from './errors.ts';
import { evaluateIntrinsic, isIntrinsicCall } from './intrinsics/index.ts';
import { tryEvaluatePath } from './jsonpath.ts';
import { isJsonObject, jsonText, setOwn, type EvalScope, type JsonObject } from './scope.ts';

/**
 * Evaluate a payload template (Parameters, ResultSelector, ItemSelector, Credentials, Assign in JSONPath states):
 * a key ending in ".$" takes the value of its path ($, $$, $var) or intrinsic function call and loses the ".$";
 * other values are copied, with objects and arrays evaluated recursively. A path that finds nothing fails with
 * States.Runtime (what AWS records, though its documentation names States.ParameterPathFailure), cause
 * "The JSONPath '$.x' specified for the field 'x.$' could not be found in the input '{…}'".
 */
export function evaluatePayloadTemplate(template: JsonValue, scope: EvalScope, errorName: string = ERRORS.Runtime): JsonValue {
  if (Array.isArray(template)) return template.map((v) => evaluatePayloadTemplate(v, scope, errorName));
  if (!isJsonObject(template)) return template;
  const out: JsonObject = {};
  for (const key of Object.keys(template)) {
    const raw = template[key] as JsonValue;
    if (key.length > 2 && key.endsWith('.$')) {
      setOwn(out, key.slice(0, -2), evaluateDollarField(key, raw, scope, errorName));
    } else {
      setOwn(out, key, evaluatePayloadTemplate(raw, scope, errorName));
    }
  }
  return out;
}

function evaluateDollarField(key: string, raw: JsonValue, scope: EvalScope, errorName: string): JsonValue {
  if (typeof raw !== 'string') {
    throw new StatesError(errorName, `The value for the field '${key}' must be a valid JSONPath or intrinsic function call`);
  }
  if (isIntrinsicCall(raw)) return evaluateIntrinsic(raw, scope);
  const v = tryEvaluatePath(raw, scope);
  if (v === undefined) {
    throw new StatesError(
      errorName,
      `The JSONPath '${raw}' specified for the field '${key}' could not be found in the input '${jsonText(scope.input)}'`,
    );
  }
  return v;
}
