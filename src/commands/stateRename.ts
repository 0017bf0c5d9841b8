/**
 * `state.rename`: the key changes in place (the state keeps its place in `States`) and every reference in its
 * scope follows: `StartAt`, `Next`, `Default`, Choice rules' `Next` (nested ones too) and Catchers' `Next`.
 */
import type { State, StateMachineDefinition } from '../asl/types.ts';
import { defineCommand } from './command.ts';
import { stateId } from '../asl/ids.ts';
import { put, renameKey } from './immutable.ts';
import { retargetState } from './refs.ts';
import { canRename } from './rules.ts';
import { splitStateId, statesOf, updateScope, type ScopeId } from './stateScopes.ts';

export interface RenameStateArgs {
  id: string;
  newName: string;
}

/** Rewrite every transition to `from` in a scope so it goes to `to` (and `StartAt`). */
export function renameReferences(def: StateMachineDefinition, scope: ScopeId, from: string, to: string): StateMachineDefinition {
  return updateScope(def, scope, (s) => {
    const states: Record<string, State> = {};
    for (const [name, state] of Object.entries(statesOf(def, scope))) {
      put(states, name, retargetState(state, (t) => (t === from ? to : undefined)));
    }
    return { ...s, StartAt: s.StartAt === from ? to : s.StartAt, States: states };
  });
}

export const renameState = defineCommand<RenameStateArgs>({
  id: 'state.rename',
  label: 'Rename state',
  canExecute: (def, args) => canRename(def, args.id, args.newName),
  run(def, { id, newName }) {
    const { scope, name } = splitStateId(id);
    if (name === newName) return def;
    const renamed = updateScope(def, scope, (s) => ({ ...s, States: renameKey(statesOf(def, scope), name, newName) }));
    return renameReferences(renamed, scope, name, newName);
  },
  identities: (_def, { id, newName }) => [{ kind: 'rename', from: id, to: stateId(splitStateId(id).scope, newName) }],
});
