/**
 * One state: its name, Type, QueryLanguage, fields (through the field table), Next/End, and the checks that belong
 * to one state type (Choice rules, Retry/Catch, Task timeouts, Wait durations, Parallel branches, Map processor).
 */
import { fieldSpec } from '../fields.ts';
import { STATE_TYPES, isStateType, type JsonPathSegments, type QueryLanguage, type StateType } from '../types.ts';
import { checkChoices } from './choice.ts';
import { checkCredentials } from './credentials.ts';
import { checkDistributedMap } from './distributedMap.ts';
import { has, isObject, kindOf, type Context, type Json, type Scope } from './context.ts';
import { closest } from './suggest.ts';
import { checkCatch, checkRetry } from './retryCatch.ts';
import { checkFields, type FieldEnv } from './values.ts';
import { hasNoNext } from '../stateTypes.ts';

/** Validates a nested sub-machine (a Parallel branch or a Map item processor). */
export type WalkScope = (
  obj: Json,
  path: JsonPathSegments,
  label: string,
  owner: 'Branch' | 'ItemProcessor',
  language: QueryLanguage,
  lenient: boolean,
) => void;

const NO_TRANSITION = new Set(['Next', 'End']);
/** Control characters (U+0000–U+001F, U+007F–U+009F). */
function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}
const TYPES = STATE_TYPES.join(', ');

export function checkStateName(ctx: Context, scope: Scope, name: string, path: JsonPathSegments): void {
  const length = [...name].length;
  if (length === 0) ctx.report('state.name.empty', path, {}, { key: true });
  else if (length > 80) ctx.report('state.name.tooLong', path, { state: `${name.slice(0, 30)}…`, length }, { key: true });
  if (hasControlChar(name)) ctx.report('state.name.invalidChars', path, { state: JSON.stringify(name).slice(1, -1) }, { key: true });
  if (ctx.names.has(name)) ctx.report('state.name.duplicate', path, { state: name }, { key: true });
  else ctx.names.set(name, scope);
}

export function checkState(ctx: Context, scope: Scope, name: string, state: unknown, path: JsonPathSegments, walk: WalkScope): void {
  checkStateName(ctx, scope, name, path);
  if (!isObject(state)) {
    const top = fieldSpec('Machine', name);
    const hint = top ? ` '${name}' is a top-level field: move it out of States, next to StartAt.` : '';
    ctx.report('state.notObject', path, { state: name, actual: kindOf(state).replace(/^an? /, ''), at: ctx.where(path, { key: true }), hint }, { key: true });
    return;
  }
  if (!has(state, 'Type')) {
    ctx.report('state.type.missing', path, { state: name, types: TYPES }, { key: true });
    return;
  }
  const type = state.Type;
  if (!isStateType(type)) {
    const near = typeof type === 'string' ? closest(type, STATE_TYPES) : undefined;
    ctx.report('state.type.unknown', [...path, 'Type'], { state: name, type: typeof type === 'string' ? type : JSON.stringify(type), types: TYPES, hint: near ? ` Did you mean '${near}'?` : '' });
    return;
  }
  const ql = state.QueryLanguage;
  const explicit = ql === 'JSONPath' || ql === 'JSONata';
  const language: QueryLanguage = explicit ? ql : scope.language;
  const env: FieldEnv = { language, lenient: !explicit && scope.lenient, owner: `${type} state '${name}'` };
  if (ql === 'JSONPath' && ctx.topLanguage === 'JSONata') ctx.report('state.queryLanguage.jsonPathInJsonata', [...path, 'QueryLanguage'], { state: name });
  const ends = hasNoNext(type);
  checkFields(ctx, type, state, path, env, ends ? NO_TRANSITION : undefined);
  checkTransitions(ctx, scope, name, type, state, path);
  if (has(state, 'Retry')) checkRetry(ctx, state.Retry, [...path, 'Retry'], env);
  if (has(state, 'Catch')) checkCatch(ctx, state.Catch, [...path, 'Catch'], env, scope, name);
  switch (type) {
    case 'Choice':
      if (has(state, 'Choices')) checkChoices(ctx, name, state.Choices, [...path, 'Choices'], language, env.lenient, scope);
      if (typeof state.Default === 'string') scope.transitions.push({ state: name, field: 'Default', target: state.Default, path: [...path, 'Default'] });
      else if (!has(state, 'Default')) ctx.report('choice.default.none', path, { state: name }, { key: true });
      return;
    case 'Task':
      checkTimeouts(ctx, state, path);
      checkCredentials(ctx, state.Credentials, [...path, 'Credentials'], language);
      return;
    case 'Wait':
      checkWait(ctx, name, state, path, language);
      return;
    case 'Parallel':
      checkBranches(ctx, name, state.Branches, [...path, 'Branches'], language, env.lenient, walk);
      return;
    case 'Map': {
      checkDistributedMap(ctx, name, state, path);
      const field = has(state, 'ItemProcessor') ? 'ItemProcessor' : has(state, 'Iterator') ? 'Iterator' : undefined;
      if (!field) ctx.report('map.processor.missing', path, { state: name }, { key: true });
      else if (!isObject(state[field])) ctx.report('field.type', [...path, field], { field, expected: 'an object with StartAt and States', actual: `, not ${kindOf(state[field])}` });
      else walk(state[field] as Json, [...path, field], `the item processor of Map '${name}'`, 'ItemProcessor', language, childLenient(ctx, language, env.lenient));
      return;
    }
    default:
      return;
  }
}

function childLenient(ctx: Context, language: QueryLanguage, lenient: boolean): boolean {
  return lenient || language !== ctx.topLanguage;
}

function checkTransitions(ctx: Context, scope: Scope, name: string, type: StateType, state: Json, path: JsonPathSegments): void {
  if (hasNoNext(type)) {
    const why = type === 'Choice' ? 'chooses the next state through Choices and Default' : 'ends the execution (or its branch)';
    for (const field of ['Next', 'End']) {
      if (has(state, field)) ctx.report('state.next.notAllowed', [...path, field], { type, field, state: name, why }, { key: true });
    }
    return;
  }
  const hasNext = has(state, 'Next');
  const hasEnd = has(state, 'End');
  if (hasNext && hasEnd) ctx.report('state.nextAndEnd', path, { state: name }, { key: true });
  else if (!hasNext && !hasEnd) ctx.report('state.next.missing', path, { state: name }, { key: true });
  else if (hasEnd && state.End === false) ctx.report('state.end.notTrue', [...path, 'End'], { state: name });
  if (typeof state.Next === 'string') scope.transitions.push({ state: name, field: 'Next', target: state.Next, path: [...path, 'Next'] });
}

function checkTimeouts(ctx: Context, state: Json, path: JsonPathSegments): void {
  const timeout = state.TimeoutSeconds;
  const heartbeat = state.HeartbeatSeconds;
  if (typeof timeout === 'number' && typeof heartbeat === 'number' && heartbeat >= timeout) {
    ctx.report('task.heartbeat.notBelowTimeout', [...path, 'HeartbeatSeconds'], { heartbeat, timeout });
  }
}

function checkWait(ctx: Context, name: string, state: Json, path: JsonPathSegments, language: QueryLanguage): void {
  const fields = language === 'JSONata' ? ['Seconds', 'Timestamp'] : ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];
  const found = fields.filter((f) => has(state, f));
  if (found.length === 0) ctx.report('wait.duration.missing', path, { state: name, fields: fields.join(', ') }, { key: true });
  else if (found.length > 1) ctx.report('wait.duration.multiple', [...path, found[1]!], { state: name, found: found.join(' and ') }, { key: true });
}

function checkBranches(ctx: Context, name: string, branches: unknown, path: JsonPathSegments, language: QueryLanguage, lenient: boolean, walk: WalkScope): void {
  if (branches === undefined) return; // reported as a missing required field
  if (!Array.isArray(branches)) {
    ctx.report('field.type', path, { field: 'Branches', expected: 'an array of branches', actual: `, not ${kindOf(branches)}` });
    return;
  }
  if (branches.length === 0) ctx.report('parallel.branches.empty', path, { state: name });
  branches.forEach((b, i) => {
    const at = [...path, i];
    if (!isObject(b)) ctx.report('field.type', at, { field: `Branches[${i}]`, expected: 'an object with StartAt and States', actual: `, not ${kindOf(b)}` });
    else walk(b, at, `branch ${i + 1} of Parallel '${name}'`, 'Branch', language, childLenient(ctx, language, lenient));
  });
}
