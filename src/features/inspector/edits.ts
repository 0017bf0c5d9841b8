/**
 * The inspector's edits: each is one named command run through the store (one undo step). Field edits use
 * `state.update`; a change of several fields at once (switching Wait mode) folds several `state.update`s into
 * one command, so it is still one step.
 */
import {
  connect,
  defineCommand,
  renameState,
  setEnd,
  setStartAt,
  stateId,
  updateMachine,
  updateStateField,
  type Command,
  type MachineField,
} from '../../commands/index.ts';
import type { JsonPathSegments } from '../../asl/types.ts';
import { useAppStore } from '../../store/store.ts';
import type { FieldChange } from './modes.ts';

export type EditResult = true | string;

export function run<A>(command: Command<A>, args: A): EditResult {
  return useAppStore.getState().runCommand(command, args);
}

/** Several `state.update`s as one command (one undo step). */
const updateStateFields = defineCommand<{ id: string; changes: FieldChange[] }>({
  id: 'state.update',
  label: 'Edit state',
  canExecute(def, { id, changes }) {
    if (changes.length === 0) return 'Nothing to change';
    for (const c of changes) {
      const v = updateStateField.canExecute(def, { id, path: c.path, value: c.value });
      if (v !== true) return v;
    }
    return true;
  },
  run: (def, { id, changes }) => changes.reduce((d, c) => updateStateField.execute(d, { id, path: c.path, value: c.value }), def),
});

/** Set (or, with `undefined`, remove) one field inside a state. */
export function setStateField(id: string, path: JsonPathSegments, value: unknown): EditResult {
  return run(updateStateField, { id, path, value });
}

export function setStateFields(id: string, changes: FieldChange[]): EditResult {
  if (changes.length === 0) return true;
  if (changes.length === 1) return setStateField(id, changes[0]!.path, changes[0]!.value);
  return run(updateStateFields, { id, changes });
}

/** Per-state data (layout positions, mocks, breakpoints) follows the state to its new id in the store. */
export function rename(id: string, newName: string): EditResult {
  return run(renameState, { id, newName });
}

/** Point the state's `Next` at a sibling (by id), or end there (`undefined`). */
export function setNext(id: string, targetId: string | undefined): EditResult {
  if (targetId === undefined) return run(setEnd, { id, end: true });
  return run(connect, { source: id, target: targetId, kind: 'next', replace: true });
}

/** Top-level fields of the machine; `StartAt` goes through `machine.setStartAt` (a top-level state name). */
export function setMachineField(field: MachineField | 'StartAt', value: unknown): EditResult {
  if (field === 'StartAt') return typeof value === 'string' ? run(setStartAt, { id: stateId('', value) }) : 'Choose the state to start at';
  return run(updateMachine, { field, value });
}
