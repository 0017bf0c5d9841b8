import { describe, expect, it } from 'vitest';
import { addBranch, removeBranch, setStartAt, updateMachine } from './machine.ts';
import { CHAIN, NESTED, defOf, doUndo, reasonOf } from './testUtil.ts';

describe('machine.setStartAt and machine.update', () => {
  it('sets the start of the top level and of a branch', () => {
    expect(doUndo(setStartAt, CHAIN, { id: 'B' }).def.StartAt).toBe('B');
    const { def } = doUndo(setStartAt, NESTED, { id: 'P/~b0/B2' });
    expect((def.States.P as any).Branches[0].StartAt).toBe('B2');
  });

  it('edits, adds and removes top-level fields', () => {
    expect(doUndo(updateMachine, CHAIN, { field: 'Comment', value: 'New' }).def.Comment).toBe('New');
    const added = doUndo(updateMachine, CHAIN, { field: 'TimeoutSeconds', value: 60 });
    expect(Object.keys(added.def)).toEqual(['TimeoutSeconds', 'Comment', 'StartAt', 'States']);
    expect(doUndo(updateMachine, CHAIN, { field: 'Comment', value: undefined }).def.Comment).toBeUndefined();
    expect(doUndo(updateMachine, CHAIN, { field: 'QueryLanguage', value: 'JSONata' }).def.QueryLanguage).toBe('JSONata');
  });

  it('checks values', () => {
    const def = defOf(CHAIN);
    expect(reasonOf(updateMachine.canExecute(def, { field: 'TimeoutSeconds', value: -1 }))).toMatch(/positive/);
    expect(reasonOf(updateMachine.canExecute(def, { field: 'QueryLanguage', value: 'SQL' }))).toMatch(/JSONPath or JSONata/);
    expect(reasonOf(updateMachine.canExecute(def, { field: 'Version', value: 1 }))).toMatch(/string/);
    expect(reasonOf(setStartAt.canExecute(def, { id: 'Z' }))).toMatch(/no state/);
  });
});

describe('branch.add and branch.remove', () => {
  it('adds a default branch with a fresh Pass', () => {
    const { def } = doUndo(addBranch, NESTED, { id: 'P' });
    expect((def.States.P as any).Branches[2]).toEqual({ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } });
  });

  it('adds a given branch, renaming taken names', () => {
    const branch = { StartAt: 'B1', States: { B1: { Type: 'Pass' as const, Next: 'Z' }, Z: { Type: 'Succeed' as const } } };
    const { def } = doUndo(addBranch, NESTED, { id: 'P', branch });
    expect((def.States.P as any).Branches[2]).toEqual({
      StartAt: 'B1 (1)',
      States: { 'B1 (1)': { Type: 'Pass', Next: 'Z' }, Z: { Type: 'Succeed' } },
    });
  });

  it('removes a branch but never the last one', () => {
    const { def } = doUndo(removeBranch, NESTED, { id: 'P', index: 0 });
    expect((def.States.P as any).Branches).toHaveLength(1);
    expect(reasonOf(removeBranch.canExecute(def, { id: 'P', index: 0 }))).toMatch(/at least one/);
    expect(reasonOf(removeBranch.canExecute(def, { id: 'M', index: 0 }))).toMatch(/not a Parallel/);
    expect(reasonOf(addBranch.canExecute(def, { id: 'Choose' }))).toMatch(/not a Parallel/);
  });
});
