import { describe, expect, it } from 'vitest';
import { dict, dictFrom, own, withKey } from './own.ts';

describe('lookups by user-given names', () => {
  it('never answers from Object.prototype', () => {
    const plain: Record<string, number> = { a: 1 };
    expect(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'a'].map((k) => own(plain, k))).toEqual([undefined, undefined, undefined, undefined, 1]);
    expect(own(undefined, 'a')).toBeUndefined();
  });

  it('stores __proto__ as an ordinary key and pollutes nothing', () => {
    const d = withKey(dict<number>(), '__proto__', 1);
    expect(Object.keys(d)).toEqual(['__proto__']);
    expect(own(d, '__proto__')).toBe(1);
    const copy = dictFrom<unknown>(JSON.parse('{"__proto__":{"polluted":true},"x":2}') as Record<string, unknown>, { y: 3 });
    expect(Object.keys(copy)).toEqual(['__proto__', 'x', 'y']);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
