/**
 * `state.delete`: removes one or several states and repairs what pointed at them. A predecessor's transition to a
 * deleted state goes to that state's single successor; without one, `Next` becomes `End: true`, a `Default` is
 * removed, and a Choice rule or Catcher is removed. When the start state goes, its single successor becomes the
 * start, or `newStartAt` (refused with a reason when ambiguous and not given).
 */
import type { State, StateMachineDefinition } from '../asl/types.ts';
import { defineCommand } from './command.ts';
import { deletions } from './identity.ts';
import { put } from './immutable.ts';
import { retargetState, successorsOf } from './refs.ts';
import { canDelete, startAfterDelete } from './rules.ts';
import { getState, splitStateId, statesOf, updateScope } from './stateScopes.ts';

export interface DeleteStatesArgs {
  ids: string[];
  /** Id of the state that becomes the start of its scope when the start state is deleted. */
  newStartAt?: string;
}

/** Delete one state from its scope, rewiring predecessors; `start` is the scope's new start when it changes. */
export function deleteOne(def: StateMachineDefinition, id: string, start?: string): StateMachineDefinition {
  const { scope, name } = splitStateId(id);
  const states = statesOf(def, scope);
  const succ = successorsOf(states[name]).filter((n) => n !== name && Object.prototype.hasOwnProperty.call(states, n));
  const single = succ.length === 1 ? succ[0]! : null;
  return updateScope(def, scope, (s) => {
    const next: Record<string, State> = {};
    for (const [n, state] of Object.entries(states)) {
      if (n !== name) put(next, n, retargetState(state, (t) => (t === name ? single : undefined)));
    }
    return { ...s, StartAt: s.StartAt === name ? (start ?? single ?? '') : s.StartAt, States: next };
  });
}

export const deleteStates = defineCommand<DeleteStatesArgs>({
  id: 'state.delete',
  label: 'Delete',
  canExecute: (def, args) => canDelete(def, args.ids, args.newStartAt),
  run(def, { ids, newStartAt }) {
    const chosen = newStartAt === undefined ? undefined : splitStateId(newStartAt);
    // Decide every scope's new start up front, from the original definition.
    const starts = new Map<string, string>();
    const byScope = new Map<string, Set<string>>();
    for (const id of ids) {
      const { scope, name } = splitStateId(id);
      byScope.set(scope, (byScope.get(scope) ?? new Set()).add(name));
    }
    for (const [scope, names] of byScope) {
      const r = startAfterDelete(def, scope, names, chosen?.scope === scope ? chosen.name : undefined);
      if (r && 'start' in r) starts.set(scope, r.start);
    }
    let out = def;
    for (const id of ids) {
      if (!getState(out, id)) continue; // already gone with its container
      out = deleteOne(out, id, starts.get(splitStateId(id).scope));
    }
    return out;
  },
  identities: (def, { ids }) => deletions(def, ids),
});
