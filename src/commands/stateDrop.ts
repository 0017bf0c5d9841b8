/**
 * `state.dropOn`: a new state dropped onto an existing one. Wiring it after the target (the target's `Next` goes
 * through the new state) is right for a state that continues; a Succeed or Fail there would cut the chain, and
 * every state after it would become unreachable. `dropModes` is the rule: the placements that strand nothing,
 * best first; the UI uses the first, or asks when only the fallbacks are left (see `dropNeedsChoice`).
 */
import type { Catcher, State, StateMachineDefinition, StateType } from '../asl/types.ts';
import { defineCommand, firstRefusal } from './command.ts';
import { refuse } from './refusals.ts';
import { insertKeyAfter, isObj } from './immutable.ts';
import { canHaveNext } from './refs.ts';
import { canAdd } from './rules.ts';
import { getState, splitStateId, statesOf, updateScope, type ScopeId } from './stateScopes.ts';
import { addState, addedStateName } from './stateAdd.ts';
import { connect } from './transitions.ts';
import { fitNewTask, skeleton } from './skeletons.ts';
import { stateId } from '../asl/ids.ts';
import { canCatch, isTerminalType } from '../asl/stateTypes.ts';

/**
 * - `after`: wired after the target (the target's successor now follows the new state);
 * - `catch`: the target of a new Catcher (`States.ALL`) on a Task, Parallel or Map target;
 * - `choice`: the target of a new rule of a Choice target;
 * - `end`: after the last state of the chain that goes on from the target (that state ends the execution today);
 * - `unconnected`: in the target's scope, not wired (only the new state itself is unreachable).
 */
export type DropMode = 'after' | 'catch' | 'choice' | 'end' | 'unconnected';


/** The last state (id) of the Next chain from `id`, when it ends on a state that may take a Next; else undefined. */
export function chainEnd(def: StateMachineDefinition, id: string): string | undefined {
  const { scope } = splitStateId(id);
  const seen = new Set<string>();
  let cur = id;
  for (;;) {
    const s = getState(def, cur);
    if (!s || seen.has(cur) || !canHaveNext(s.Type)) return undefined;
    seen.add(cur);
    if (typeof s.Next !== 'string') return cur;
    cur = stateId(scope, s.Next);
  }
}

function hasCatchAll(state: State): boolean {
  const list = Array.isArray(state.Catch) ? (state.Catch as Catcher[]) : [];
  return list.some((c) => isObj(c) && Array.isArray(c.ErrorEquals) && c.ErrorEquals.includes('States.ALL'));
}

/** The placements of a `type` state dropped onto `targetId` that make no state unreachable, best first. */
export function dropModes(def: StateMachineDefinition, targetId: string, type: StateType): DropMode[] {
  const target = getState(def, targetId);
  if (!target) return [];
  const modes: DropMode[] = [];
  const continues = canHaveNext(target.Type);
  // After the target: always fine for a state that continues; for a terminal one only where the chain ends anyway.
  if (continues && (!isTerminalType(type) || typeof target.Next !== 'string')) modes.push('after');
  if (target.Type === 'Choice') modes.push('choice');
  if (canCatch(target.Type) && isTerminalType(type) && !hasCatchAll(target)) modes.push('catch');
  if (isTerminalType(type) && !modes.includes('after')) {
    const end = chainEnd(def, targetId);
    if (end !== undefined && end !== targetId) modes.push('end');
  }
  modes.push('unconnected');
  return modes;
}

/** The UI asks only when no wired placement is left (the state would be added at the chain's end or unwired). */
export function dropNeedsChoice(modes: readonly DropMode[]): boolean {
  const first = modes[0];
  return first === 'end' || first === 'unconnected';
}

export interface DropOnStateArgs {
  type: StateType;
  /** Defaults to an AWS-console-like unique name. */
  name?: string;
  /** The state (id) it was dropped onto. */
  target: string;
  /** Defaults to the first of `dropModes`. */
  mode?: DropMode;
  state?: Partial<State>;
}

function modeOf(def: StateMachineDefinition, args: DropOnStateArgs): DropMode | undefined {
  return args.mode ?? dropModes(def, args.target, args.type)[0];
}

/** The new state placed in the target's scope right after it in `States`, ending (or unwired for Succeed/Fail). */
function addBeside(def: StateMachineDefinition, args: DropOnStateArgs, name: string, scope: ScopeId): StateMachineDefinition {
  let state = fitNewTask({ ...skeleton(def, args.type, { taken: [name] }), ...args.state, Type: args.type } as State);
  if (canHaveNext(args.type)) {
    const { Next: _n, ...rest } = state;
    state = { ...rest, End: true } as State;
  }
  return updateScope(def, scope, (s) => ({ ...s, States: insertKeyAfter(statesOf(def, scope), splitStateId(args.target).name, name, state) }));
}

export const dropOnState = defineCommand<DropOnStateArgs>({
  id: 'state.dropOn',
  label: 'Add state',
  canExecute: (def, args) =>
    firstRefusal(
      () => (getState(def, args.target) ? true : refuse('state.missing', { id: args.target })),
      () => canAdd(def, { type: args.type, name: args.name, scope: splitStateId(args.target).scope }),
      () => {
        const mode = modeOf(def, args);
        if (mode && dropModes(def, args.target, args.type).includes(mode)) return true;
        const name = splitStateId(args.target).name;
        return isTerminalType(args.type) && mode === 'after'
          ? refuse('drop.cutsChain', { type: args.type, name })
          : refuse('drop.badMode', { type: args.type, name });
      },
    ),
  run(def, args) {
    const { scope } = splitStateId(args.target);
    const name = addedStateName(def, args);
    const id = stateId(scope, name);
    const fields = args.state ? { state: args.state } : {};
    switch (modeOf(def, args)) {
      case 'after':
        return addState.execute(def, { type: args.type, name, after: args.target, ...fields });
      case 'end':
        return addState.execute(def, { type: args.type, name, after: chainEnd(def, args.target), ...fields });
      case 'catch':
        return connect.execute(addBeside(def, args, name, scope), { source: args.target, target: id, kind: 'catch' });
      case 'choice': {
        // A rule still going nowhere (a Choice added at the end of a chain has one) takes it; else a new rule.
        const rules = (getState(def, args.target) as { Choices?: unknown }).Choices;
        const open = Array.isArray(rules) ? rules.findIndex((r) => isObj(r) && typeof r.Next !== 'string') : -1;
        return connect.execute(addBeside(def, args, name, scope), { source: args.target, target: id, kind: 'choice', ...(open >= 0 ? { index: open } : {}) });
      }
      default:
        return addBeside(def, args, name, scope);
    }
  },
});
