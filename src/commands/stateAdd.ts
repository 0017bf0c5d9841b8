/**
 * `state.add` and `state.insertOnEdge`: a new state with a default skeleton for its type, placed in a scope (top
 * level, a Parallel branch or the Map processor), optionally wired after a state or onto an existing edge.
 */
import type { State, StateMachineDefinition, StateType } from '../asl/types.ts';
import { defineCommand, firstRefusal } from './command.ts';
import { refuse } from './refusals.ts';
import { defaultStateName } from './names.ts';
import { getIn, insertKeyAfter, isObj, setIn } from './immutable.ts';
import { canHaveNext, continueTo, type TransitionKind } from './refs.ts';
import { canAdd, placementScope } from './rules.ts';
import { getState, splitStateId, statesOf, updateScope, updateState, type ScopeId } from './stateScopes.ts';
import { fitNewTask, skeleton } from './skeletons.ts';
import { isTerminalType } from '../asl/stateTypes.ts';

export interface AddStateArgs {
  type: StateType;
  /** Defaults to an AWS-console-like unique name ("Pass", "Pass (1)", …). */
  name?: string;
  /** Scope id (`''` top level, `P/~b0`, `M/~p`); implied by `after` when given. */
  scope?: ScopeId;
  /** Id of the state after which the new one is wired (its `Next` now goes through the new state). */
  after?: string;
  /** Fields to use instead of the default skeleton's (Type is always `type`). */
  state?: Partial<State>;
}

/** The name `state.add` will give the new state (for the UI to select it afterwards). */
export function addedStateName(def: StateMachineDefinition, args: { type: StateType; name?: string }): string {
  return args.name ?? defaultStateName(def, args.type);
}

/** The new state, wired to continue to `target` (or to end when there is none). */
function newState(def: StateMachineDefinition, type: StateType, name: string, target: string | undefined, fields?: Partial<State>): State {
  let state = fitNewTask({ ...skeleton(def, type, { target, taken: [name] }), ...fields, Type: type } as State);
  if (canHaveNext(type)) state = target === undefined ? ({ ...state, End: true } as State) : continueTo(state, target);
  return state;
}

export const addState = defineCommand<AddStateArgs>({
  id: 'state.add',
  label: 'Add state',
  canExecute: (def, args) => canAdd(def, args),
  run(def, args) {
    const scope = placementScope(args);
    const name = addedStateName(def, args);
    const after = args.after === undefined ? undefined : splitStateId(args.after).name;
    const prev = args.after === undefined ? undefined : getState(def, args.after);
    const target = typeof prev?.Next === 'string' ? prev.Next : undefined;
    const state = newState(def, args.type, name, target, args.state);
    let out = updateScope(def, scope, (s) => {
      const empty = Object.keys(isObj(s.States) ? s.States : {}).length === 0;
      const states = insertKeyAfter(isObj(s.States) ? s.States : {}, after, name, state);
      const withStates = { ...s, States: states };
      return empty || typeof s.StartAt !== 'string' || s.StartAt === '' ? { ...withStates, StartAt: name } : withStates;
    });
    if (args.after !== undefined) out = updateState(out, args.after, (p) => continueTo(p, name));
    return out;
  },
});

export interface InsertOnEdgeArgs {
  type: StateType;
  name?: string;
  /** The state the edge leaves. */
  source: string;
  kind: TransitionKind;
  /** Choice rule or Catcher index, for `choice` and `catch` edges. */
  index?: number;
  state?: Partial<State>;
}

/** The path (inside the source state) of the field that holds an edge's target. */
export function edgeField(kind: TransitionKind, index?: number): (string | number)[] {
  switch (kind) {
    case 'next':
      return ['Next'];
    case 'default':
      return ['Default'];
    case 'choice':
      return ['Choices', index ?? -1, 'Next'];
    case 'catch':
      return ['Catch', index ?? -1, 'Next'];
  }
}

export function edgeTarget(def: StateMachineDefinition, source: string, kind: TransitionKind, index?: number): string | undefined {
  const t = getIn(getState(def, source), edgeField(kind, index));
  return typeof t === 'string' ? t : undefined;
}

export const insertStateOnEdge = defineCommand<InsertOnEdgeArgs>({
  id: 'state.insertOnEdge',
  label: 'Insert state on transition',
  canExecute: (def, args) =>
    firstRefusal(
      () => canAdd(def, { type: args.type, name: args.name, scope: splitStateId(args.source).scope }),
      () => (edgeTarget(def, args.source, args.kind, args.index) === undefined ? refuse('transition.missing') : true),
      () => (isTerminalType(args.type) ? refuse('add.terminalOnEdge', { type: args.type }) : true),
    ),
  run(def, args) {
    const { scope, name: sourceName } = splitStateId(args.source);
    const name = addedStateName(def, args);
    const target = edgeTarget(def, args.source, args.kind, args.index)!;
    const state = newState(def, args.type, name, target, args.state);
    let out = updateScope(def, scope, (s) => ({ ...s, States: insertKeyAfter(statesOf(def, scope), sourceName, name, state) }));
    out = updateState(out, args.source, (src) => setIn(src, edgeField(args.kind, args.index), name));
    return out;
  },
});

