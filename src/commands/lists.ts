/**
 * The list editors of a state: Choice rules (`choice.addRule/removeRule/updateRule/moveRule`), Retriers
 * (`retry.add/remove/update`) and Catchers (`catch.add/remove/update`). A list emptied by a remove is dropped
 * (except Choices, which must keep one rule). Targets must be states of the same scope.
 */
import type { Catcher, ChoiceRule, Retrier, State, StateMachineDefinition } from '../asl/types.ts';
import { STATE_TYPES } from '../asl/types.ts';
import { defineCommand, firstRefusal, type Verdict } from './command.ts';
import { refuse } from './refusals.ts';
import { isObj, updateIn } from './immutable.ts';
import { getState, splitStateId, statesOf, updateState } from './stateScopes.ts';
import { defaultChoiceRule, languageOf } from './skeletons.ts';
import { removeItem } from './transitions.ts';
import { canCatch } from '../asl/stateTypes.ts';

function listOf(state: State | undefined, field: string): unknown[] {
  const v = state?.[field];
  return Array.isArray(v) ? v : [];
}

function checkTarget(def: StateMachineDefinition, id: string, target: unknown): Verdict {
  if (target === undefined) return true;
  const { scope } = splitStateId(id);
  return typeof target === 'string' && Object.prototype.hasOwnProperty.call(statesOf(def, scope), target)
    ? true
    : refuse('list.noTarget', { target: String(target) });
}

function checkType(def: StateMachineDefinition, id: string, types: readonly string[], what: string): Verdict {
  const s = getState(def, id);
  if (!s) return refuse('state.missing', { id });
  return types.includes(s.Type) ? true : refuse('list.wrongType', { what, types });
}

function checkIndex(def: StateMachineDefinition, id: string, field: string, index: number, what: string): Verdict {
  return isObj(listOf(getState(def, id), field)[index]) ? true : refuse('list.noItem', { what, index });
}

function insertAt<T>(list: readonly T[], item: T, index?: number): T[] {
  const out = list.slice();
  out.splice(index === undefined ? out.length : Math.max(0, Math.min(index, out.length)), 0, item);
  return out;
}

const CHOICE = ['Choice'] as const;
const CATCHING = STATE_TYPES.filter(canCatch);

// ---- Choice rules ----

export interface AddRuleArgs {
  id: string;
  rule?: ChoiceRule;
  /** Where the new rule goes when `rule` has no Next (defaults to the Default, then the first rule's target). */
  next?: string;
  index?: number;
}

function ruleTarget(def: StateMachineDefinition, a: AddRuleArgs): string | undefined {
  const s = getState(def, a.id);
  const first = listOf(s, 'Choices').find((r) => isObj(r) && typeof r.Next === 'string') as ChoiceRule | undefined;
  const t = a.rule?.Next ?? a.next ?? (typeof s?.Default === 'string' ? s.Default : undefined) ?? first?.Next;
  return typeof t === 'string' ? t : undefined;
}

export const addRule = defineCommand<AddRuleArgs>({
  id: 'choice.addRule',
  label: 'Add rule',
  canExecute: (def, a) =>
    firstRefusal(
      () => checkType(def, a.id, CHOICE, 'Rules'),
      () => (ruleTarget(def, a) === undefined ? refuse('choice.chooseRuleTarget') : true),
      () => checkTarget(def, a.id, ruleTarget(def, a)),
    ),
  run(def, a) {
    const next = ruleTarget(def, a)!;
    const rule = a.rule ? { ...a.rule, Next: next } : defaultChoiceRule(languageOf(def, getState(def, a.id)), next);
    return updateState(def, a.id, (s) => ({ ...s, Choices: insertAt(listOf(s, 'Choices'), rule, a.index) }) as State);
  },
});

export const removeRule = defineCommand<{ id: string; index: number }>({
  id: 'choice.removeRule',
  label: 'Remove rule',
  canExecute: (def, a) =>
    firstRefusal(
      () => checkType(def, a.id, CHOICE, 'Rules'),
      () => checkIndex(def, a.id, 'Choices', a.index, 'rule'),
      () => (listOf(getState(def, a.id), 'Choices').length > 1 ? true : refuse('choice.lastRule')),
    ),
  run: (def, a) => updateState(def, a.id, (s) => updateIn(s, ['Choices', a.index], () => undefined)),
});

export const updateRule = defineCommand<{ id: string; index: number; rule: ChoiceRule }>({
  id: 'choice.updateRule',
  label: 'Edit rule',
  canExecute: (def, a) =>
    firstRefusal(
      () => checkType(def, a.id, CHOICE, 'Rules'),
      () => checkIndex(def, a.id, 'Choices', a.index, 'rule'),
      () => (isObj(a.rule) ? checkTarget(def, a.id, a.rule.Next) : refuse('choice.ruleNotObject')),
    ),
  run: (def, a) => updateState(def, a.id, (s) => updateIn(s, ['Choices', a.index], () => a.rule)),
});

export const moveRule = defineCommand<{ id: string; from: number; to: number }>({
  id: 'choice.moveRule',
  label: 'Move rule',
  canExecute: (def, a) =>
    firstRefusal(
      () => checkType(def, a.id, CHOICE, 'Rules'),
      () => checkIndex(def, a.id, 'Choices', a.from, 'rule'),
      () => checkIndex(def, a.id, 'Choices', a.to, 'rule'),
    ),
  run(def, { id, from, to }) {
    return updateState(def, id, (s) => {
      const list = listOf(s, 'Choices').slice();
      const [rule] = list.splice(from, 1);
      list.splice(to, 0, rule);
      return { ...s, Choices: list } as State;
    });
  },
});

// ---- Retriers ----

export const DEFAULT_RETRIER: Retrier = { ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 };

export const addRetrier = defineCommand<{ id: string; retrier?: Retrier; index?: number }>({
  id: 'retry.add',
  label: 'Add retrier',
  canExecute: (def, a) => checkType(def, a.id, CATCHING, 'Retriers'),
  run: (def, a) =>
    updateState(def, a.id, (s) => ({ ...s, Retry: insertAt(listOf(s, 'Retry'), a.retrier ?? DEFAULT_RETRIER, a.index) }) as State),
});

export const removeRetrier = defineCommand<{ id: string; index: number }>({
  id: 'retry.remove',
  label: 'Remove retrier',
  canExecute: (def, a) => firstRefusal(() => checkType(def, a.id, CATCHING, 'Retriers'), () => checkIndex(def, a.id, 'Retry', a.index, 'retrier')),
  run: (def, a) => updateState(def, a.id, (s) => removeItem(s, 'Retry', a.index)),
});

export const updateRetrier = defineCommand<{ id: string; index: number; retrier: Retrier }>({
  id: 'retry.update',
  label: 'Edit retrier',
  canExecute: (def, a) => firstRefusal(() => checkType(def, a.id, CATCHING, 'Retriers'), () => checkIndex(def, a.id, 'Retry', a.index, 'retrier')),
  run: (def, a) => updateState(def, a.id, (s) => updateIn(s, ['Retry', a.index], () => a.retrier)),
});

// ---- Catchers ----

export const addCatcher = defineCommand<{ id: string; next: string; catcher?: Partial<Catcher>; index?: number }>({
  id: 'catch.add',
  label: 'Add catcher',
  canExecute: (def, a) => firstRefusal(() => checkType(def, a.id, CATCHING, 'Catchers'), () => checkTarget(def, a.id, a.next)),
  run(def, a) {
    const catcher: Catcher = { ErrorEquals: ['States.ALL'], ...a.catcher, Next: a.next };
    return updateState(def, a.id, (s) => ({ ...s, Catch: insertAt(listOf(s, 'Catch'), catcher, a.index) }) as State);
  },
});

export const removeCatcher = defineCommand<{ id: string; index: number }>({
  id: 'catch.remove',
  label: 'Remove catcher',
  canExecute: (def, a) => firstRefusal(() => checkType(def, a.id, CATCHING, 'Catchers'), () => checkIndex(def, a.id, 'Catch', a.index, 'catcher')),
  run: (def, a) => updateState(def, a.id, (s) => removeItem(s, 'Catch', a.index)),
});

export const updateCatcher = defineCommand<{ id: string; index: number; catcher: Catcher }>({
  id: 'catch.update',
  label: 'Edit catcher',
  canExecute: (def, a) =>
    firstRefusal(
      () => checkType(def, a.id, CATCHING, 'Catchers'),
      () => checkIndex(def, a.id, 'Catch', a.index, 'catcher'),
      () => (isObj(a.catcher) ? checkTarget(def, a.id, a.catcher.Next) : refuse('catch.notObject')),
    ),
  run: (def, a) => updateState(def, a.id, (s) => updateIn(s, ['Catch', a.index], () => a.catcher)),
});
