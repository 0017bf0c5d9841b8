/**
 * The inspector's edits: each is one command run by its registry id through the store (one undo step). Field
 * edits use `state.update`; a change of several fields at once (switching Wait mode) is `state.updateFields`, so it
 * is still one step. A refusal comes back as its message, shown inline by the form.
 */
import {
  connect,
  refuse,
  renameState,
  setEnd,
  setStartAt,
  stateId,
  updateMachine,
  updateStateField,
  updateStateFields,
  type Command,
  type CommandArgs,
  type CommandId,
  type MachineField,
} from '../../commands/index.ts';
import type { JsonPathSegments } from '../../asl/types.ts';
import { useAppStore } from '../../store/store.ts';
import type { FieldChange } from './modes.ts';

export type EditResult = true | string;

/** Run a registered command by its id (a command missing from the registry is refused as unknown). */
export function run<A>(command: Command<A>, args: A): EditResult {
  const r = useAppStore.getState().run(command.id as CommandId, args as CommandArgs<CommandId>);
  return r === true ? true : r.message;
}

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
  if (field === 'StartAt') return typeof value === 'string' ? run(setStartAt, { id: stateId('', value) }) : refuse('machine.chooseStart').message;
  return run(updateMachine, { field, value });
}
