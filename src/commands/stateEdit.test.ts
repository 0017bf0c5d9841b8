import { describe, expect, it } from 'vitest';
import { duplicateState, updateStateField } from './stateEdit.ts';
import { CHAIN, NESTED, defOf, doUndo, reasonOf } from './testUtil.ts';

describe('state.duplicate', () => {
  it('places a copy after the original with a counter name and the same transitions', () => {
    const { def } = doUndo(duplicateState, CHAIN, { id: 'B' });
    expect(Object.keys(def.States)).toEqual(['A', 'B', 'B (1)', 'C', 'F']);
    expect(def.States['B (1)']).toEqual(def.States.B);
    expect(def.States['B (1)']).not.toBe(def.States.B);
  });

  it('gives the states inside a copied Parallel fresh names', () => {
    const { def } = doUndo(duplicateState, NESTED, { id: 'P', name: 'P2' });
    expect((def.States.P2 as any).Branches).toEqual([
      { StartAt: 'B1 (1)', States: { 'B1 (1)': { Type: 'Pass', Next: 'B2 (1)' }, 'B2 (1)': { Type: 'Pass', End: true } } },
      { StartAt: 'C1 (1)', States: { 'C1 (1)': { Type: 'Wait', Seconds: 1, End: true } } },
    ]);
    expect(reasonOf(duplicateState.canExecute(defOf(NESTED), { id: 'P', name: 'M' }))).toMatch(/already exists/);
  });
});

describe('state.update', () => {
  it('sets a field, a nested field and removes one', () => {
    const a = doUndo(updateStateField, CHAIN, { id: 'A', path: ['Comment'], value: 'first' }).def;
    expect(a.States.A).toEqual({ Type: 'Pass', Next: 'B', Comment: 'first' });
    const b = doUndo(updateStateField, CHAIN, { id: 'B', path: ['Catch', 0, 'ErrorEquals'], value: ['X', 'Y'] }).def;
    expect((b.States.B as any).Catch[0].ErrorEquals).toEqual(['X', 'Y']);
    const c = doUndo(updateStateField, CHAIN, { id: 'F', path: ['Error'], value: undefined }).def;
    expect(c.States.F).toEqual({ Type: 'Fail' });
    const d = doUndo(updateStateField, NESTED, { id: 'P/~b1/C1', path: ['Seconds'], value: 30 }).def;
    expect((d.States.P as any).Branches[1].States.C1.Seconds).toBe(30);
  });

  it('refuses changing the type or an empty path', () => {
    const def = defOf(CHAIN);
    expect(reasonOf(updateStateField.canExecute(def, { id: 'A', path: ['Type'], value: 'Wait' }))).toMatch(/type/);
    expect(reasonOf(updateStateField.canExecute(def, { id: 'A', path: [], value: 1 }))).toMatch(/field/);
    expect(reasonOf(updateStateField.canExecute(def, { id: 'Z', path: ['Comment'], value: 1 }))).toMatch(/no state/);
  });
});
