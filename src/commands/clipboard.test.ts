import { describe, expect, it } from 'vitest';
import { copyStates, paste, readFragment } from './clipboard.ts';
import { CHAIN, NESTED, defOf, doUndo, jsonText, reasonOf } from './testUtil.ts';

describe('copyStates', () => {
  it('extracts the selection with internal transitions only', () => {
    const f = copyStates(defOf(CHAIN), ['B', 'F']);
    expect(f).toEqual({
      StartAt: 'B',
      States: {
        B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }] },
        F: { Type: 'Fail', Error: 'Oops' },
      },
    });
    expect(copyStates(defOf(CHAIN), ['A', 'B'])?.StartAt).toBe('A');
    expect(copyStates(defOf(NESTED), ['P', 'P/~b0/B1'])).toBeUndefined();
    expect(copyStates(defOf(NESTED), [])).toBeUndefined();
  });
});

describe('clipboard.paste', () => {
  it('pastes copied states with fresh names and rewritten references', () => {
    const fragment = copyStates(defOf(CHAIN), ['A', 'B', 'F'])!;
    const { def } = doUndo(paste, CHAIN, { content: JSON.stringify(fragment) });
    expect(Object.keys(def.States)).toEqual(['A', 'B', 'C', 'F', 'A (1)', 'B (1)', 'F (1)']);
    expect(def.States['A (1)']).toEqual({ Type: 'Pass', Next: 'B (1)' });
    expect((def.States['B (1)'] as any).Catch[0].Next).toBe('F (1)');
    expect(def.StartAt).toBe('A');
  });

  it('pastes a whole definition after a state, into a branch, wiring it in', () => {
    const content = { StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } } };
    const { def } = doUndo(paste, NESTED, { content, after: 'P/~b0/B1' });
    const branch = (def.States.P as any).Branches[0];
    expect(Object.keys(branch.States)).toEqual(['B1', 'X', 'Y', 'B2']);
    expect(branch.States.B1.Next).toBe('X');
    expect(branch.States.Y).toEqual({ Type: 'Pass', Next: 'B2' });
  });

  it('pastes into an empty machine as its start, dropping dangling references', () => {
    const content = jsonText({ States: { Q: { Type: 'Pass', Next: 'Elsewhere' } } });
    const { def } = doUndo(paste, jsonText({ StartAt: '', States: {} }), { content });
    expect(def).toEqual({ StartAt: 'Q', States: { Q: { Type: 'Pass', End: true } } });
  });

  it('refuses content that holds no states', () => {
    const def = defOf(CHAIN);
    expect(reasonOf(paste.canExecute(def, { content: '{"a": 1}' }))).toMatch(/no states/);
    expect(reasonOf(paste.canExecute(def, { content: '{"States": {"x": {"Type": "Nope"}}}' }))).toMatch(/not a state/);
    expect(reasonOf(paste.canExecute(def, { content: ': : :' }))).toMatch(/ASL|no states/);
    expect(typeof readFragment({ StartAt: 'A', States: { A: { Type: 'Pass' } } })).toBe('object');
  });
});
