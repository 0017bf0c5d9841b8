/**
 * Transitions of a state: `Next`, `Default`, each Choice rule's `Next` and each Catcher's `Next`. Helpers to list
 * them, to rewrite their targets (rename, delete, paste) and to repair a state left without a way out.
 */
import type { Catcher, ChoiceRule, State, StateType } from '../asl/types.ts';
import { isObj, replaceKey } from './immutable.ts';

export type TransitionKind = 'next' | 'default' | 'choice' | 'catch';

export interface Transition {
  kind: TransitionKind;
  target: string;
  /** Index of the Choice rule or Catcher. */
  index?: number;
}

export function transitionsOf(state: State | undefined): Transition[] {
  if (!isObj(state)) return [];
  const out: Transition[] = [];
  if (typeof state.Next === 'string') out.push({ kind: 'next', target: state.Next });
  if (state.Type === 'Choice') {
    const choices = Array.isArray(state.Choices) ? state.Choices : [];
    choices.forEach((r, i) => {
      if (isObj(r) && typeof r.Next === 'string') out.push({ kind: 'choice', target: r.Next, index: i });
    });
    if (typeof state.Default === 'string') out.push({ kind: 'default', target: state.Default });
  }
  const catchers = Array.isArray(state.Catch) ? (state.Catch as unknown[]) : [];
  catchers.forEach((c, i) => {
    if (isObj(c) && typeof c.Next === 'string') out.push({ kind: 'catch', target: c.Next, index: i });
  });
  return out;
}

/** Targets of the normal flow (Next, or every Choice target including Default), deduplicated. */
export function successorsOf(state: State | undefined): string[] {
  return [...new Set(transitionsOf(state).filter((t) => t.kind !== 'catch').map((t) => t.target))];
}

/**
 * What to do with a transition whose target is affected: a new target name, or `null` to drop the transition
 * (Next becomes `End: true`, a Default is removed, a Choice rule or Catcher is removed). Return `undefined` to keep.
 */
export type Retarget = (target: string, kind: TransitionKind) => string | null | undefined;

function retargetRule(rule: ChoiceRule, fn: Retarget): ChoiceRule | null {
  let out = rule;
  if (typeof rule.Next === 'string') {
    const t = fn(rule.Next, 'choice');
    if (t === null) return null;
    if (t !== undefined && t !== rule.Next) out = { ...out, Next: t };
  }
  for (const key of ['And', 'Or'] as const) {
    const list = out[key];
    if (Array.isArray(list)) {
      const next = list.map((r) => (isObj(r) ? (retargetRule(r, fn) ?? r) : r));
      if (next.some((r, i) => r !== list[i])) out = { ...out, [key]: next };
    }
  }
  if (isObj(out.Not)) {
    const n = retargetRule(out.Not, fn) ?? out.Not;
    if (n !== out.Not) out = { ...out, Not: n };
  }
  return out;
}

/** The state with its transitions rewritten by `fn`; the same object when nothing changed. */
export function retargetState(state: State, fn: Retarget): State {
  let out: State = state;
  if (typeof state.Next === 'string') {
    const t = fn(state.Next, 'next');
    if (t === null) out = endState(out);
    else if (t !== undefined && t !== state.Next) out = { ...out, Next: t };
  }
  if (state.Type === 'Choice') {
    const choice = out as typeof state;
    if (Array.isArray(choice.Choices)) {
      const rules = choice.Choices.map((r) => (isObj(r) ? retargetRule(r, fn) : r));
      if (rules.some((r, i) => r !== choice.Choices[i])) {
        out = { ...out, Choices: rules.filter((r): r is ChoiceRule => r !== null) } as State;
      }
    }
    if (typeof choice.Default === 'string') {
      const t = fn(choice.Default, 'default');
      if (t === null) {
        const { Default: _dropped, ...rest } = out as typeof state;
        out = rest as State;
      } else if (t !== undefined && t !== choice.Default) out = { ...out, Default: t } as State;
    }
  }
  if (Array.isArray(state.Catch)) {
    const catchers = state.Catch as Catcher[];
    const next = catchers.map((c) => {
      if (!isObj(c) || typeof c.Next !== 'string') return c;
      const t = fn(c.Next, 'catch');
      if (t === null) return null;
      return t !== undefined && t !== c.Next ? { ...c, Next: t } : c;
    });
    if (next.some((c, i) => c !== catchers[i])) {
      const kept = next.filter((c): c is Catcher => c !== null);
      const { Catch: _old, ...rest } = out;
      out = (kept.length ? { ...out, Catch: kept } : rest) as State;
    }
  }
  return out;
}

/** Whether a state type may carry `Next`/`End` (Choice, Succeed and Fail may not). */
export function canHaveNext(type: StateType | unknown): boolean {
  return type !== 'Choice' && type !== 'Succeed' && type !== 'Fail';
}

/** The state made terminal: `Next` removed and `End: true` where the type allows it. */
export function endState(state: State): State {
  if (!canHaveNext(state.Type)) {
    const { Next: _next, End: _end, ...rest } = state;
    return rest as State;
  }
  return replaceKey(state, 'Next', 'End', true);
}

/** The state continuing to `target`: `End` removed and `Next` set (types without Next are returned unchanged). */
export function continueTo(state: State, target: string): State {
  if (!canHaveNext(state.Type)) return state;
  return replaceKey(state, 'End', 'Next', target);
}
