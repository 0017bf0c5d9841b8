import { describe, expect, it } from 'vitest';
import { moveState } from './stateMove.ts';
import { CHAIN, NESTED, defOf, doUndo, reasonOf } from './testUtil.ts';

describe('state.move', () => {
  it('moves a top-level state into a branch, repairing both scopes', () => {
    const text = NESTED.replace('"End": true\n    }\n  }\n}', '"Next": "Tail"\n    },\n    "Tail": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}');
    const { def } = doUndo(moveState, text, { id: 'Tail', scope: 'P/~b0', after: 'P/~b0/B2' });
    expect(def.States.M).toMatchObject({ End: true });
    expect(def.States.Tail).toBeUndefined();
    const branch = (def.States.P as any).Branches[0];
    expect(branch.States.B2).toEqual({ Type: 'Pass', Next: 'Tail' });
    expect(branch.States.Tail).toEqual({ Type: 'Pass', End: true });
  });

  it('moves a branch state out to the top level, dropping its transitions', () => {
    const { def } = doUndo(moveState, NESTED, { id: 'P/~b0/B1', scope: '' });
    const branch = (def.States.P as any).Branches[0];
    expect(branch).toEqual({ StartAt: 'B2', States: { B2: { Type: 'Pass', End: true } } });
    expect(def.States.B1).toEqual({ Type: 'Pass', End: true });
  });

  it('moves into an empty processor as its start', () => {
    const text = NESTED.replace('"ItemProcessor": {\n        "StartAt": "I1",\n        "States": {\n          "I1": {\n            "Type": "Pass",\n            "End": true\n          }\n        }\n      }', '"ItemProcessor": {\n        "StartAt": "",\n        "States": {}\n      }');
    const { def } = doUndo(moveState, text, { id: 'P/~b1/C1', scope: 'M/~p' });
    expect((def.States.M as any).ItemProcessor).toEqual({ StartAt: 'C1', States: { C1: { Type: 'Wait', Seconds: 1, End: true } } });
  });

  it('refuses moving into itself, into the same scope, or leaving no clear start', () => {
    const def = defOf(NESTED);
    expect(reasonOf(moveState.canExecute(def, { id: 'P', scope: 'P/~b0' }))).toMatch(/into itself/);
    expect(reasonOf(moveState.canExecute(def, { id: 'M', scope: '' }))).toMatch(/already/);
    expect(reasonOf(moveState.canExecute(defOf(CHAIN), { id: 'A', scope: 'X/~p' }))).toMatch(/no scope/);
    expect(reasonOf(moveState.canExecute(def, { id: 'Choose', scope: 'M/~p' }))).toMatch(/new start/);
  });
});

describe('state.move (containers and starts)', () => {
  it('moves a whole Map into a branch, its processor going with it', () => {
    const { def } = doUndo(moveState, NESTED, { id: 'M', scope: 'P/~b1', after: 'P/~b1/C1' });
    expect(def.States.M).toBeUndefined();
    expect(def.States.Choose).toEqual({ Type: 'Choice', Choices: [{ Variable: '$.x', NumericGreaterThan: 1, Next: 'P' }] });
    expect(def.States.P).toMatchObject({ End: true });
    const branch = (def.States.P as any).Branches[1];
    expect(branch.States.C1.Next).toBe('M');
    expect(branch.States.M).toMatchObject({ Type: 'Map', End: true, ItemProcessor: { StartAt: 'I1' } });
  });

  it('moves the start state when a new start is chosen', () => {
    const { def } = doUndo(moveState, NESTED, { id: 'Choose', scope: 'M/~p', newStartAt: 'P' });
    expect(def.StartAt).toBe('P');
    expect((def.States.M as any).ItemProcessor.States.Choose).toEqual({ Type: 'Choice', Choices: [] });
  });
});
