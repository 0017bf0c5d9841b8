/**
 * The input/output pipeline (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html),
 * the one path every state handler takes (`runPipeline`): the input stages, the state's own work, the output
 * stages, each stage recorded in the state's inspection. JSONPath states run InputPath → Parameters → (work) →
 * ResultSelector → ResultPath → OutputPath, JSONata states run Arguments → (work) → Output, and both run Assign on
 * the values the state started with. Which stages a state has is its plan, compiled once (ioPlan.ts: the `STAGES`
 * table per type, the state's own fields); a Map's items (`mapItems`, `itemInput`) and a catcher's output
 * (`caughtOutput`) are stages here too.
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
import type { Catcher, JsonObject, JsonValue, State } from '../asl/types.ts';
import type { CompiledState } from './compile.ts';
import { IOPlan } from './ioPlan.ts';
import { applyResultPath } from './jsonpath.ts';
import { evaluateJsonataTemplate, type JsonataBindings } from './jsonata.ts';
import { buildTemplate, readPath } from './paths.ts';
import type { EvalScope } from './scope.ts';
import type { MaybePromise, StateInspection, Thread, Vars } from './execution.ts';
import { PLACEHOLDER_CONTEXT, type StepContext } from './runtime.ts';
import { keepShape } from './shapes.ts';
import { ok, type StateResult } from './states/result.ts';
import { ERRORS, StatesError } from './errors.ts';
import { json } from './events.ts';

/** The execution's sources of randomness and ids (ResolvedOptions has both): one of each reaches every evaluation. */
interface Determinism {
  readonly random: () => number;
  readonly uuid: () => string;
}

export function scope(input: JsonValue, context: JsonValue, variables: Vars, det?: Determinism): EvalScope {
  return det ? { input, context, variables, random: det.random, uuid: det.uuid } : { input, context, variables };
}

function inputPath(path: string | null | undefined, input: JsonValue, context: JsonValue, vars: Vars, det?: Determinism): JsonValue {
  if (path === null) return {};
  if (path === undefined || path === '$') return input;
  return readPath(path, scope(input, context, vars, det));
}

function outputPath(path: string | null | undefined, value: JsonValue, context: JsonValue, vars: Vars, det?: Determinism): JsonValue {
  if (path === null) return {};
  if (path === undefined || path === '$') return value;
  return readPath(path, scope(value, context, vars, det));
}

/** Parameters / ResultSelector / ItemSelector: a payload template over `$` = `input`. */
function template(t: JsonValue | undefined, input: JsonValue, context: JsonValue, vars: Vars, det?: Determinism): JsonValue {
  if (t === undefined) return input;
  return buildTemplate(t, scope(input, context, vars, det));
}

function resultPath(path: string | null | undefined, input: JsonValue, result: JsonValue): JsonValue {
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

/** Two Assigns of one state (a Choice rule's and the state's): the second one's variables win. */
function mergeAssigned(a: Vars | null, b: Vars | null): Vars | null {
  if (!a) return b;
  if (!b) return a;
  return { ...a, ...b };
}

/** Chain on a value that may be a promise, without awaiting when it is not (the fast synchronous path). */
export function andThen<T, U>(v: MaybePromise<T>, f: (x: T) => MaybePromise<U>): MaybePromise<U> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/**
 * What a state's own work gave: its result (JSONPath `$` of ResultSelector/ResultPath/Assign, JSONata
 * `$states.result`; the effective input for Choice and Wait) and its Next. `rule` is a Choice rule's own Assign
 * and Output, evaluated with the state's (the rule's variables win; a rule's Output replaces the state's). A work
 * function answers with `io.done(…)` (the StateIO itself: no object per state) or with a literal.
 */
export interface Worked {
  readonly result: JsonValue;
  readonly next: string | null;
  readonly rule?: ChoiceRuleOutput | undefined;
}

/** A Choice rule's own Assign and Output. */
interface ChoiceRuleOutput {
  readonly Assign?: JsonObject;
  readonly Output?: JsonValue;
}

/** A state's work between the input and the output stages: a result, or a StateResult as it is (errors, composites). */
export type Work = (input: JsonValue, io: StateIO) => MaybePromise<Worked | StateResult>;

/**
 * One state's trip through the pipeline: `start` runs the input stages, `finish` the output stages, each recording
 * its stage in the inspection; which stages there are is the state's compiled plan (`plan`, ioPlan.ts).
 * `effective` is the input after InputPath (the raw input in JSONata), which the state's own paths read
 * (SecondsPath, ItemsPath, TimeoutSecondsPath, …). Its fields are set again when the step context's spare object
 * serves the next state (runPipeline); the work functions only read them, and answer through `done`.
 */
export class StateIO implements Worked {
  declare readonly ctx: StepContext;
  declare t: Thread;
  declare st: CompiledState;
  declare insp: StateInspection;
  declare context: JsonValue;
  declare plan: IOPlan;
  declare effective: JsonValue;
  private declare entry: JsonataBindings | null;
  /** What the work gave, when it answers with this object (`done`). */
  declare result: JsonValue;
  declare next: string | null;
  declare rule: ChoiceRuleOutput | undefined;

  constructor(ctx: StepContext, t: Thread, st: CompiledState, insp: StateInspection, context = ctx.contextFor(t, st)) {
    this.ctx = ctx;
    this.t = t;
    this.st = st;
    this.insp = insp;
    this.context = context;
    this.plan = st.io;
    this.effective = t.input;
    this.entry = null;
    this.result = null;
    this.next = null;
    this.rule = undefined;
  }

  /** This object for state `st` of `t` (as the constructor: same fields, same order). */
  reset(t: Thread, st: CompiledState, insp: StateInspection): this {
    this.t = t;
    this.st = st;
    this.insp = insp;
    this.context = this.ctx.contextFor(t, st);
    this.plan = st.io;
    this.effective = t.input;
    this.entry = null;
    return this;
  }

  /** The work's answer: its result and Next (and a Choice rule's Assign/Output), as this object. */
  done(result: JsonValue, next: string | null, rule?: ChoiceRuleOutput): this {
    this.result = result;
    this.next = next;
    this.rule = rule;
    return this;
  }

  /** JSONata bindings of state entry: `$states.input`, `$states.context`, the variables at entry. */
  bindings(): JsonataBindings {
    this.entry ??= bindings(this.ctx, this.t.input, this.context, this.t.vars);
    return this.entry;
  }

  /** A payload template (Parameters, ItemSelector, BatchInput) over `$` = `input` in this state's scope. */
  template(t: JsonValue, input: JsonValue, context = this.context): JsonValue {
    return template(t, input, context, this.t.vars, this.ctx.options);
  }

  /** InputPath → Parameters, or JSONata Arguments: the input of the state's work. */
  start(): MaybePromise<JsonValue> {
    const plan = this.plan;
    const input = this.t.input;
    if (plan.jsonata) {
      if (!plan.argumentsStage) return input;
      const args = plan.arguments === undefined ? input : jsonata(plan.arguments, this.bindings(), 'Arguments');
      const insp = this.insp;
      return andThen(args, (a) => (insp.afterArguments = a));
    }
    if (!plan.inputStage) return input;
    const eff = plan.inputPath === undefined ? input : inputPath(plan.inputPath, input, this.context, this.t.vars, this.ctx.options);
    this.effective = eff;
    this.insp.afterInputPath = eff;
    if (!plan.parametersStage) return eff;
    const parameters = plan.parameters === undefined ? eff : this.template(plan.parameters, eff);
    this.insp.afterParameters = parameters;
    return parameters;
  }

  /**
   * ResultSelector → ResultPath → OutputPath and Assign (`$` = the raw result), or JSONata Assign and Output on
   * the bindings of state entry (plus `$states.result` where the type has a result).
   */
  finish(w: Worked): MaybePromise<StateResult> {
    const plan = this.plan;
    if (plan.jsonata) return this.finishJsonata(w);
    const { insp, t } = this;
    const result = w.result;
    if (plan.resultStage) insp.result = result;
    let selected = result;
    if (plan.resultSelectorStage) {
      if (plan.resultSelector !== undefined) selected = template(plan.resultSelector, result, this.context, t.vars, this.ctx.options);
      insp.afterResultSelector = selected;
    }
    let placed = selected;
    if (plan.resultStage) {
      placed = applyResultPath(t.input, selected, plan.resultPath);
      insp.afterResultPath = placed;
    }
    const output = plan.outputPath === undefined ? placed : outputPath(plan.outputPath, placed, this.context, t.vars, this.ctx.options);
    insp.output = output;
    let assigned = plan.assign === null ? null : assignJsonPath(plan.assign, result, this.context, t.vars, this.ctx.options);
    const rule = w.rule;
    if (rule !== undefined) assigned = mergeAssigned(assigned, assignJsonPath(rule.Assign, result, this.context, t.vars, this.ctx.options));
    return ok(output, w.next, assigned);
  }

  /** JSONata Assign and Output on the bindings of state entry (plus `$states.result` where the type has one). */
  private finishJsonata(w: Worked): Promise<StateResult> {
    const { plan, insp, t, ctx } = this;
    const result = w.result;
    const withResult = plan.jsonataResult;
    if (withResult) insp.result = result;
    const b = withResult ? bindings(ctx, t.input, this.context, t.vars, result) : this.bindings();
    const fallback = withResult ? result : t.input;
    const rule = w.rule;
    const next = w.next;
    if (rule === undefined) {
      return jsonataAssignOutput(plan.assign ?? undefined, plan.output, b, fallback).then((r) => {
        insp.output = r.output;
        return ok(r.output, next, r.assigned);
      });
    }
    return jsonataAssignOutput(rule.Assign, rule.Output, b, fallback).then(async (ruleOut) => {
      const r = await jsonataAssignOutput(plan.assign ?? undefined, rule.Output !== undefined ? undefined : plan.output, b, ruleOut.output);
      insp.output = r.output;
      return ok(r.output, next, mergeAssigned(r.assigned, ruleOut.assigned));
    });
  }
}

keepShape(
  new StateIO(
    PLACEHOLDER_CONTEXT,
    { input: null } as Thread,
    { io: new IOPlan({ Type: 'Pass' } as State, 'JSONPath') } as CompiledState,
    {} as StateInspection,
    null,
  ),
);

/** The output stages of what the work gave, or the StateResult it gave as it is. */
function finishWith(io: StateIO, w: Worked | StateResult): MaybePromise<StateResult> {
  return w === io || !('kind' in w) ? io.finish(w) : w;
}

/**
 * The one pipeline every state handler goes through: the input stages, the state's own `work`, then the output
 * stages (a Parallel or Map finishes later, in finishComposite, once its children are done).
 */
export function runPipeline(ctx: StepContext, t: Thread, st: CompiledState, insp: StateInspection, work: Work): MaybePromise<StateResult> {
  const spare = ctx.spareIO;
  ctx.spareIO = null;
  const io = spare === null ? new StateIO(ctx, t, st, insp) : spare.reset(t, st, insp);
  const input = io.start();
  if (input instanceof Promise) return workLater(io, input, work);
  const w = work(input, io);
  if (w instanceof Promise) return finishLater(io, w);
  const r = finishWith(io, w);
  // A state that ended synchronously with its output left nothing holding `io` (no promise callback, no
  // composite's children): the next state of this step context reuses it (the map bench: one object less per item).
  if (!(r instanceof Promise) && r.kind === 'ok') ctx.spareIO = io;
  return r;
}

/** The work and the output stages after asynchronous input stages (closures here, not in runPipeline: see step.ts). */
function workLater(io: StateIO, input: Promise<JsonValue>, work: Work): Promise<StateResult> {
  return input.then((i) => andThen(work(i, io), (w) => finishWith(io, w)));
}

function finishLater(io: StateIO, w: Promise<Worked | StateResult>): Promise<StateResult> {
  return w.then((x) => finishWith(io, x));
}

/**
 * A Map's items, after the input stages: the items the caller supplied for an ItemReader (the simulator reads no
 * bucket), JSONata `Items` (default: the input), or JSONPath `ItemsPath` over the effective input. Not yet
 * checked to be an array (the caller words that error).
 */
export function mapItems(io: StateIO, supplied: JsonValue | undefined): MaybePromise<JsonValue> {
  const def = io.st.def as { ItemReader?: unknown; Items?: JsonValue; ItemsPath?: string };
  if (def.ItemReader !== undefined) {
    if (supplied !== undefined) return supplied;
    throw new StatesError(ERRORS.ItemReaderFailed, `Map state '${io.st.name}' reads its items with an ItemReader: supply them in the simulation options (mapItems)`);
  }
  if (io.st.lang === 'JSONata') {
    if (def.Items === undefined) return io.effective;
    const items = def.Items;
    return jsonata(items, io.bindings(), 'Items').then((v) => {
      if (!Array.isArray(v)) {
        const expr = typeof items === 'string' ? items.replace(/^\{%\s*/, '').replace(/\s*%\}$/, '') : json(items);
        throw new StatesError(
          ERRORS.QueryEvaluationError,
          `The JSONata expression '${expr}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(v)}' for value: ${json(v)}`,
        );
      }
      return v;
    });
  }
  return def.ItemsPath !== undefined ? readPath(def.ItemsPath, { input: io.effective, context: io.context, variables: io.t.vars }) : io.effective;
}

function typeName(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * The input of Map iteration `index`: ItemSelector (legacy: Parameters) over the Map's effective input with
 * `$$.Map.Item.Index/Value`, or JSONata ItemSelector; without one, the item itself.
 */
export function itemInput(ctx: StepContext, t: Thread, st: CompiledState, effectiveInput: JsonValue, index: number, value: JsonValue): MaybePromise<JsonValue> {
  const selector = st.io.itemSelector;
  if (selector === undefined) return value;
  const context = ctx.contextFor(t, st, { Map: { Item: { Index: index, Value: value } } });
  return st.lang === 'JSONata'
    ? jsonata(selector, bindings(ctx, t.input, context, t.vars), 'ItemSelector')
    : template(selector, effectiveInput, context, t.vars, ctx.options);
}

/**
 * A catcher's output stages: JSONPath ResultPath places the error output (`{Error, Cause}`) in the state's raw
 * input, Assign's `$` is the error output; JSONata Output (default: the error output) and Assign see
 * `$states.errorOutput`.
 */
export function caughtOutput(ctx: StepContext, t: Thread, st: CompiledState, c: Catcher, errorOutput: JsonValue): MaybePromise<{ output: JsonValue; assigned: Vars | null }> {
  const context = ctx.contextFor(t, st);
  if (st.lang === 'JSONata') {
    return jsonataAssignOutput(c.Assign, c.Output, bindings(ctx, t.input, context, t.vars, undefined, errorOutput), errorOutput);
  }
  return { output: resultPath(c.ResultPath, t.input, errorOutput), assigned: assignJsonPath(c.Assign, errorOutput, context, t.vars, ctx.options) };
}
