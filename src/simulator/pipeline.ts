/**
 * The input/output pipeline (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html):
 * JSONPath states run InputPath → Parameters → (task) → ResultSelector → ResultPath → OutputPath, JSONata states
 * run Arguments → (task) → Output, and both run Assign on the values the state started with.
 *
 * Rules encoded here:
 * - `InputPath: null` and `OutputPath: null` give `{}` (recordings agree); absent means `$`.
 * - `ResultPath` absent replaces the input with the result, `null` keeps the input, a path creates missing fields
 *   (applyResultPath in jsonpath.ts).
 * - JSONPath `Assign`: `$` is the state's raw result, before ResultSelector (Task/Map/Parallel: the States Language
 *   spec, "Using Assign"), the Pass result, or the
 *   effective input (Wait/Choice); in a Catch it is the error output. Variables read are those at state entry.
 * - JSONata: `$states.input`, `$states.result`, `$states.errorOutput`, `$states.context`; Assign and Output both
 *   see the variables of state entry, so an Assign is not visible in the same state's Output.
 */
import type { JsonObject, JsonValue } from '../asl/types.ts';
import { applyResultPath } from './jsonpath.ts';
import { evaluateJsonataTemplate, type JsonataBindings } from './jsonata.ts';
import { buildTemplate, readPath } from './paths.ts';
import type { EvalScope } from './scope.ts';
import type { MaybePromise, Vars } from './execution.ts';

/** The execution's sources of randomness and ids (ResolvedOptions has both): one of each reaches every evaluation. */
export interface Determinism {
  readonly random: () => number;
  readonly uuid: () => string;
}

export function scope(input: JsonValue, context: JsonValue, variables: Vars, det?: Determinism): EvalScope {
  return det ? { input, context, variables, random: det.random, uuid: det.uuid } : { input, context, variables };
}

export function inputPath(path: string | null | undefined, input: JsonValue, context: JsonValue, vars: Vars, det?: Determinism): JsonValue {
  if (path === null) return {};
  if (path === undefined || path === '$') return input;
  return readPath(path, scope(input, context, vars, det));
}

export function outputPath(path: string | null | undefined, value: JsonValue, context: JsonValue, vars: Vars, det?: Determinism): JsonValue {
  if (path === null) return {};
  if (path === undefined || path === '$') return value;
  return readPath(path, scope(value, context, vars, det));
}

/** Parameters / ResultSelector / ItemSelector: a payload template over `$` = `input`. */
export function template(t: JsonValue | undefined, input: JsonValue, context: JsonValue, vars: Vars, det?: Determinism): JsonValue {
  if (t === undefined) return input;
  return buildTemplate(t, scope(input, context, vars, det));
}

export function resultPath(path: string | null | undefined, input: JsonValue, result: JsonValue): JsonValue {
  return applyResultPath(input, result, path);
}

/** JSONPath Assign: the assigned values (not yet merged), or null when the state has no Assign. */
export function assignJsonPath(
  assign: JsonObject | undefined,
  dollar: JsonValue,
  context: JsonValue,
  vars: Vars,
  det?: Determinism,
): Vars | null {
  if (!assign || typeof assign !== 'object') return null;
  return buildTemplate(assign, scope(dollar, context, vars, det)) as Vars;
}

export function bindings(
  ctx: { readonly now: number; readonly options: Determinism },
  input: JsonValue,
  context: JsonValue,
  variables: Vars,
  result?: JsonValue,
  errorOutput?: JsonValue,
): JsonataBindings {
  const states: JsonataBindings['states'] = { input, context };
  if (result !== undefined) states.result = result;
  if (errorOutput !== undefined) states.errorOutput = errorOutput;
  return { states, variables, now: () => ctx.now, random: ctx.options.random, uuid: ctx.options.uuid };
}

/** Evaluate a JSONata template; `field` names it in error causes ("Arguments", "Output/result"). */
export function jsonata(t: JsonValue, b: JsonataBindings, field: string): Promise<JsonValue> {
  return evaluateJsonataTemplate(t, b, field);
}

/** JSONata Assign and Output, evaluated on the same (entry) bindings. `fallback` is the output without `Output`. */
export async function jsonataAssignOutput(
  assign: JsonObject | undefined,
  output: JsonValue | undefined,
  b: JsonataBindings,
  fallback: JsonValue,
): Promise<{ assigned: Vars | null; output: JsonValue }> {
  const assigned = assign && typeof assign === 'object' ? ((await jsonata(assign, b, 'Assign')) as Vars) : null;
  const out = output === undefined ? fallback : await jsonata(output, b, 'Output');
  return { assigned, output: out };
}

export function merge(vars: Vars, assigned: Vars | null): Vars {
  return assigned ? { ...vars, ...assigned } : vars;
}

/** Chain on a value that may be a promise, without awaiting when it is not (the fast synchronous path). */
export function andThen<T, U>(v: MaybePromise<T>, f: (x: T) => MaybePromise<U>): MaybePromise<U> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/** The JSONPath fields of a state's pipeline (absent on types that lack them). */
export interface JsonPathFields {
  readonly InputPath?: string | null;
  readonly Parameters?: JsonValue;
  readonly ResultSelector?: JsonValue;
  readonly ResultPath?: string | null;
  readonly OutputPath?: string | null;
  readonly Assign?: JsonObject;
}

/** Where a state's values are evaluated: its raw input, the context object, the variables, the randomness. */
export interface PipelineScope {
  readonly input: JsonValue;
  readonly context: JsonValue;
  readonly vars: Vars;
  readonly det?: Determinism;
}

/** The inspection stages the pipeline records (a StateInspection has them all). */
export interface PipelineStages {
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  output?: JsonValue;
}

/** JSONPath, before the state's work: InputPath → Parameters, each stage recorded. */
export function jsonPathInput(def: JsonPathFields, s: PipelineScope, insp: PipelineStages): { effective: JsonValue; parameters: JsonValue } {
  const effective = inputPath(def.InputPath, s.input, s.context, s.vars, s.det);
  insp.afterInputPath = effective;
  const parameters = def.Parameters === undefined ? effective : template(def.Parameters, effective, s.context, s.vars, s.det);
  insp.afterParameters = parameters;
  return { effective, parameters };
}

/**
 * JSONPath, after the state's work: ResultSelector (when the type has one) → ResultPath → OutputPath, each stage
 * recorded, and Assign, whose `$` is the raw result (before ResultSelector).
 */
export function jsonPathOutput(def: JsonPathFields, s: PipelineScope, result: JsonValue, insp: PipelineStages, hasSelector: boolean): { output: JsonValue; assigned: Vars | null } {
  insp.result = result;
  let selected = result;
  if (hasSelector) {
    selected = def.ResultSelector === undefined ? result : template(def.ResultSelector, result, s.context, s.vars, s.det);
    insp.afterResultSelector = selected;
  }
  const afterResultPath = resultPath(def.ResultPath, s.input, selected);
  insp.afterResultPath = afterResultPath;
  const output = outputPath(def.OutputPath, afterResultPath, s.context, s.vars, s.det);
  insp.output = output;
  return { output, assigned: assignJsonPath(def.Assign, result, s.context, s.vars, s.det) };
}
