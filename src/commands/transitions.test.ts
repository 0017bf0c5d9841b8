import { describe, expect, it } from 'vitest';
import { canConnect } from './rules.ts';
import { connect, disconnect, setEnd } from './transitions.ts';
import { CHAIN, NESTED, defOf, doUndo, reasonOf } from './testUtil.ts';

describe('transition.connect', () => {
  it('connects a Next, replacing End', () => {
    const { def } = doUndo(connect, NESTED, { source: 'M', target: 'Choose', kind: 'next' });
    expect(def.States.M).toMatchObject({ Next: 'Choose' });
    expect(def.States.M!.End).toBeUndefined();
  });

  it('replaces an existing Next only when asked', () => {
    expect(reasonOf(connect.canExecute(defOf(CHAIN), { source: 'A', target: 'C', kind: 'next' }))).toMatch(/already goes to B/);
    const { def } = doUndo(connect, CHAIN, { source: 'A', target: 'C', kind: 'next', replace: true });
    expect(def.States.A!.Next).toBe('C');
  });

  it('adds a catcher, a choice rule and retargets existing ones', () => {
    const c = doUndo(connect, CHAIN, { source: 'B', target: 'A', kind: 'catch' }).def;
    expect((c.States.B as any).Catch).toEqual([
      { ErrorEquals: ['States.ALL'], Next: 'F' },
      { ErrorEquals: ['States.ALL'], Next: 'A' },
    ]);
    const r = doUndo(connect, NESTED, { source: 'Choose', target: 'M', kind: 'choice' }).def;
    expect((r.States.Choose as any).Choices[1]).toEqual({ Variable: '$.value', StringEquals: 'value', Next: 'M' });
    const x = doUndo(connect, NESTED, { source: 'Choose', target: 'M', kind: 'choice', index: 0 }).def;
    expect((x.States.Choose as any).Choices[0].Next).toBe('M');
    const d = doUndo(connect, NESTED, { source: 'Choose', target: 'P', kind: 'default', replace: true }).def;
    expect((d.States.Choose as any).Default).toBe('P');
  });
});

describe('canConnect', () => {
  const def = defOf(NESTED);
  it.each([
    ['P/~b0/B2', 'M', 'next', /boundary/],
    ['P/~b0/B2', 'P/~b1/C1', 'next', /boundary/],
    ['M', 'M/~p/I1', 'next', /boundary/],
    ['Choose', 'M', 'next', /no Next/],
    ['P', 'M', 'default', /Only a Choice/],
    ['P', 'M', 'choice', /Only a Choice/],
    ['Choose', 'M', 'catch', /Only Task, Parallel and Map/],
    ['Choose', 'M', 'default', /already has a Default/],
  ] as const)('%s → %s (%s) is refused', (s, t, kind, reason) => {
    expect(reasonOf(canConnect(def, s, t, kind))).toMatch(reason);
  });

  it('refuses outgoing edges from Succeed and Fail, and allows self-loops', () => {
    const chain = defOf(CHAIN);
    expect(reasonOf(canConnect(chain, 'C', 'A', 'next'))).toMatch(/Succeed/);
    expect(reasonOf(canConnect(chain, 'F', 'A', 'next'))).toMatch(/Fail/);
    expect(canConnect(def, 'M', 'M', 'next')).toBe(true);
    expect(canConnect(def, 'P', 'M', 'catch')).toBe(true);
    expect(canConnect(def, 'P/~b0/B2', 'P/~b0/B1', 'next')).toBe(true);
  });
});

describe('transition.disconnect and transition.setEnd', () => {
  it('turns a removed Next into End', () => {
    const { def } = doUndo(disconnect, CHAIN, { source: 'A', kind: 'next' });
    expect(def.States.A).toEqual({ Type: 'Pass', End: true });
  });

  it('removes a catcher (and the empty list), a rule and a Default', () => {
    const c = doUndo(disconnect, CHAIN, { source: 'B', kind: 'catch', index: 0 }).def;
    expect(c.States.B!.Catch).toBeUndefined();
    const d = doUndo(disconnect, NESTED, { source: 'Choose', kind: 'default' }).def;
    expect((d.States.Choose as any).Default).toBeUndefined();
    const r = doUndo(disconnect, NESTED, { source: 'Choose', kind: 'choice', index: 0 }).def;
    expect((r.States.Choose as any).Choices).toEqual([]);
    expect(reasonOf(disconnect.canExecute(defOf(CHAIN), { source: 'C', kind: 'next' }))).toMatch(/no such/);
  });

  it('sets and clears End', () => {
    const a = doUndo(setEnd, CHAIN, { id: 'A', end: true }).def;
    expect(a.States.A).toEqual({ Type: 'Pass', End: true });
    const b = doUndo(setEnd, NESTED, { id: 'M', end: false }).def;
    expect(b.States.M!.End).toBeUndefined();
    expect(reasonOf(setEnd.canExecute(defOf(CHAIN), { id: 'C', end: true }))).toMatch(/Succeed/);
  });
});
