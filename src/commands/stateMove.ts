/**
 * `state.move`: move a state to another scope (top level ↔ Parallel branch ↔ Map processor). Transitions cannot
 * cross scopes, so the old scope is repaired as if the state were deleted (predecessors go to its single
 * successor), and the moved state loses the transitions it had (a Next becomes `End: true`; Choice rules and
 * Catchers whose targets stay behind are removed; a self-loop is kept). In the new scope it is placed like
 * `state.add`: after `after` when given, as the start when the scope is empty.
 */
import type { State } from '../asl/types.ts';
import { defineCommand, firstRefusal } from './command.ts';
import { refuse } from './refusals.ts';
import { stateId } from '../asl/ids.ts';
import { insertKeyAfter, isObj } from './immutable.ts';
import { canHaveNext, continueTo, endState, retargetState } from './refs.ts';
import { canAdd, canDelete, startAfterDelete } from './rules.ts';
import { deleteOne } from './stateDelete.ts';
import { getScope, getState, isWithin, splitStateId, statesOf, updateScope, updateState, type ScopeId } from './stateScopes.ts';

export interface MoveStateArgs {
  id: string;
  /** The destination scope id. */
  scope: ScopeId;
  /** A state in the destination scope after which the moved state is wired. */
  after?: string;
  /** When the moved state is the start of its scope and its successor is ambiguous: the new start (an id). */
  newStartAt?: string;
}

export const moveState = defineCommand<MoveStateArgs>({
  id: 'state.move',
  label: 'Move state',
  canExecute(def, args) {
    const state = getState(def, args.id);
    if (!state) return refuse('state.missing', { id: args.id });
    const from = splitStateId(args.id).scope;
    return firstRefusal(
      () => (getScope(def, args.scope) ? true : refuse('scope.missing', { scope: args.scope })),
      () => (from === args.scope ? refuse('move.sameScope') : true),
      () => (isWithin(args.scope, args.id) ? refuse('move.intoItself') : true),
      () => canAdd(def, { type: state.Type, scope: args.scope, after: args.after }),
      () => canDelete(def, [args.id], args.newStartAt),
    );
  },
  run(def, args) {
    const { scope: from, name } = splitStateId(args.id);
    const chosen = args.newStartAt === undefined ? undefined : splitStateId(args.newStartAt);
    const start = startAfterDelete(def, from, new Set([name]), chosen?.scope === from ? chosen.name : undefined);
    const original = getState(def, args.id)!;
    let out = deleteOne(def, args.id, start && 'start' in start ? start.start : undefined);
    let moved: State = retargetState(original, (t) => (t === name ? undefined : null));
    const prev = args.after === undefined ? undefined : getState(out, args.after);
    const target = typeof prev?.Next === 'string' ? prev.Next : undefined;
    if (canHaveNext(moved.Type)) {
      if (target !== undefined) moved = continueTo(moved, target);
      else if (moved.Next === undefined) moved = endState(moved);
    }
    const after = args.after === undefined ? undefined : splitStateId(args.after).name;
    out = updateScope(out, args.scope, (s) => {
      const states = statesOf(out, args.scope);
      const empty = Object.keys(states).length === 0;
      const next = { ...s, States: insertKeyAfter(isObj(states) ? states : {}, after, name, moved) };
      return empty || typeof s.StartAt !== 'string' || s.StartAt === '' ? { ...next, StartAt: name } : next;
    });
    if (args.after !== undefined) out = updateState(out, args.after, (p) => continueTo(p, name));
    return out;
  },
  identities: (_def, { id, scope }) => [{ kind: 'move', from: id, to: stateId(scope, splitStateId(id).name) }],
});
