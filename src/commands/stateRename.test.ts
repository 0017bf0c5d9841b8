import { describe, expect, it } from 'vitest';
import { renameState } from './stateRename.ts';
import { CHAIN, NESTED, defOf, doUndo, jsonText, reasonOf } from './testUtil.ts';

describe('state.rename', () => {
  it('renames in place and rewrites StartAt and Next', () => {
    const { def, text } = doUndo(renameState, CHAIN, { id: 'A', newName: 'First' });
    expect(def.StartAt).toBe('First');
    expect(Object.keys(def.States)).toEqual(['First', 'B', 'C', 'F']);
    expect(text).toContain('"First": {\n      "Type": "Pass",\n      "Next": "B"');
  });

  it('rewrites Default, choice rules (nested too) and catchers', () => {
    const text = jsonText({
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Not: { Variable: '$.a', IsPresent: true, Next: 'T' }, Next: 'T' }],
          Default: 'T',
        },
        T: { Type: 'Task', Resource: 'x', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'T' }], Next: 'T' },
      },
    });
    const { def } = doUndo(renameState, text, { id: 'T', newName: 'Work' });
    expect(def.States.C).toEqual({
      Type: 'Choice',
      Choices: [{ Not: { Variable: '$.a', IsPresent: true, Next: 'Work' }, Next: 'Work' }],
      Default: 'Work',
    });
    expect(def.States.Work).toMatchObject({ Catch: [{ Next: 'Work' }], Next: 'Work' });
  });

  it('renames inside a branch, touching only that branch', () => {
    const { def } = doUndo(renameState, NESTED, { id: 'P/~b0/B2', newName: 'Last' });
    const branch = (def.States.P as any).Branches[0];
    expect(branch.States.B1.Next).toBe('Last');
    expect(Object.keys(branch.States)).toEqual(['B1', 'Last']);
  });

  it('refuses empty, too long and duplicate names', () => {
    const def = defOf(NESTED);
    expect(reasonOf(renameState.canExecute(def, { id: 'M', newName: '' }))).toMatch(/empty/);
    expect(reasonOf(renameState.canExecute(def, { id: 'M', newName: 'x'.repeat(81) }))).toMatch(/80/);
    expect(reasonOf(renameState.canExecute(def, { id: 'M', newName: 'B1' }))).toMatch(/already exists/);
    expect(renameState.canExecute(def, { id: 'M', newName: 'M' })).toBe(true);
  });
});
