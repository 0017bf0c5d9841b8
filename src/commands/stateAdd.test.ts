import { describe, expect, it } from 'vitest';
import { addState, insertStateOnEdge } from './stateAdd.ts';
import { CHAIN, NESTED, defOf, doUndo, jsonText, reasonOf } from './testUtil.ts';

describe('state.add', () => {
  it('adds a Pass at the end of the top level with End: true', () => {
    const { def } = doUndo(addState, CHAIN, { type: 'Pass' });
    expect(Object.keys(def.States)).toEqual(['A', 'B', 'C', 'F', 'Pass']);
    expect(def.States.Pass).toEqual({ Type: 'Pass', End: true });
  });

  it('gives unique AWS-console-like default names', () => {
    const d1 = addState.execute(defOf(CHAIN), { type: 'Pass' });
    const d2 = addState.execute(d1, { type: 'Pass' });
    const d3 = addState.execute(d2, { type: 'Task' });
    expect(Object.keys(d3.States).slice(4)).toEqual(['Pass', 'Pass (1)', 'Lambda Invoke']);
    expect(d3.States['Lambda Invoke']).toMatchObject({
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { 'Payload.$': '$' },
    });
  });

  it('rewires the Next of the state it is placed after', () => {
    const { def } = doUndo(addState, CHAIN, { type: 'Wait', name: 'Pause', after: 'A' });
    expect(def.States.A).toEqual({ Type: 'Pass', Next: 'Pause' });
    expect(def.States.Pause).toEqual({ Type: 'Wait', Seconds: 5, Next: 'B' });
    expect(Object.keys(def.States)).toEqual(['A', 'Pause', 'B', 'C', 'F']);
  });

  it('moves End to a state added after a terminal state', () => {
    const text = jsonText({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    const { def } = doUndo(addState, text, { type: 'Fail', after: 'A' });
    expect(def.States.A).toEqual({ Type: 'Pass', Next: 'Fail' });
    expect(def.States.Fail).toEqual({ Type: 'Fail', Error: 'Error', Cause: 'Something went wrong' });
  });

  it('makes the first state of an empty machine its start', () => {
    const { def } = doUndo(addState, jsonText({ StartAt: '', States: {} }), { type: 'Parallel' });
    expect(def.StartAt).toBe('Parallel');
    expect(def.States.Parallel).toMatchObject({
      Branches: [{ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } }, { StartAt: 'Pass (1)' }],
      End: true,
    });
  });

  it('adds into a Parallel branch and into the Map processor', () => {
    const { def } = doUndo(addState, NESTED, { type: 'Choice', after: 'P/~b0/B1' });
    expect((def.States.P as any).Branches[0].States.Choice).toMatchObject({ Type: 'Choice', Default: 'B2' });
    expect((def.States.P as any).Branches[0].States.B1.Next).toBe('Choice');
    const m = doUndo(addState, NESTED, { type: 'Map', scope: 'M/~p' }).def;
    expect(Object.keys((m.States.M as any).ItemProcessor.States)).toEqual(['I1', 'Map']);
  });

  it('uses the JSONata skeleton when the machine is JSONata', () => {
    const text = jsonText({ QueryLanguage: 'JSONata', StartAt: '', States: {} });
    const { def } = doUndo(addState, text, { type: 'Task' });
    expect(def.States['Lambda Invoke']).toMatchObject({ Arguments: { Payload: '{% $states.input %}' } });
  });

  it('refuses bad placements with a reason', () => {
    const def = defOf(CHAIN);
    expect(reasonOf(addState.canExecute(def, { type: 'Pass', after: 'C' }))).toMatch(/Succeed/);
    expect(reasonOf(addState.canExecute(def, { type: 'Pass', name: 'A' }))).toMatch(/already exists/);
    expect(reasonOf(addState.canExecute(def, { type: 'Pass', scope: 'A/~b0' }))).toMatch(/no scope/);
    expect(() => addState.execute(def, { type: 'Pass', after: 'Nope' })).toThrow(/state.add/);
  });
});

describe('state.insertOnEdge', () => {
  it('inserts a state on a Next edge', () => {
    const { def } = doUndo(insertStateOnEdge, CHAIN, { type: 'Pass', name: 'Mid', source: 'A', kind: 'next' });
    expect(def.States.A!.Next).toBe('Mid');
    expect(def.States.Mid).toEqual({ Type: 'Pass', Next: 'B' });
  });

  it('inserts on catch, choice and default edges', () => {
    const c = doUndo(insertStateOnEdge, CHAIN, { type: 'Pass', source: 'B', kind: 'catch', index: 0 }).def;
    expect((c.States.B as any).Catch[0].Next).toBe('Pass');
    expect(c.States.Pass).toEqual({ Type: 'Pass', Next: 'F' });
    const r = doUndo(insertStateOnEdge, NESTED, { type: 'Wait', source: 'Choose', kind: 'choice', index: 0 }).def;
    expect((r.States.Choose as any).Choices[0].Next).toBe('Wait');
    const d = doUndo(insertStateOnEdge, NESTED, { type: 'Wait', source: 'Choose', kind: 'default' }).def;
    expect((d.States.Choose as any).Default).toBe('Wait');
    expect(d.States.Wait!.Next).toBe('M');
  });

  it('refuses a missing edge or a terminal type', () => {
    const def = defOf(CHAIN);
    expect(reasonOf(insertStateOnEdge.canExecute(def, { type: 'Pass', source: 'C', kind: 'next' }))).toMatch(/no such/);
    expect(reasonOf(insertStateOnEdge.canExecute(def, { type: 'Succeed', source: 'A', kind: 'next' }))).toMatch(/cannot continue/);
  });
});
