import { describe, expect, it } from 'vitest';
import { toGraph } from '../asl/graph.ts';
import { indexGraph } from './compose.ts';
import { flowOrder } from './order.ts';

const orderOf = (def: unknown, scope = '') => {
  const g = toGraph(def);
  const { children, edgesByScope } = indexGraph(g);
  return flowOrder(children.get(scope) ?? [], edgesByScope.get(scope) ?? []).map((n) => n.id);
};

describe('flowOrder', () => {
  it('follows the flow, not the declaration order', () => {
    const def = { StartAt: 'A', States: { Done: { Type: 'Succeed' }, B: { Type: 'Pass', Next: 'Done' }, A: { Type: 'Pass', Next: 'B' } } };
    expect(orderOf(def)).toEqual(['~start', 'A', 'B', 'Done', '~end']);
  });

  it('keeps Choice rules, then Default, in their order', () => {
    const def = {
      StartAt: 'C',
      States: {
        Z: { Type: 'Succeed' },
        Y: { Type: 'Succeed' },
        X: { Type: 'Succeed' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'X' }, { Variable: '$.b', IsPresent: true, Next: 'Y' }], Default: 'Z' },
      },
    };
    expect(orderOf(def)).toEqual(['~start', 'C', 'X', 'Y', 'Z', '~end']);
  });

  it('puts every edge forward except those that close a loop', () => {
    const def = {
      StartAt: 'Start job',
      States: {
        Wait: { Type: 'Wait', Seconds: 5, Next: 'Poll' },
        Poll: { Type: 'Task', Resource: 'x', Next: 'Done?' },
        'Done?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Ok' }], Default: 'Wait' },
        'Start job': { Type: 'Task', Resource: 'x', Next: 'Wait' },
        Ok: { Type: 'Succeed' },
      },
    };
    const order = orderOf(def);
    expect(order).toEqual(['~start', 'Start job', 'Wait', 'Poll', 'Done?', 'Ok', '~end']);
  });

  it('puts a state no one reaches before the states it leads to', () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' }, Orphan: { Type: 'Pass', Next: 'B' } } };
    const order = orderOf(def);
    expect(order.indexOf('Orphan')).toBeLessThan(order.indexOf('B'));
    expect(order[0]).toBe('~start');
    expect(order[order.length - 1]).toBe('~end');
  });

  it('orders the states of a branch from the branch start', () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'B1', States: { B2: { Type: 'Succeed' }, B1: { Type: 'Pass', Next: 'B2' } } }] } } };
    expect(orderOf(def, 'P/~b0')).toEqual(['P/~b0/B1', 'P/~b0/B2']);
  });
});
