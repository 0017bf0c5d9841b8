import { describe, expect, it } from 'vitest';
import { memoize } from './memo.ts';

describe('memoize', () => {
  it('computes once per key, remembers undefined and null results too', () => {
    let calls = 0;
    const f = memoize((k) => {
      calls++;
      return k === 'u' ? undefined : k.length;
    });
    expect([f('ab'), f('ab'), f('u'), f('u')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toBe(2);
  });

  it('never holds more than its limit: it starts again empty', () => {
    const seen: string[] = [];
    const f = memoize((k) => (seen.push(k), k), 3);
    for (const k of ['a', 'b', 'c', 'd', 'a']) f(k);
    // 'd' cleared the memo (it held 3), so 'a' is computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'a']);
    f('d');
    expect(seen).toHaveLength(5);
  });

  it('does not remember a throw', () => {
    let calls = 0;
    const f = memoize((k) => {
      calls++;
      if (calls === 1) throw new Error(k);
      return k;
    });
    expect(() => f('x')).toThrow('x');
    expect(f('x')).toBe('x');
  });
});
