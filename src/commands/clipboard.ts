/**
 * Copy and paste of states as ASL JSON. `copyStates` (pure, not a command: it does not change the document)
 * extracts the selected states of one scope as `{ StartAt, States }`, keeping only transitions between them.
 * `clipboard.paste` adds such a fragment (or a whole definition, as text or value) to a scope: names that are taken
 * get a counter ("Pass (1)"), internal references follow, and references to states not pasted are dropped.
 */
import { yaml } from '../asl/yamlLib.ts';
import type { State, StateMachineDefinition } from '../asl/types.ts';
import { isStateType } from '../asl/types.ts';
import { defineCommand, firstRefusal, type Verdict } from './command.ts';
import { isRefusal, refuse, type Refusal } from './refusals.ts';
import { copies, idsByName, type IdentityChange } from './identity.ts';
import { stateId } from '../asl/ids.ts';
import { freshenStates } from './freshen.ts';
import { clone, isObj, put } from './immutable.ts';
import { canHaveNext, continueTo, retargetState, transitionsOf } from './refs.ts';
import { canAdd, placementScope } from './rules.ts';
import { allStateNames, getScope, getState, splitStateId, statesOf, updateScope, updateState, type ScopeId } from './stateScopes.ts';

export interface Fragment {
  StartAt: string;
  States: Record<string, State>;
}

/** The selected states (ids of one scope) as a fragment, or undefined when the selection is empty or spans scopes. */
export function copyStates(def: StateMachineDefinition, ids: readonly string[]): Fragment | undefined {
  const parts = ids.map(splitStateId);
  const scope = parts[0]?.scope;
  if (scope === undefined || parts.some((p) => p.scope !== scope) || ids.some((id) => !getState(def, id))) return undefined;
  const selected = new Set(parts.map((p) => p.name));
  const all = statesOf(def, scope);
  const states: Record<string, State> = {};
  for (const [name, state] of Object.entries(all)) {
    if (selected.has(name)) put(states, name, clone(retargetState(state, (t) => (selected.has(t) ? undefined : null))));
  }
  const targets = new Set(Object.values(states).flatMap((s) => transitionsOf(s).map((t) => t.target)));
  const scopeStart = getScope(def, scope)?.StartAt;
  const start =
    typeof scopeStart === 'string' && selected.has(scopeStart)
      ? scopeStart
      : (Object.keys(states).find((n) => !targets.has(n)) ?? Object.keys(states)[0]!);
  return { StartAt: start, States: states };
}

/** The fragment held by clipboard content (ASL JSON or YAML text, or a parsed value), or a reason. */
export function readFragment(content: unknown): Fragment | Refusal {
  let value = content;
  if (typeof content === 'string') {
    try {
      value = yaml().parse(content);
    } catch {
      return refuse('clipboard.notAsl');
    }
  }
  if (!isObj(value) || !isObj(value.States) || Object.keys(value.States).length === 0) {
    return refuse('clipboard.noStates');
  }
  for (const [name, s] of Object.entries(value.States)) {
    if (!isObj(s) || !isStateType(s.Type)) return refuse('clipboard.notAState', { name });
  }
  const names = Object.keys(value.States);
  const start = typeof value.StartAt === 'string' && names.includes(value.StartAt) ? value.StartAt : names[0]!;
  return { StartAt: start, States: clone(value.States) as Record<string, State> };
}

export interface PasteArgs {
  content: unknown;
  scope?: ScopeId;
  /** A state after which the pasted start is wired (like `state.add`). */
  after?: string;
}

export const paste = defineCommand<PasteArgs>({
  id: 'clipboard.paste',
  label: 'Paste',
  canExecute: (def, a): Verdict =>
    firstRefusal(
      () => {
        const f = readFragment(a.content);
        return isRefusal(f) ? f : true;
      },
      () => canAdd(def, { type: 'Pass', scope: a.scope, after: a.after }),
    ),
  run(def, a) {
    const fragment = readFragment(a.content) as Fragment;
    const scope = placementScope(a);
    const { states, mapping } = freshenStates(fragment.States, allStateNames(def), () => null);
    const start = mapping.get(fragment.StartAt)!;
    const prev = a.after === undefined ? undefined : getState(def, a.after);
    const exits = Object.entries(states).filter(([, s]) => s.End === true && canHaveNext(s.Type));
    if (typeof prev?.Next === 'string' && exits.length === 1) put(states, exits[0]![0], continueTo(exits[0]![1], prev.Next));
    const afterName = a.after === undefined ? undefined : splitStateId(a.after).name;
    let out = updateScope(def, scope, (s) => {
      const existing = statesOf(def, scope);
      const merged: Record<string, State> = {};
      const putAll = (from: Record<string, State>) => Object.entries(from).forEach(([n, st]) => put(merged, n, st));
      if (afterName === undefined) {
        putAll(existing);
        putAll(states);
      }
      else for (const [n, st] of Object.entries(existing)) {
        put(merged, n, st);
        if (n === afterName) putAll(states);
      }
      const empty = Object.keys(existing).length === 0 || typeof s.StartAt !== 'string' || s.StartAt === '';
      return empty ? { ...s, StartAt: start, States: merged } : { ...s, States: merged };
    });
    if (a.after !== undefined) out = updateState(out, a.after, (p) => continueTo(p, start));
    return out;
  },
  identities: (before, a, after) => pastedCopies(before, a, after),
});

/**
 * Pasted states are copies of the states of the same name in the document (when there are any: content copied
 * from another workflow has no source here), so their mocks come along as a duplicate's do.
 */
function pastedCopies(before: StateMachineDefinition, a: PasteArgs, after: StateMachineDefinition): IdentityChange[] {
  const fragment = readFragment(a.content) as Fragment;
  const { mapping } = freshenStates(fragment.States, allStateNames(before), () => null);
  const sources = idsByName(before);
  const scope = placementScope(a);
  const out: IdentityChange[] = [];
  for (const [name, fresh] of mapping) {
    const source = sources.get(name);
    if (source !== undefined) out.push(...copies(before, source, after, stateId(scope, fresh)));
  }
  return out;
}
