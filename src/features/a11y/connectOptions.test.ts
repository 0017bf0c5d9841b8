import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { connectOptions, connectTargets } from './connectOptions.ts';

const def = {
  StartAt: 'A',
  States: {
    A: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', Next: 'Pick' },
    Pick: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Done' }] },
    Done: { Type: 'Succeed' },
    Fan: { Type: 'Parallel', Branches: [{ StartAt: 'In', States: { In: { Type: 'Pass', End: true } } }], End: true },
  },
} as unknown as StateMachineDefinition;

describe('connectOptions', () => {
  it('offers Next (replacing) and a new Catch for a Task', () => {
    expect(connectOptions(def, 'A').map((o) => [o.handle, o.label, o.replace])).toEqual([
      ['next', 'Next (now Pick)', true],
      ['catch-new', 'New Catch (States.ALL)', false],
    ]);
  });
  it('offers a new rule, each rule and Default for a Choice', () => {
    expect(connectOptions(def, 'Pick').map((o) => o.label)).toEqual(['New Choice rule', 'Rule 1 (now Done)', 'Default']);
  });
  it('offers nothing for a Succeed state or an unknown one', () => {
    expect(connectOptions(def, 'Done')).toEqual([]);
    expect(connectOptions(def, 'Nope')).toEqual([]);
  });
});

describe('connectTargets', () => {
  it('lists the states of the same scope, filtered, with the rule verdict', () => {
    const next = connectOptions(def, 'A')[0];
    expect(connectTargets(def, 'A', next, 'o').map((t) => [t.name, t.verdict])).toEqual([
      ['Done', true],
    ]);
    expect(connectTargets(def, 'A', next, '').map((t) => t.name)).toEqual(['A', 'Pick', 'Done', 'Fan']);
  });
  it('stays in the scope of a branch and carries the refusal reason of the rule', () => {
    const inner = connectTargets(def, 'Fan/~b0/In', { handle: 'next', label: 'Next', replace: false }, '');
    expect(inner.map((t) => t.id)).toEqual(['Fan/~b0/In']);
    const refused = connectTargets(def, 'A', { handle: 'default', label: 'Default', replace: false }, 'Done');
    expect(refused.map((t) => t.verdict)).toEqual([{ code: 'connect.defaultNotChoice', message: 'Only a Choice state has a Default' }]);
  });
});

describe('connectTargets ranking', () => {
  const shop = {
    StartAt: 'CreateUser',
    States: {
      CreateUser: { Type: 'Pass', Next: 'PlaceOrder' },
      PlaceOrder: { Type: 'Pass', Next: 'Reorder' },
      Reorder: { Type: 'Pass', Next: 'OrderShipped' },
      OrderShipped: { Type: 'Pass', Next: 'Order' },
      Order: { Type: 'Succeed' },
    },
  } as unknown as StateMachineDefinition;
  it('puts the exact name first, then a prefix, a word start (camelCase too) and a substring', () => {
    const next = connectOptions(shop, 'PlaceOrder')[0];
    expect(connectTargets(shop, 'PlaceOrder', next, 'Order').map((t) => t.name)).toEqual(['Order', 'OrderShipped', 'PlaceOrder', 'Reorder']);
    expect(connectTargets(shop, 'PlaceOrder', next, 'ship').map((t) => t.name)).toEqual(['OrderShipped']);
  });
});
