/**
 * Scopes and state ids. A scope is a set of states that may transition to each other: the top level (scope id
 * `''`), a Parallel branch (`P/~b0`) or a Map item processor (`M/~p`). A state id is its scope id plus its escaped
 * name (see `src/asl/ids.ts`). Transitions never cross scopes.
 */
import { escapeName, stateId, unescapeName } from '../asl/ids.ts';
import type { JsonPathSegments, State, StateMachineDefinition, SubMachine } from '../asl/types.ts';
import { getIn, isObj, updateIn } from './immutable.ts';

export type ScopeId = string;

/** Split a state id into its scope id and (unescaped) state name. */
export function splitStateId(id: string): { scope: ScopeId; name: string } {
  const i = id.lastIndexOf('/');
  return i < 0 ? { scope: '', name: unescapeName(id) } : { scope: id.slice(0, i), name: unescapeName(id.slice(i + 1)) };
}

export { stateId, escapeName };

/** The Map field that holds the item processor: `ItemProcessor`, or the legacy `Iterator` when that is used. */
export function processorField(map: unknown): 'ItemProcessor' | 'Iterator' {
  return isObj(map) && !isObj(map.ItemProcessor) && isObj(map.Iterator) ? 'Iterator' : 'ItemProcessor';
}

/** The JSON path of a scope's object (the definition itself, a branch, or a processor); undefined when absent. */
export function scopePath(def: StateMachineDefinition, scope: ScopeId): JsonPathSegments | undefined {
  const path: JsonPathSegments = [];
  if (scope === '') return path;
  for (const seg of scope.split('/')) {
    if (seg.startsWith('~b')) {
      path.push('Branches', Number(seg.slice(2)));
    } else if (seg === '~p') {
      path.push(processorField(getIn(def, path)));
    } else {
      path.push('States', unescapeName(seg));
    }
    if (getIn(def, path) === undefined) return undefined;
  }
  const last = scope.slice(scope.lastIndexOf('/') + 1);
  const isContainer = last === '~p' || /^~b\d+$/.test(last);
  return isContainer && isObj(getIn(def, path)) ? path : undefined;
}

export function getScope(def: StateMachineDefinition, scope: ScopeId): SubMachine | undefined {
  const path = scopePath(def, scope);
  const node = path ? getIn(def, path) : undefined;
  return isObj(node) ? (node as SubMachine) : undefined;
}

/** The states object of a scope (empty when the scope has none). */
export function statesOf(def: StateMachineDefinition, scope: ScopeId): Record<string, State> {
  const s = getScope(def, scope)?.States;
  return isObj(s) ? (s as Record<string, State>) : {};
}

export function updateScope(def: StateMachineDefinition, scope: ScopeId, fn: (s: SubMachine) => SubMachine): StateMachineDefinition {
  const path = scopePath(def, scope);
  if (!path) throw new Error(`No scope ${JSON.stringify(scope)}`);
  return updateIn(def, path, (s) => fn(s as SubMachine));
}

export function getState(def: StateMachineDefinition, id: string): State | undefined {
  const { scope, name } = splitStateId(id);
  const states = statesOf(def, scope);
  return Object.prototype.hasOwnProperty.call(states, name) && isObj(states[name]) ? states[name] : undefined;
}

export function statePath(def: StateMachineDefinition, id: string): JsonPathSegments | undefined {
  const { scope, name } = splitStateId(id);
  const path = scopePath(def, scope);
  return path && getState(def, id) ? [...path, 'States', name] : undefined;
}

export function updateState(def: StateMachineDefinition, id: string, fn: (s: State) => State | undefined): StateMachineDefinition {
  const path = statePath(def, id);
  if (!path) throw new Error(`No state ${JSON.stringify(id)}`);
  return updateIn(def, path, (s) => fn(s as State));
}

/** Scope ids directly inside a state: one per Parallel branch, or the Map processor. */
export function childScopes(state: unknown, id: string): ScopeId[] {
  if (!isObj(state)) return [];
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) return state.Branches.map((_, i) => `${id}/~b${i}`);
  if (state.Type === 'Map' && (isObj(state.ItemProcessor) || isObj(state.Iterator))) return [`${id}/~p`];
  return [];
}

/** Every scope id of the definition, outermost first. */
export function allScopes(def: StateMachineDefinition): ScopeId[] {
  const out: ScopeId[] = [];
  const visit = (scope: ScopeId) => {
    out.push(scope);
    for (const [name, state] of Object.entries(statesOf(def, scope))) {
      for (const child of childScopes(state, stateId(scope, name))) visit(child);
    }
  };
  visit('');
  return out;
}

/** Every state name used anywhere in the definition (names must be unique in the whole machine). */
export function allStateNames(def: StateMachineDefinition): Set<string> {
  const names = new Set<string>();
  for (const scope of allScopes(def)) for (const name of Object.keys(statesOf(def, scope))) names.add(name);
  return names;
}

/** Whether a scope is `container` itself or lies inside it (used to refuse moving a state into itself). */
export function isWithin(scope: ScopeId, containerStateId: string): boolean {
  return scope === containerStateId || scope.startsWith(`${containerStateId}/`);
}
