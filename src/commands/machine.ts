/**
 * Machine-level commands: `machine.setStartAt` (the start of any scope, given a state id) and `machine.update`
 * (top-level Comment, TimeoutSeconds, QueryLanguage, Version; `undefined` removes the field). Plus the Parallel
 * branch list: `branch.add` and `branch.remove`.
 */
import type { StateMachineDefinition, SubMachine } from '../asl/types.ts';
import { defineCommand, type Verdict } from './command.ts';
import { refuse } from './refusals.ts';
import { freshenStates } from './freshen.ts';
import { clone, isObj, withField } from './immutable.ts';
import { allStateNames, getState, splitStateId, updateScope, updateState } from './stateScopes.ts';
import { defaultBranch } from './skeletons.ts';
import { removeItem } from './transitions.ts';

export const setStartAt = defineCommand<{ id: string }>({
  id: 'machine.setStartAt',
  label: 'Set as start',
  canExecute: (def, { id }) => (getState(def, id) ? true : refuse('state.missing', { id })),
  run(def, { id }) {
    const { scope, name } = splitStateId(id);
    return updateScope(def, scope, (s) => ({ ...s, StartAt: name }));
  },
});

export type MachineField = 'Comment' | 'TimeoutSeconds' | 'QueryLanguage' | 'Version';

export interface UpdateMachineArgs {
  field: MachineField;
  /** The new value; `undefined` removes the field. */
  value: unknown;
}

function checkMachineField({ field, value }: UpdateMachineArgs): Verdict {
  if (value === undefined) return true;
  switch (field) {
    case 'Comment':
    case 'Version':
      return typeof value === 'string' ? true : refuse('machine.notString', { field });
    case 'TimeoutSeconds':
      return Number.isInteger(value) && (value as number) > 0 ? true : refuse('machine.badTimeout');
    case 'QueryLanguage':
      return value === 'JSONPath' || value === 'JSONata' ? true : refuse('machine.badQueryLanguage');
    default:
      return refuse('machine.unknownField', { field: String(field) });
  }
}

export const updateMachine = defineCommand<UpdateMachineArgs>({
  id: 'machine.update',
  label: 'Edit state machine',
  canExecute: (_def, args) => checkMachineField(args),
  run(def, { field, value }) {
    // A new field goes first, where Comment and friends are usually written; an existing one stays in place.
    if (value !== undefined && !Object.prototype.hasOwnProperty.call(def, field)) {
      return { [field]: value, ...def } as StateMachineDefinition;
    }
    return withField(def, field, value);
  },
});

export interface AddBranchArgs {
  /** The Parallel state. */
  id: string;
  /** The branch to add (its states get fresh names when taken); defaults to one Pass state. */
  branch?: SubMachine;
}

const isParallel = (def: StateMachineDefinition, id: string) =>
  getState(def, id)?.Type === 'Parallel' ? true : refuse('branch.notParallel', { id });

export const addBranch = defineCommand<AddBranchArgs>({
  id: 'branch.add',
  label: 'Add branch',
  canExecute: (def, { id }) => isParallel(def, id),
  run(def, { id, branch }) {
    let b = branch ? clone(branch) : defaultBranch(def);
    if (branch && isObj(b.States)) {
      const { states, mapping } = freshenStates(b.States, allStateNames(def));
      b = { ...b, StartAt: mapping.get(b.StartAt) ?? b.StartAt, States: states };
    }
    return updateState(def, id, (s) => ({ ...s, Branches: [...(Array.isArray(s.Branches) ? s.Branches : []), b] }));
  },
});

export const removeBranch = defineCommand<{ id: string; index: number }>({
  id: 'branch.remove',
  label: 'Remove branch',
  canExecute(def, { id, index }) {
    const ok = isParallel(def, id);
    if (ok !== true) return ok;
    const branches = getState(def, id)!.Branches;
    if (!Array.isArray(branches) || !isObj(branches[index])) return refuse('branch.missing', { index });
    return branches.length > 1 ? true : refuse('branch.lastOne');
  },
  run: (def, { id, index }) => updateState(def, id, (s) => removeItem(s, 'Branches', index)),
});
