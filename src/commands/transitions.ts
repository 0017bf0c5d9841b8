/**
 * `transition.connect`, `transition.disconnect` and `transition.setEnd`: the edges of the canvas. Connecting a
 * Next clears `End`; disconnecting a Next makes the state `End: true`; a Choice rule or Catcher without a target
 * is removed with it. `canConnect` (rules.ts) says which edges are allowed.
 */
import type { Catcher, ChoiceState, State } from '../asl/types.ts';
import { defineCommand } from './command.ts';
import { refuse } from './refusals.ts';
import { getIn, setIn, updateIn, withField } from './immutable.ts';
import { canHaveNext, continueTo, endState, type TransitionKind } from './refs.ts';
import { canConnect } from './rules.ts';
import { getState, splitStateId, updateState } from './stateScopes.ts';
import { defaultChoiceRule, languageOf } from './skeletons.ts';
import { edgeTarget } from './stateAdd.ts';

export interface ConnectArgs {
  source: string;
  target: string;
  kind: TransitionKind;
  /** The Choice rule or Catcher to retarget; absent to add a new one (Catcher: `ErrorEquals: ["States.ALL"]`). */
  index?: number;
  /** Allow replacing an existing Next or Default. */
  replace?: boolean;
}

export const connect = defineCommand<ConnectArgs>({
  id: 'transition.connect',
  label: 'Connect',
  canExecute: (def, a) => canConnect(def, a.source, a.target, a.kind, { index: a.index, replace: a.replace }),
  run(def, { source, target, kind, index }) {
    const to = splitStateId(target).name;
    return updateState(def, source, (s) => {
      switch (kind) {
        case 'next':
          return continueTo(s, to);
        case 'default':
          return withField(s, 'Default', to);
        case 'choice':
          if (index !== undefined) return setIn(s, ['Choices', index, 'Next'], to);
          return { ...s, Choices: [...((s as ChoiceState).Choices ?? []), defaultChoiceRule(languageOf(def, s), to)] } as State;
        case 'catch': {
          if (index !== undefined) return setIn(s, ['Catch', index, 'Next'], to);
          const catcher: Catcher = { ErrorEquals: ['States.ALL'], Next: to };
          return { ...s, Catch: [...(Array.isArray(s.Catch) ? (s.Catch as Catcher[]) : []), catcher] } as State;
        }
      }
    });
  },
});

export interface DisconnectArgs {
  source: string;
  kind: TransitionKind;
  index?: number;
}

/** Remove item `index` of an array field, removing the field when it becomes empty. */
export function removeItem(state: State, field: string, index: number): State {
  const list = getIn(state, [field]);
  if (!Array.isArray(list)) return state;
  return list.length <= 1 ? withField(state, field, undefined) : updateIn(state, [field, index], () => undefined);
}

export const disconnect = defineCommand<DisconnectArgs>({
  id: 'transition.disconnect',
  label: 'Remove transition',
  canExecute: (def, a) => (edgeTarget(def, a.source, a.kind, a.index) === undefined ? refuse('transition.missing') : true),
  run(def, { source, kind, index }) {
    return updateState(def, source, (s) => {
      switch (kind) {
        case 'next':
          return endState(s);
        case 'default':
          return withField(s, 'Default', undefined);
        case 'choice':
          return updateIn(s, ['Choices', index!], () => undefined);
        case 'catch':
          return removeItem(s, 'Catch', index!);
      }
    });
  },
});

export interface SetEndArgs {
  id: string;
  end: boolean;
}

export const setEnd = defineCommand<SetEndArgs>({
  id: 'transition.setEnd',
  label: 'Set end',
  canExecute(def, { id }) {
    const s = getState(def, id);
    if (!s) return refuse('state.missing', { id });
    return canHaveNext(s.Type) ? true : refuse('transition.noEnd', { type: String(s.Type) });
  },
  run: (def, { id, end }) => updateState(def, id, (s) => (end ? endState(s) : withField(s, 'End', undefined))),
});

