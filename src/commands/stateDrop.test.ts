import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { transitionsOf } from './refs.ts';
import { addState } from './stateAdd.ts';
import { dropModes, dropNeedsChoice, dropOnState } from './stateDrop.ts';
import { CHAIN, NESTED, defOf, doUndo, jsonText, reasonOf } from './testUtil.ts';

/** Names of the top-level states no path from StartAt reaches. */
function unreachable(def: StateMachineDefinition): string[] {
  const seen = new Set<string>();
  const todo = [def.StartAt];
  while (todo.length) {
    const n = todo.pop()!;
    if (seen.has(n) || !def.States[n]) continue;
    seen.add(n);
    todo.push(...transitionsOf(def.States[n]).map((t) => t.target));
  }
  return Object.keys(def.States).filter((n) => !seen.has(n));
}

const LONG = jsonText({
  StartAt: 'CreateUser',
  States: {
    CreateUser: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Wait' }], Default: 'Done' },
    Wait: { Type: 'Wait', Seconds: 1, Next: 'Notify' },
    Notify: { Type: 'Pass', Next: 'Last' },
    Last: { Type: 'Pass', End: true },
    Done: { Type: 'Succeed' },
  },
});

describe('dropModes (the rule)', () => {
  it('wires a continuing state after the target, as state.add does', () => {
    expect(dropModes(defOf(LONG), 'CreateUser', 'Pass')[0]).toBe('after');
  });

  it('never offers to put a Succeed or Fail after a state in the middle of a chain', () => {
    const def = defOf(LONG);
    for (const type of ['Fail', 'Succeed'] as const) {
      expect(dropModes(def, 'CreateUser', type)).toEqual(['catch', 'unconnected']);
      expect(dropModes(def, 'Check', type)).toEqual(['choice', 'unconnected']);
      expect(dropModes(def, 'Wait', type)).toEqual(['end', 'unconnected']);
      expect(dropModes(def, 'Last', type)).toEqual(['after', 'unconnected']);
      expect(dropModes(def, 'Done', type)).toEqual(['unconnected']);
    }
  });

  it('offers no second catch-all Catcher, and no chain end when the chain ends on a Succeed', () => {
    expect(dropModes(defOf(CHAIN), 'B', 'Fail')).toEqual(['unconnected']);
    expect(dropModes(defOf(CHAIN), 'A', 'Fail')).toEqual(['unconnected']);
  });

  it('asks only when no wired placement is left', () => {
    const def = defOf(LONG);
    expect(dropNeedsChoice(dropModes(def, 'CreateUser', 'Fail'))).toBe(false);
    expect(dropNeedsChoice(dropModes(def, 'Wait', 'Fail'))).toBe(true);
    expect(dropNeedsChoice(dropModes(def, 'Done', 'Fail'))).toBe(true);
  });
});

describe('state.dropOn', () => {
  it('the old way (state.add after a mid-chain state) stranded every state after it', () => {
    const def = addState.execute(defOf(LONG), { type: 'Fail', name: 'Oops', after: 'Wait' });
    expect(unreachable(def)).toEqual(['Notify', 'Last']);
  });

  it('a Fail dropped onto a mid-chain Task becomes the target of a new catch-all Catcher', () => {
    const { def } = doUndo(dropOnState, LONG, { type: 'Fail', name: 'Oops', target: 'CreateUser' });
    expect(def.States.CreateUser).toMatchObject({ Next: 'Check', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] });
    expect(def.States.Oops).toMatchObject({ Type: 'Fail' });
    expect(Object.keys(def.States).slice(0, 2)).toEqual(['CreateUser', 'Oops']);
    expect(unreachable(def)).toEqual([]);
  });

  it('a Succeed dropped onto a Choice becomes the target of a new rule', () => {
    const { def } = doUndo(dropOnState, LONG, { type: 'Succeed', name: 'Yes', target: 'Check' });
    const check = def.States.Check as { Choices: { Next: string }[]; Default: string };
    expect(check.Choices.map((c) => c.Next)).toEqual(['Wait', 'Yes']);
    expect(check.Default).toBe('Done');
    expect(unreachable(def)).toEqual([]);
  });

  it('a state dropped onto a Choice with a rule going nowhere fills that rule, not a second one', () => {
    // A Choice dropped at the end of a chain has one rule and no target yet: the next drop onto it was a second rule
    // with the same condition, the first still an error.
    const end = doUndo(dropOnState, LONG, { type: 'Choice', name: 'Pick', target: 'Last' }).def;
    expect((end.States.Pick as { Choices: { Next?: string }[] }).Choices.map((c) => c.Next)).toEqual([undefined]);
    const { def } = doUndo(dropOnState, jsonText(end), { type: 'Pass', name: 'Then', target: 'Pick' });
    expect((def.States.Pick as { Choices: { Next?: string }[] }).Choices.map((c) => c.Next)).toEqual(['Then']);
    // With every rule wired, a drop takes a new rule.
    const again = doUndo(dropOnState, jsonText(def), { type: 'Pass', name: 'Other', target: 'Pick' }).def;
    expect((again.States.Pick as { Choices: { Next?: string }[] }).Choices.map((c) => c.Next)).toEqual(['Then', 'Other']);
    expect(unreachable(again)).toEqual([]);
  });

  it('a Fail for a mid-chain Wait can go at the end of its chain', () => {
    const { def } = doUndo(dropOnState, LONG, { type: 'Fail', name: 'Oops', target: 'Wait', mode: 'end' });
    expect(def.States.Last).toEqual({ Type: 'Pass', Next: 'Oops' });
    expect(def.States.Wait).toMatchObject({ Next: 'Notify' });
    expect(unreachable(def)).toEqual([]);
  });

  it('unconnected strands nothing but the new state', () => {
    const { def } = doUndo(dropOnState, LONG, { type: 'Fail', name: 'Oops', target: 'Wait', mode: 'unconnected' });
    expect(def.States.Wait).toMatchObject({ Next: 'Notify' });
    expect(unreachable(def)).toEqual(['Oops']);
  });

  it('refuses to cut the chain, with the reason', () => {
    expect(reasonOf(dropOnState.canExecute(defOf(LONG), { type: 'Fail', target: 'Wait', mode: 'after' }))).toMatch(/cut the chain/);
    expect(reasonOf(dropOnState.canExecute(defOf(LONG), { type: 'Fail', target: 'Nope' }))).toMatch(/no state/);
  });

  it('a continuing state goes after the target; onto a Choice it takes a new rule', () => {
    const a = doUndo(dropOnState, LONG, { type: 'Pass', name: 'Mid', target: 'Wait' }).def;
    expect(a.States.Wait).toMatchObject({ Next: 'Mid' });
    expect(a.States.Mid).toMatchObject({ Next: 'Notify' });
    const b = doUndo(dropOnState, LONG, { type: 'Pass', name: 'Side', target: 'Check' }).def;
    expect(b.States.Side).toEqual({ Type: 'Pass', End: true });
    expect(unreachable(b)).toEqual([]);
  });

  it('works inside a Parallel branch', () => {
    const { def } = doUndo(dropOnState, NESTED, { type: 'Fail', name: 'Oops', target: 'P/~b0/B1' });
    const branch = (def.States.P as { Branches: { States: Record<string, unknown> }[] }).Branches[0]!;
    expect(branch.States.B1).toEqual({ Type: 'Pass', Next: 'B2' });
    expect(branch.States.B2).toEqual({ Type: 'Pass', Next: 'Oops' });
  });
});
