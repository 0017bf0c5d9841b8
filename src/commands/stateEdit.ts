/**
 * `state.duplicate` (a copy placed right after the original, with fresh names for it and anything nested) and
 * `state.update` (set or remove one field inside a state by path: Comment, Resource, Parameters, a Retry list…).
 */
import type { JsonPathSegments, State } from '../asl/types.ts';
import { defineCommand, firstRefusal } from './command.ts';
import { refuse } from './refusals.ts';
import { copies } from './identity.ts';
import { stateId } from '../asl/ids.ts';
import { freshenChildren } from './freshen.ts';
import { checkStateName, uniqueName } from './names.ts';
import { clone, insertKeyAfter, updateIn } from './immutable.ts';
import { allStateNames, getState, splitStateId, statesOf, updateScope, updateState } from './stateScopes.ts';

export interface DuplicateStateArgs {
  id: string;
  /** Defaults to the original name with a counter, like "Pass (1)". */
  name?: string;
}

export function duplicateName(def: Parameters<typeof allStateNames>[0], args: DuplicateStateArgs): string {
  return args.name ?? uniqueName(splitStateId(args.id).name, allStateNames(def));
}

export const duplicateState = defineCommand<DuplicateStateArgs>({
  id: 'state.duplicate',
  label: 'Duplicate state',
  canExecute: (def, args) =>
    firstRefusal(
      () => (getState(def, args.id) ? true : refuse('state.missing', { id: args.id })),
      () => (args.name === undefined ? true : checkStateName(def, args.name)),
    ),
  run(def, args) {
    const { scope, name } = splitStateId(args.id);
    const copyName = duplicateName(def, args);
    const taken = allStateNames(def);
    taken.add(copyName);
    const copy = freshenChildren(clone(getState(def, args.id)!), taken);
    return updateScope(def, scope, (s) => ({ ...s, States: insertKeyAfter(statesOf(def, scope), name, copyName, copy) }));
  },
  identities: (before, args, after) => copies(before, args.id, after, stateId(splitStateId(args.id).scope, duplicateName(before, args))),
});

export interface UpdateStateArgs {
  id: string;
  /** Path inside the state, e.g. `['Comment']`, `['Parameters', 'FunctionName']`, `['Retry', 0, 'MaxAttempts']`. */
  path: JsonPathSegments;
  /** The new value; `undefined` removes the field (or array item). */
  value: unknown;
}

export const updateStateField = defineCommand<UpdateStateArgs>({
  id: 'state.update',
  label: 'Edit state',
  canExecute(def, args) {
    if (!getState(def, args.id)) return refuse('state.missing', { id: args.id });
    if (!Array.isArray(args.path) || args.path.length === 0) return refuse('edit.noField');
    if (args.path[0] === 'Type') return refuse('edit.typeChange');
    return true;
  },
  run: (def, { id, path, value }) => updateState(def, id, (s) => updateIn<State>(s, path, () => value)),
});

export interface FieldChange {
  path: JsonPathSegments;
  /** `undefined` removes the field. */
  value: unknown;
}

/** Several `state.update`s of one state as one command (one undo step): switching a Wait's mode, for instance. */
export const updateStateFields = defineCommand<{ id: string; changes: FieldChange[] }>({
  id: 'state.updateFields',
  label: 'Edit state',
  canExecute(def, { id, changes }) {
    if (!Array.isArray(changes) || changes.length === 0) return refuse('edit.nothingToChange');
    for (const c of changes) {
      const v = updateStateField.canExecute(def, { id, path: c.path, value: c.value });
      if (v !== true) return v;
    }
    return true;
  },
  run: (def, { id, changes }) => changes.reduce((d, c) => updateStateField.execute(d, { id, path: c.path, value: c.value }), def),
});
