/**
 * State names: AWS-console-like defaults ("Pass", "Pass (1)", …), uniqueness (state names must be unique in the
 * whole state machine, branches and processors included) and the 80-character limit.
 */
import type { StateMachineDefinition, StateType } from '../asl/types.ts';
import type { Verdict } from './command.ts';
import { refuse } from './refusals.ts';
import { isObj } from './immutable.ts';
import { allStateNames } from './stateScopes.ts';

export const MAX_STATE_NAME_LENGTH = 80;

/** The name the AWS console gives a new state of each type. */
export const DEFAULT_STATE_NAMES: Record<StateType, string> = {
  Task: 'Lambda Invoke',
  Choice: 'Choice',
  Pass: 'Pass',
  Wait: 'Wait',
  Succeed: 'Success',
  Fail: 'Fail',
  Parallel: 'Parallel',
  Map: 'Map',
};

/** `base` when free, otherwise `base (1)`, `base (2)`, … (a trailing ` (n)` on `base` is replaced, not nested). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let i = 1; ; i++) {
    const candidate = `${stem} (${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A fresh name for a new state of `type` in `def`. */
export function defaultStateName(def: StateMachineDefinition, type: StateType, extraTaken: Iterable<string> = []): string {
  const taken = allStateNames(def);
  for (const n of extraTaken) taken.add(n);
  return uniqueName(DEFAULT_STATE_NAMES[type], taken);
}

/** Whether `name` is a valid state name that no other state uses (`except` is the state being renamed). */
/**
 * Whether any scope (nested ones too, as allScopes walks them) has a state `name`: a walk that stops at the first
 * hit, without collecting every name (checked twice per command, on every rename and add).
 */
export function hasStateName(def: StateMachineDefinition, name: string): boolean {
  const visit = (machine: unknown): boolean => {
    if (!isObj(machine) || !isObj(machine.States)) return false;
    const states = machine.States;
    if (Object.hasOwn(states, name)) return true;
    for (const state of Object.values(states)) {
      if (!isObj(state)) continue;
      if (state.Type === 'Parallel' && Array.isArray(state.Branches) && state.Branches.some(visit)) return true;
      if (state.Type === 'Map' && visit(isObj(state.ItemProcessor) || !isObj(state.Iterator) ? state.ItemProcessor : state.Iterator)) return true;
    }
    return false;
  };
  return visit(def);
}

export function checkStateName(def: StateMachineDefinition, name: string, except?: string): Verdict {
  if (typeof name !== 'string' || name.trim() === '') return refuse('name.empty');
  if (name.length > MAX_STATE_NAME_LENGTH) return refuse('name.tooLong', { max: MAX_STATE_NAME_LENGTH });
  if (name !== except && hasStateName(def, name)) return refuse('name.taken', { name });
  return true;
}
