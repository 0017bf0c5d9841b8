/**
 * Intrinsic functions (JSONPath states): `States.Format('x {}', $.a)` and friends, nested calls included.
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 *
 * Calls are parsed once and cached. Arguments that are paths read the scope ($, $$, $var); a path that finds
 * nothing fails with States.Runtime (as paths do everywhere), every other failure is States.IntrinsicFailure.
 */
import type { JsonValue } from '../../asl/types.ts';
import { ERRORS, StatesError } from '../errors.ts';
import { evaluatePath } from '../jsonpath.ts';
import type { EvalScope } from '../scope.ts';
import type { IntrinsicFn } from './args.ts';
import { arrayFunctions } from './array.ts';
import { encodingFunctions } from './encoding.ts';
import { jsonFunctions } from './json.ts';
import { mathFunctions } from './math.ts';
import { isIntrinsicCall, parseIntrinsic, type IntrinsicArg, type IntrinsicCall } from './parse.ts';
import { stringFunctions } from './string.ts';

export { isIntrinsicCall, parseIntrinsic } from './parse.ts';
export type { IntrinsicArg, IntrinsicCall } from './parse.ts';

const FUNCTIONS: Record<string, IntrinsicFn> = {
  ...arrayFunctions,
  ...encodingFunctions,
  ...jsonFunctions,
  ...mathFunctions,
  ...stringFunctions,
};

/** Names of all supported functions, without the `States.` prefix. */
export const INTRINSIC_FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

/** Evaluate an intrinsic function call against the scope. */
export function evaluateIntrinsic(expression: string, scope: EvalScope): JsonValue {
  if (!isIntrinsicCall(expression)) {
    throw new StatesError(ERRORS.IntrinsicFailure, `'${expression}' is not an intrinsic function call`);
  }
  return evaluateCall(parseIntrinsic(expression), scope);
}

function evaluateCall(call: IntrinsicCall, scope: EvalScope): JsonValue {
  const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, call.name) ? FUNCTIONS[call.name] : undefined;
  if (!fn) throw new StatesError(ERRORS.IntrinsicFailure, `Unknown intrinsic function 'States.${call.name}'`);
  const args = call.args.map((a) => evaluateArg(a, scope));
  return fn(args, { call, scope });
}

function evaluateArg(arg: IntrinsicArg, scope: EvalScope): JsonValue {
  switch (arg.kind) {
    case 'string':
    case 'literal':
      return arg.value;
    case 'path':
      return evaluatePath(arg.path, scope);
    case 'call':
      return evaluateCall(arg, scope);
  }
}
