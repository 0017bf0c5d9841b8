import { describe, expect, it } from 'vitest';
import { deleteStates } from './stateDelete.ts';
import { CHAIN, NESTED, defOf, doUndo, jsonText, reasonOf } from './testUtil.ts';

describe('state.delete', () => {
  it('rewires predecessors to the single successor', () => {
    const { def } = doUndo(deleteStates, CHAIN, { ids: ['B'] });
    expect(def.States.A).toEqual({ Type: 'Pass', Next: 'C' });
    expect(Object.keys(def.States)).toEqual(['A', 'C', 'F']);
  });

  it('makes the successor the start when the start state goes', () => {
    const { def } = doUndo(deleteStates, CHAIN, { ids: ['A'] });
    expect(def.StartAt).toBe('B');
  });

  it('makes predecessors End, and drops catchers and defaults, when there is no successor', () => {
    const { def } = doUndo(deleteStates, CHAIN, { ids: ['F', 'C'] });
    expect(def.States.B).toEqual({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true });
    const n = doUndo(deleteStates, NESTED, { ids: ['M'] }).def;
    expect(n.States.Choose).toEqual({ Type: 'Choice', Choices: [{ Variable: '$.x', NumericGreaterThan: 1, Next: 'P' }] });
    expect(n.States.P).toMatchObject({ End: true });
  });

  it('refuses an ambiguous start unless newStartAt is given', () => {
    const def = defOf(NESTED);
    expect(reasonOf(deleteStates.canExecute(def, { ids: ['Choose'] }))).toMatch(/choose the new start/);
    const { def: out } = doUndo(deleteStates, NESTED, { ids: ['Choose'], newStartAt: 'M' });
    expect(out.StartAt).toBe('M');
    expect(reasonOf(deleteStates.canExecute(def, { ids: ['Choose'], newStartAt: 'Choose' }))).toMatch(/cannot become/);
  });

  it('deletes several states, nested ones, and a whole machine', () => {
    const { def } = doUndo(deleteStates, CHAIN, { ids: ['A', 'B'] });
    expect(def.StartAt).toBe('C');
    const b = doUndo(deleteStates, NESTED, { ids: ['P/~b0/B1'] }).def;
    expect((b.States.P as any).Branches[0]).toEqual({ StartAt: 'B2', States: { B2: { Type: 'Pass', End: true } } });
    const all = deleteStates.execute(defOf(CHAIN), { ids: ['A', 'B', 'C', 'F'] });
    expect(all).toEqual({ Comment: 'A chain', StartAt: '', States: {} });
    const inner = doUndo(deleteStates, NESTED, { ids: ['P', 'P/~b1/C1'] }).def;
    expect(Object.keys(inner.States)).toEqual(['Choose', 'M']);
  });

  it('treats a self-loop as no successor', () => {
    const text = jsonText({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'L' }, L: { Type: 'Pass', Next: 'L' } } });
    const { def } = doUndo(deleteStates, text, { ids: ['L'] });
    expect(def.States.A).toEqual({ Type: 'Pass', End: true });
    expect(reasonOf(deleteStates.canExecute(defOf(text), { ids: [] }))).toMatch(/Nothing/);
  });
});
