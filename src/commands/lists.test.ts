import { describe, expect, it } from 'vitest';
import {
  addCatcher,
  addRetrier,
  addRule,
  moveRule,
  removeCatcher,
  removeRetrier,
  removeRule,
  updateCatcher,
  updateRetrier,
  updateRule,
} from './lists.ts';
import { CHAIN, NESTED, defOf, doUndo, reasonOf } from './testUtil.ts';

const choices = (def: any) => def.States.Choose.Choices;

describe('choice rules', () => {
  it('adds a rule going to the Default by default, or where asked', () => {
    const a = doUndo(addRule, NESTED, { id: 'Choose' }).def;
    expect(choices(a)[1]).toEqual({ Variable: '$.value', StringEquals: 'value', Next: 'M' });
    const b = doUndo(addRule, NESTED, { id: 'Choose', rule: { Variable: '$.y', IsNull: true, Next: 'P' }, index: 0 }).def;
    expect(choices(b)[0]).toEqual({ Variable: '$.y', IsNull: true, Next: 'P' });
    expect(reasonOf(addRule.canExecute(defOf(NESTED), { id: 'Choose', next: 'B1' }))).toMatch(/no state B1/);
  });

  it('updates, moves and removes rules', () => {
    const two = addRule.execute(defOf(NESTED), { id: 'Choose', next: 'P' });
    const u = updateRule.execute(two, { id: 'Choose', index: 1, rule: { Variable: '$.z', BooleanEquals: true, Next: 'M' } });
    expect(choices(u)[1]).toEqual({ Variable: '$.z', BooleanEquals: true, Next: 'M' });
    const m = moveRule.execute(u, { id: 'Choose', from: 1, to: 0 });
    expect(choices(m).map((r: any) => r.Variable)).toEqual(['$.z', '$.x']);
    const r = removeRule.execute(m, { id: 'Choose', index: 0 });
    expect(choices(r)).toEqual([{ Variable: '$.x', NumericGreaterThan: 1, Next: 'P' }]);
    expect(reasonOf(removeRule.canExecute(r, { id: 'Choose', index: 0 }))).toMatch(/at least one/);
    expect(reasonOf(moveRule.canExecute(r, { id: 'Choose', from: 0, to: 3 }))).toMatch(/no rule 4/);
  });

  it('round-trips rule edits through the text', () => {
    const upd = doUndo(updateRule, NESTED, { id: 'Choose', index: 0, rule: { Variable: '$.x', NumericLessThan: 0, Next: 'M' } });
    expect(choices(upd.def)[0].NumericLessThan).toBe(0);
    const text = upd.text;
    const mv = doUndo(addRule, text, { id: 'Choose', next: 'P' });
    expect(doUndo(moveRule, mv.text, { id: 'Choose', from: 0, to: 1 }).def.States.Choose).toMatchObject({ Default: 'M' });
    expect(doUndo(removeRule, mv.text, { id: 'Choose', index: 1 }).def).toEqual(upd.def);
  });
});

describe('retriers and catchers', () => {
  it('adds, updates and removes retriers', () => {
    const a = doUndo(addRetrier, CHAIN, { id: 'B' });
    expect((a.def.States.B as any).Retry).toEqual([{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }]);
    const u = doUndo(updateRetrier, a.text, { id: 'B', index: 0, retrier: { ErrorEquals: ['States.Timeout'], MaxAttempts: 1 } });
    expect((u.def.States.B as any).Retry[0].MaxAttempts).toBe(1);
    const r = doUndo(removeRetrier, a.text, { id: 'B', index: 0 });
    expect(r.def.States.B!.Retry).toBeUndefined();
    expect(reasonOf(addRetrier.canExecute(defOf(CHAIN), { id: 'A' }))).toMatch(/Task, Parallel, Map/);
  });

  it('adds, updates and removes catchers in the same scope only', () => {
    const a = doUndo(addCatcher, CHAIN, { id: 'B', next: 'C', catcher: { ErrorEquals: ['Custom'] } });
    expect((a.def.States.B as any).Catch[1]).toEqual({ ErrorEquals: ['Custom'], Next: 'C' });
    const u = doUndo(updateCatcher, CHAIN, { id: 'B', index: 0, catcher: { ErrorEquals: ['States.ALL'], Next: 'A', ResultPath: '$.error' } });
    expect((u.def.States.B as any).Catch[0]).toEqual({ ErrorEquals: ['States.ALL'], Next: 'A', ResultPath: '$.error' });
    const r = doUndo(removeCatcher, a.text, { id: 'B', index: 0 });
    expect((r.def.States.B as any).Catch).toEqual([{ ErrorEquals: ['Custom'], Next: 'C' }]);
    expect(reasonOf(addCatcher.canExecute(defOf(NESTED), { id: 'P', next: 'B1' }))).toMatch(/no state B1/);
    expect(reasonOf(removeCatcher.canExecute(defOf(CHAIN), { id: 'B', index: 5 }))).toMatch(/no catcher 6/);
  });
});
