import { describe, expect, it } from 'vitest';
import { matchRank, rankByName } from './matchRank.ts';

describe('matchRank', () => {
  it.each([
    ['Order', 'order', 0],
    ['OrderShipped', 'order', 1],
    ['PlaceOrder', 'order', 2],
    ['Place order', 'ORDER', 2],
    ['place_order', 'order', 2],
    ['v2Order', 'order', 2],
    ['Reorder', 'order', 3],
    ['Reorder then PlaceOrder', 'order', 2],
    ['CreateUser', 'order', -1],
    ['CreateUser', '  ', 3],
  ])('%s for %s is %i', (name, query, rank) => {
    expect(matchRank(name, query)).toBe(rank);
  });
});

describe('rankByName', () => {
  it('puts the name itself first, then prefixes, word starts and substrings, ties in their order', () => {
    const names = ['Reorder', 'PlaceOrder', 'CreateUser', 'OrderShipped', 'Order', 'Place order'];
    expect(rankByName(names, (n) => n, 'Order')).toEqual(['Order', 'OrderShipped', 'PlaceOrder', 'Place order', 'Reorder']);
  });
});
