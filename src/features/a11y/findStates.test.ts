import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph.ts';
import { findStates } from './findStates.ts';

const graph = toGraph({
  StartAt: 'Validate order',
  States: {
    'Validate order': { Type: 'Pass', Next: 'Fan out' },
    'Fan out': {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Order items', States: { 'Order items': { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
        { StartAt: 'Reorder', States: { Reorder: { Type: 'Map', ItemProcessor: { StartAt: 'order', States: { order: { Type: 'Pass', End: true } } }, End: true } } },
      ],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
});

describe('findStates', () => {
  it('ranks the name itself, then a prefix, then a word start, then anywhere; ties in graph order', () => {
    expect(findStates(graph, 'ORDER').hits.map((h) => h.name)).toEqual(['order', 'Order items', 'Validate order', 'Reorder']);
  });

  it('says where a nested state is', () => {
    const where = Object.fromEntries(findStates(graph, 'order').hits.map((h) => [h.name, h.where]));
    expect(where).toEqual({
      order: 'in Fan out › Branch 2 › Reorder › Item processor',
      'Order items': 'in Fan out › Branch 1',
      'Validate order': '',
      Reorder: 'in Fan out › Branch 2',
    });
  });

  it('lists every state for an empty query, up to the limit, with the total', () => {
    const all = findStates(graph, '  ', 3);
    expect(all.total).toBe(6);
    expect(all.hits.map((h) => h.name)).toEqual(['Validate order', 'Fan out', 'Order items']);
    expect(findStates(graph, 'zzz')).toEqual({ hits: [], total: 0 });
  });

  it('gives the ids and types to select', () => {
    expect(findStates(graph, 'done').hits).toEqual([{ id: 'Done', name: 'Done', type: 'Succeed', where: '' }]);
  });
});
