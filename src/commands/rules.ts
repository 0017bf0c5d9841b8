/**
 * Pure rule predicates (after diagram-js's RuleProvider): the UI asks them before it offers an action
 * (`isValidConnection`, disabled menu items, `onBeforeDelete`), and each command's `canExecute` uses them too.
 * Each returns `true` or a typed refusal (code and message from refusals.ts).
 */
import type { StateMachineDefinition, StateType } from '../asl/types.ts';
import { isStateType } from '../asl/types.ts';
import type { Verdict } from './command.ts';
import { checkStateName } from './names.ts';
import { refuse, type Refusal } from './refusals.ts';
import { isObj } from './immutable.ts';
import { canHaveNext, successorsOf, type TransitionKind } from './refs.ts';
import { getScope, getState, splitStateId, statesOf, type ScopeId } from './stateScopes.ts';
import { canCatch, isTerminalType } from '../asl/stateTypes.ts';

export interface ConnectOptions {
  /** Index of the Choice rule or Catcher to retarget; absent for a new rule or catcher. */
  index?: number;
  /** Allow replacing an existing `Next` or `Default`. */
  replace?: boolean;
}

export function canConnect(
  def: StateMachineDefinition,
  sourceId: string,
  targetId: string,
  kind: TransitionKind,
  opts: ConnectOptions = {},
): Verdict {
  const source = getState(def, sourceId);
  if (!source) return refuse('state.missing', { id: sourceId });
  if (!getState(def, targetId)) return refuse('state.missing', { id: targetId });
  const src = splitStateId(sourceId);
  if (src.scope !== splitStateId(targetId).scope) {
    return refuse('connect.crossesScope');
  }
  if (isTerminalType(source.Type)) {
    return refuse('connect.terminalSource', { name: src.name, type: String(source.Type) });
  }
  switch (kind) {
    case 'next':
      if (!canHaveNext(source.Type)) return refuse('connect.noNext', { type: String(source.Type) });
      if (typeof source.Next === 'string' && !opts.replace) return refuse('connect.hasNext', { name: src.name, next: source.Next });
      return true;
    case 'default':
      if (source.Type !== 'Choice') return refuse('connect.defaultNotChoice');
      if (typeof source.Default === 'string' && !opts.replace) return refuse('connect.hasDefault', { name: src.name, target: source.Default });
      return true;
    case 'choice':
      if (source.Type !== 'Choice') return refuse('connect.rulesNotChoice');
      if (opts.index !== undefined && !isObj(source.Choices?.[opts.index])) return refuse('connect.noRule', { name: src.name, index: opts.index });
      return true;
    case 'catch': {
      if (!canCatch(source.Type)) return refuse('connect.cannotCatch');
      const catchers = Array.isArray(source.Catch) ? source.Catch : [];
      if (opts.index !== undefined && !isObj(catchers[opts.index])) return refuse('connect.noCatcher', { name: src.name, index: opts.index });
      return true;
    }
    default:
      return refuse('connect.unknownKind', { kind: String(kind) });
  }
}

export function canRename(def: StateMachineDefinition, id: string, newName: string): Verdict {
  if (!getState(def, id)) return refuse('state.missing', { id });
  return checkStateName(def, newName, splitStateId(id).name);
}

export interface AddPlacement {
  type: StateType;
  name?: string;
  scope?: ScopeId;
  /** The state (id) after which the new one goes. */
  after?: string;
}

/** The scope a new state goes to: that of `after`, else `scope`, else the top level. */
export function placementScope(args: { scope?: ScopeId; after?: string }): ScopeId {
  return args.after !== undefined ? splitStateId(args.after).scope : (args.scope ?? '');
}

export function canAdd(def: StateMachineDefinition, args: AddPlacement): Verdict {
  if (!isStateType(args.type)) return refuse('add.unknownType', { type: String(args.type) });
  const scope = placementScope(args);
  if (!getScope(def, scope)) return refuse('scope.missing', { scope });
  if (args.scope !== undefined && args.after !== undefined && args.scope !== scope) {
    return refuse('add.afterInOtherScope');
  }
  if (args.after !== undefined) {
    const after = getState(def, args.after);
    if (!after) return refuse('state.missing', { id: args.after });
    if (isTerminalType(after.Type)) return refuse('add.afterTerminal', { type: String(after.Type) });
    if (after.Type === 'Choice') return refuse('add.afterChoice');
  }
  if (args.name !== undefined) return checkStateName(def, args.name);
  return true;
}

/**
 * The start a scope gets once `deleted` names are gone from it: `newStart` when given, else the first surviving
 * state along the single-successor chain from the old start; `''` when the scope ends up empty; a reason when the
 * choice is ambiguous. `undefined` when the start is not deleted.
 */
export function startAfterDelete(
  def: StateMachineDefinition,
  scope: ScopeId,
  deleted: ReadonlySet<string>,
  newStart?: string,
): { start: string } | { reason: Refusal; chooseStart?: true } | undefined {
  const sub = getScope(def, scope);
  const states = statesOf(def, scope);
  const start = sub?.StartAt;
  if (typeof start !== 'string' || !deleted.has(start)) return undefined;
  if (Object.keys(states).every((n) => deleted.has(n))) return { start: '' };
  if (newStart !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(states, newStart) || deleted.has(newStart)) {
      return { reason: refuse('delete.badStart', { name: newStart }) };
    }
    return { start: newStart };
  }
  const seen = new Set<string>();
  let cur = start;
  while (deleted.has(cur) && !seen.has(cur)) {
    seen.add(cur);
    const succ = successorsOf(states[cur]).filter((n) => n !== cur && Object.prototype.hasOwnProperty.call(states, n));
    if (succ.length !== 1) return { reason: refuse('delete.chooseStart', { start, none: false }), chooseStart: true };
    cur = succ[0]!;
  }
  return deleted.has(cur) ? { reason: refuse('delete.chooseStart', { start, none: true }), chooseStart: true } : { start: cur };
}

/**
 * Whether deleting these states needs the user to choose the new start state (the start goes and no single
 * successor takes its place): the UI asks this rule, then offers the choice.
 */
export function needsStartChoice(def: StateMachineDefinition, ids: readonly string[]): boolean {
  const byScope = new Map<ScopeId, Set<string>>();
  for (const id of ids) {
    if (!getState(def, id)) return false;
    const { scope, name } = splitStateId(id);
    byScope.set(scope, (byScope.get(scope) ?? new Set<string>()).add(name));
  }
  for (const [scope, names] of byScope) {
    if (ids.some((id) => scope.startsWith(`${id}/`))) continue;
    const r = startAfterDelete(def, scope, names);
    if (r && 'chooseStart' in r) return true;
  }
  return false;
}

/** Whether the states may be deleted (with `newStartAt`, a state id, chosen when the start state goes). */
export function canDelete(def: StateMachineDefinition, ids: readonly string[], newStartAt?: string): Verdict {
  if (ids.length === 0) return refuse('delete.nothing');
  const byScope = new Map<ScopeId, Set<string>>();
  for (const id of ids) {
    if (!getState(def, id)) return refuse('state.missing', { id });
    const { scope, name } = splitStateId(id);
    const set = byScope.get(scope) ?? new Set<string>();
    set.add(name);
    byScope.set(scope, set);
  }
  const chosen = newStartAt === undefined ? undefined : splitStateId(newStartAt);
  for (const [scope, names] of byScope) {
    // States inside a container that is deleted too go with it.
    if (ids.some((id) => scope.startsWith(`${id}/`))) continue;
    const r = startAfterDelete(def, scope, names, chosen?.scope === scope ? chosen.name : undefined);
    if (r && 'reason' in r) return r.reason;
  }
  return true;
}
