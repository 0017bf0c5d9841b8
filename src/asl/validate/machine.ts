/**
 * The machine and its sub-machines: StartAt and States of every scope (top level, Parallel branches, Map
 * processors), then — once every name is known — transition targets, reachability and terminal states per scope.
 */
import type { JsonPathSegments, QueryLanguage } from '../types.ts';
import { has, hasPlaceholder, isObject, kindOf, type Context, type Json, type Scope } from './context.ts';
import { checkState } from './state.ts';
import { closest, Suggester } from './suggest.ts';
import { checkFields } from './values.ts';
import { endsThread } from '../stateTypes.ts';

function isLanguage(v: unknown): v is QueryLanguage {
  return v === 'JSONPath' || v === 'JSONata';
}

export function checkMachine(ctx: Context, value: unknown): void {
  if (!isObject(value)) {
    ctx.report('machine.notObject', []);
    return;
  }
  if (isLanguage(value.QueryLanguage)) ctx.topLanguage = value.QueryLanguage;
  else if (isObject(value.States) && isLanguage(value.States.QueryLanguage)) {
    // A QueryLanguage misplaced inside States (reported there) is most likely meant for the whole machine:
    // honour it, so that one mistake does not produce a cascade of query-language errors.
    ctx.topLanguage = value.States.QueryLanguage;
  }
  checkFields(ctx, 'Machine', value, [], { language: ctx.topLanguage, lenient: false, owner: 'the state machine' }, undefined, true);
  walkScope(ctx, value, [], 'the state machine', ctx.topLanguage, false);
  for (const scope of ctx.scopes) finishScope(ctx, scope);
}

function walkScope(ctx: Context, obj: Json, path: JsonPathSegments, label: string, language: QueryLanguage, lenient: boolean): void {
  const where = label.charAt(0).toUpperCase() + label.slice(1);
  const states = obj.States;
  if (!has(obj, 'States')) {
    ctx.report('machine.states.missing', path, { where }, { key: true });
  } else if (!isObject(states)) {
    ctx.report('machine.states.notObject', [...path, 'States'], { actual: kindOf(states) });
  }
  const scope: Scope = { path, label, states: isObject(states) ? states : {}, language, lenient, transitions: [] };
  ctx.scopes.push(scope);
  if (isObject(states) && Object.keys(states).length === 0) ctx.report('machine.states.empty', [...path, 'States'], { where }, { key: true });
  const startAt = obj.StartAt;
  if (!has(obj, 'StartAt')) ctx.report('machine.startAt.missing', path, { where }, { key: true });
  else if (typeof startAt !== 'string') ctx.report('field.type', [...path, 'StartAt'], { field: 'StartAt', expected: 'a state name', actual: `, not ${kindOf(startAt)}` });
  else if (isObject(states) && !isObject(states[startAt]) && !hasPlaceholder(startAt)) {
    const near = closest(startAt, Object.keys(states));
    ctx.report('machine.startAt.unknown', [...path, 'StartAt'], { target: startAt, where: label, hint: near ? ` Did you mean '${near}'?` : '' });
  }
  const walk = (child: Json, at: JsonPathSegments, childLabel: string, owner: 'Branch' | 'ItemProcessor', lang: QueryLanguage, len: boolean) => {
    checkFields(ctx, owner, child, at, { language: lang, lenient: len, owner: childLabel }, undefined, true);
    walkScope(ctx, child, at, childLabel, lang, len);
  };
  for (const name of Object.keys(scope.states)) {
    checkState(ctx, scope, name, scope.states[name], [...path, 'States', name], walk);
  }
}

function finishScope(ctx: Context, scope: Scope): void {
  const { states } = scope;
  const edges = new Map<string, string[]>();
  let suggester: Suggester | undefined;
  for (const t of scope.transitions) {
    if (hasPlaceholder(t.target)) continue; // substituted at deploy time
    if (isObject(states[t.target])) {
      const list = edges.get(t.state);
      if (list) list.push(t.target);
      else edges.set(t.state, [t.target]);
      continue;
    }
    const other = ctx.names.get(t.target);
    if (other && other !== scope) {
      ctx.report('state.next.crossesScope', t.path, { state: t.state, field: t.field, target: t.target, targetScope: other.label });
    } else {
      suggester ??= new Suggester(Object.keys(states));
      ctx.report('state.next.unknown', t.path, { state: t.state, field: t.field, target: t.target, hint: suggester.hint(t.target) });
    }
  }
  const names = Object.keys(states).filter((n) => isObject(states[n]));
  if (names.length === 0) return;
  const terminal = names.some((n) => endsThread(states[n] as Json));
  if (!terminal) ctx.report('scope.noTerminal', [...scope.path, 'States'], { where: scope.label.charAt(0).toUpperCase() + scope.label.slice(1) }, { key: true });
  const startAt = findStartAt(ctx, scope);
  if (startAt === undefined) return;
  const seen = new Set<string>([startAt]);
  const queue = [startAt];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  for (const n of names) {
    if (!seen.has(n)) ctx.report('state.unreachable', [...scope.path, 'States', n], { state: n }, { key: true });
  }
}

/** The scope's StartAt when it names a state of the scope (reachability is only meaningful then). */
function findStartAt(ctx: Context, scope: Scope): string | undefined {
  let obj: unknown = ctx.root;
  for (const seg of scope.path) obj = (obj as Record<string | number, unknown>)[seg];
  const startAt = isObject(obj) ? obj.StartAt : undefined;
  return typeof startAt === 'string' && isObject(scope.states[startAt]) ? startAt : undefined;
}
