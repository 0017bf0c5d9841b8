/**
 * Lambda invoke Tasks as Workflow Studio configures them: `lambda.setFunction` (the FunctionName),
 * `lambda.setPayload` (the state input, a custom JSON payload, or none), `lambda.setCallback` (wait for a task
 * token: `.waitForTaskToken` and a payload carrying `$$.Task.Token`) and `lambda.fitResource` (after the Resource
 * changed between `lambda:invoke` and a plain function ARN: Parameters/Arguments and OutputPath/Output follow).
 * The arguments live in `Parameters` (JSONPath) or `Arguments` (JSONata).
 */
import { isDirectFunctionArn, parseFunctionRef } from '../asl/lambdaFunction.ts';
import type { JsonValue, State } from '../asl/types.ts';
import { defineCommand, firstRefusal, type Verdict } from './command.ts';
import { refuse } from './refusals.ts';
import { isObj } from './immutable.ts';
import { getState, updateState } from './stateScopes.ts';
import { DEFAULT_FUNCTION_NAME, isLambdaInvokeResource, languageOf } from './skeletons.ts';
import type { StateMachineDefinition } from '../asl/types.ts';

const CALLBACK = '.waitForTaskToken';
const JSONPATH_INPUT = '$';
const JSONATA_INPUT = '{% $states.input %}';
const JSONATA_TOKEN = '{% $states.context.Task.Token %}';
const JSONATA_PAYLOAD_OUTPUT = '{% $states.result.Payload %}';

export type PayloadKind = 'input' | 'custom' | 'none';

export interface LambdaConfig {
  lang: 'JSONPath' | 'JSONata';
  /** The literal FunctionName, or undefined when it is computed (`FunctionName.$`, a JSONata expression) or absent. */
  functionName: string | undefined;
  /** The FunctionName is computed at run time (not checked here). */
  dynamicFunction: boolean;
  payload: PayloadKind;
  /** The payload value as written (for the custom payload editor). */
  payloadValue: JsonValue | undefined;
  callback: boolean;
}

type Obj = Record<string, JsonValue>;
const argsField = (lang: 'JSONPath' | 'JSONata') => (lang === 'JSONata' ? 'Arguments' : 'Parameters');

function argsOf(state: State, lang: 'JSONPath' | 'JSONata'): Obj {
  const a = (state as Record<string, unknown>)[argsField(lang)];
  return isObj(a) ? (a as Obj) : {};
}

/** The Lambda settings of a Task as the form shows them. */
export function lambdaConfig(def: StateMachineDefinition, state: State): LambdaConfig {
  const lang = languageOf(def, state);
  const args = argsOf(state, lang);
  const fn = args.FunctionName;
  const dynamicFunction = 'FunctionName.$' in args || (typeof fn === 'string' && /^\{%[\s\S]*%\}$/.test(fn.trim()));
  const callback = typeof state.Resource === 'string' && state.Resource.endsWith(CALLBACK);
  const value = lang === 'JSONPath' && 'Payload.$' in args ? args['Payload.$'] : args.Payload;
  const payload: PayloadKind = value === undefined ? 'none' : isInputPayload(value, lang, 'Payload.$' in args) ? 'input' : 'custom';
  return { lang, functionName: typeof fn === 'string' && !dynamicFunction ? fn : undefined, dynamicFunction, payload, payloadValue: value, callback };
}

function isInputPayload(value: JsonValue, lang: 'JSONPath' | 'JSONata', pathForm: boolean): boolean {
  if (lang === 'JSONPath' && pathForm) return value === JSONPATH_INPUT;
  if (lang === 'JSONata' && value === JSONATA_INPUT) return true;
  // The callback form of "state input": { Input: <input>, TaskToken: <token> }.
  if (!isObj(value)) return false;
  const keys = Object.keys(value).sort().join(',');
  return lang === 'JSONata'
    ? keys === 'Input,TaskToken' && value.Input === JSONATA_INPUT && value.TaskToken === JSONATA_TOKEN
    : keys === 'Input.$,TaskToken.$' && value['Input.$'] === JSONPATH_INPUT && value['TaskToken.$'] === '$$.Task.Token';
}

/** The payload entries (`Payload` or `Payload.$`) for a choice, with or without the task token. */
function payloadEntries(lang: 'JSONPath' | 'JSONata', kind: PayloadKind, custom: JsonValue | undefined, callback: boolean): Obj {
  if (lang === 'JSONata') {
    if (kind === 'none') return callback ? { Payload: { TaskToken: JSONATA_TOKEN } } : {};
    if (kind === 'input') return { Payload: callback ? { Input: JSONATA_INPUT, TaskToken: JSONATA_TOKEN } : JSONATA_INPUT };
    return { Payload: callback ? withToken(custom ?? {}, lang) : (custom ?? {}) };
  }
  if (kind === 'none') return callback ? { Payload: { 'TaskToken.$': '$$.Task.Token' } } : {};
  if (kind === 'input') return callback ? { Payload: { 'Input.$': JSONPATH_INPUT, 'TaskToken.$': '$$.Task.Token' } } : { 'Payload.$': JSONPATH_INPUT };
  return { Payload: callback ? withToken(custom ?? {}, lang) : (custom ?? {}) };
}

/** A custom payload with the task token added (an object gets a TaskToken field; anything else is wrapped). */
function withToken(custom: JsonValue, lang: 'JSONPath' | 'JSONata'): JsonValue {
  const token: Obj = lang === 'JSONata' ? { TaskToken: JSONATA_TOKEN } : { 'TaskToken.$': '$$.Task.Token' };
  if (isObj(custom)) return { ...(custom as Obj), ...(('TaskToken' in custom || 'TaskToken.$' in custom) ? {} : token) };
  return { Input: custom, ...token };
}

/** A custom payload without the task token the callback form added. */
function withoutToken(custom: JsonValue): JsonValue {
  if (!isObj(custom)) return custom;
  const rest = { ...(custom as Obj) };
  delete rest.TaskToken;
  delete rest['TaskToken.$'];
  return rest;
}

/** The state with its arguments' payload replaced (FunctionName and other keys stay where they are). */
function setPayload(state: State, lang: 'JSONPath' | 'JSONata', entries: Obj): State {
  const field = argsField(lang);
  const args = argsOf(state, lang);
  const out: Obj = {};
  let placed = false;
  for (const [k, v] of Object.entries(args)) {
    if (k === 'Payload' || k === 'Payload.$') {
      if (!placed) Object.assign(out, entries);
      placed = true;
    } else out[k] = v;
  }
  if (!placed) Object.assign(out, entries);
  return { ...state, [field]: out } as State;
}

function lambdaTask(def: StateMachineDefinition, id: string): Verdict {
  const s = getState(def, id);
  if (!s) return refuse('state.missing', { id });
  if (s.Type !== 'Task' || !isLambdaInvokeResource(s.Resource)) return refuse('lambda.notInvokeTask', { id });
  return true;
}

export interface SetFunctionArgs {
  id: string;
  functionName: string;
}

export const setLambdaFunction = defineCommand<SetFunctionArgs>({
  id: 'lambda.setFunction',
  label: 'Set Lambda function',
  canExecute: (def, args) =>
    firstRefusal(
      () => lambdaTask(def, args.id),
      () => {
        if (typeof args.functionName !== 'string') return refuse('lambda.functionMissing');
        const ref = parseFunctionRef(args.functionName);
        return ref.ok ? true : refuse('lambda.badFunction', { error: ref });
      },
    ),
  run: (def, { id, functionName }) =>
    updateState(def, id, (s) => {
      const lang = languageOf(def, s);
      const args = argsOf(s, lang);
      const name = functionName.trim();
      // FunctionName stays where it was (first when new); a computed FunctionName.$ gives way to the literal.
      const out: Obj = 'FunctionName' in args ? {} : { FunctionName: name };
      for (const [k, v] of Object.entries(args)) if (k !== 'FunctionName.$') out[k] = k === 'FunctionName' ? name : v;
      return { ...s, [argsField(lang)]: out } as State;
    }),
});

export interface SetPayloadArgs {
  id: string;
  payload: PayloadKind;
  /** The custom payload (for `custom`; defaults to the current custom payload or `{}`). */
  value?: JsonValue;
}

export const setLambdaPayload = defineCommand<SetPayloadArgs>({
  id: 'lambda.setPayload',
  label: 'Set Lambda payload',
  canExecute: (def, args) => firstRefusal(() => lambdaTask(def, args.id), () => (['input', 'custom', 'none'].includes(args.payload) ? true : refuse('lambda.choosePayload'))),
  run: (def, { id, payload, value }) =>
    updateState(def, id, (s) => {
      const cfg = lambdaConfig(def, s);
      const current = cfg.payload === 'custom' ? withoutToken(cfg.payloadValue ?? {}) : undefined;
      return setPayload(s, cfg.lang, payloadEntries(cfg.lang, payload, value ?? current, cfg.callback));
    }),
});

export interface SetCallbackArgs {
  id: string;
  callback: boolean;
}

/**
 * Wait for a callback: the Resource gets (or loses) `.waitForTaskToken` and the payload carries (or drops) the task
 * token. The task's result is then what SendTaskSuccess sends, not the Invoke API response, so the default
 * `OutputPath: $.Payload` (JSONata `Output: {% $states.result.Payload %}`) is removed, and restored when turned off.
 */
export const setLambdaCallback = defineCommand<SetCallbackArgs>({
  id: 'lambda.setCallback',
  label: 'Wait for callback',
  canExecute: (def, args) =>
    firstRefusal(
      () => lambdaTask(def, args.id),
      () => (typeof args.callback === 'boolean' ? true : refuse('lambda.chooseCallback')),
      () => (lambdaConfig(def, getState(def, args.id)!).callback === args.callback ? refuse('edit.nothingToChange') : true),
    ),
  run: (def, { id, callback }) =>
    updateState(def, id, (s) => {
      const cfg = lambdaConfig(def, s);
      const base = (s.Resource as string).replace(/\.waitForTaskToken$/, '');
      const custom = cfg.payload === 'custom' ? withoutToken(cfg.payloadValue ?? {}) : undefined;
      let out = setPayload({ ...s, Resource: callback ? `${base}${CALLBACK}` : base } as State, cfg.lang, payloadEntries(cfg.lang, cfg.payload, custom, callback));
      const o = out as Record<string, unknown>;
      if (cfg.lang === 'JSONata') {
        if (callback && o.Output === JSONATA_PAYLOAD_OUTPUT) delete o.Output;
        if (!callback && o.Output === undefined) out = { ...out, Output: JSONATA_PAYLOAD_OUTPUT } as State;
      } else {
        if (callback && o.OutputPath === '$.Payload') delete o.OutputPath;
        if (!callback && o.OutputPath === undefined) out = { ...out, OutputPath: '$.Payload' } as State;
      }
      return out;
    }),
});

/** What `lambda.fitResource` would change for a Task's Resource, or undefined when its fields already fit. */
export function resourceMismatch(def: StateMachineDefinition, state: State | undefined): 'invoke' | 'direct' | undefined {
  if (!state || state.Type !== 'Task') return undefined;
  const lang = languageOf(def, state);
  const args = argsOf(state, lang);
  const o = state as Record<string, unknown>;
  if (isDirectFunctionArn(state.Resource)) {
    const payloadOut = lang === 'JSONata' ? o.Output === JSONATA_PAYLOAD_OUTPUT : o.OutputPath === '$.Payload';
    return 'FunctionName' in args || 'FunctionName.$' in args || payloadOut ? 'direct' : undefined;
  }
  if (isLambdaInvokeResource(state.Resource)) return 'FunctionName' in args || 'FunctionName.$' in args ? undefined : 'invoke';
  return undefined;
}

export interface FitResourceArgs {
  id: string;
  /** For a switch to `lambda:invoke`: the function it calls (the plain ARN the Resource had). */
  functionName?: string;
}

/**
 * Make a Task's arguments and output fit its Resource. To `lambda:invoke`: the old arguments (the function's event)
 * become the Payload next to a FunctionName, and the output is the response's Payload. To a plain function ARN:
 * the Payload becomes the arguments (the state input when it was the input), and `OutputPath: $.Payload` goes.
 */
export const fitLambdaResource = defineCommand<FitResourceArgs>({
  id: 'lambda.fitResource',
  label: 'Fit Lambda fields to Resource',
  canExecute(def, args) {
    const s = getState(def, args.id);
    if (!s) return refuse('state.missing', { id: args.id });
    if (args.functionName !== undefined) {
      if (typeof args.functionName !== 'string') return refuse('lambda.functionMissing');
      const ref = parseFunctionRef(args.functionName);
      if (!ref.ok) return refuse('lambda.badFunction', { error: ref });
    }
    return resourceMismatch(def, s) ? true : refuse('lambda.alreadyFits');
  },
  run: (def, { id, functionName }) =>
    updateState(def, id, (s) => {
      const lang = languageOf(def, s);
      const field = argsField(lang);
      const o: Record<string, unknown> = { ...s };
      const hadArgs = isObj(o[field]);
      const args = argsOf(s, lang);
      if (resourceMismatch(def, s) === 'invoke') {
        const payload: Obj = hadArgs ? { Payload: args } : lang === 'JSONata' ? { Payload: JSONATA_INPUT } : { 'Payload.$': JSONPATH_INPUT };
        o[field] = { FunctionName: functionName ?? DEFAULT_FUNCTION_NAME, ...payload };
        if (lang === 'JSONata') o.Output ??= JSONATA_PAYLOAD_OUTPUT;
        else o.OutputPath ??= '$.Payload';
        return o as State;
      }
      const pathPayload = args['Payload.$'];
      if (args.Payload !== undefined && args.Payload !== JSONATA_INPUT) o[field] = args.Payload;
      else delete o[field];
      if (lang === 'JSONPath' && typeof pathPayload === 'string' && pathPayload !== '$' && o.InputPath === undefined) o.InputPath = pathPayload;
      if (lang === 'JSONata' && o.Output === JSONATA_PAYLOAD_OUTPUT) delete o.Output;
      if (lang === 'JSONPath' && o.OutputPath === '$.Payload') delete o.OutputPath;
      return o as State;
    }),
});
