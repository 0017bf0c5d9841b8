import { describe, expect, it } from 'vitest';
import { seededRandom } from '../asl/generate.ts';
import { commonPrefixLength, commonSuffixLength, diffText } from './editCompose.ts';

const apply = (a: string, d: ReturnType<typeof diffText>) => (d ? a.slice(0, d.offset) + d.content + a.slice(d.offset + d.length) : a);

describe('diffText', () => {
  it.each([
    ['abc', 'abc', undefined],
    ['"A": 1', '"B": 1', { offset: 1, length: 1, content: 'B' }],
    ['abc', 'abXc', { offset: 2, length: 0, content: 'X' }],
    ['aaaa', 'aa', { offset: 2, length: 2, content: '' }],
    ['', 'new', { offset: 0, length: 0, content: 'new' }],
  ])('%j → %j', (a, b, expected) => {
    const d = diffText(a, b);
    expect(d).toEqual(expected);
    expect(apply(a, d)).toBe(b);
  });

  it('agrees with a char-by-char scan on long texts changed around the block boundaries', () => {
    const random = seededRandom(7);
    const base = Array.from({ length: 20_000 }, () => 'ab"{ \n'[Math.floor(random() * 6)]).join('');
    for (const at of [0, 1, 4095, 4096, 4097, 8191, 8192, 12_345, 19_999, 20_000]) {
      for (const [cut, insert] of [[0, 'X'], [1, ''], [3, 'YZ'], [0, 'ab']] as const) {
        const b = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
        let p = 0;
        while (p < Math.min(base.length, b.length) && base[p] === b[p]) p++;
        let s = 0;
        while (s < Math.min(base.length, b.length) - p && base[base.length - 1 - s] === b[b.length - 1 - s]) s++;
        expect(commonPrefixLength(base, b)).toBe(p);
        expect(commonSuffixLength(base, b, Math.min(base.length, b.length) - p)).toBe(s);
        expect(apply(base, diffText(base, b))).toBe(b);
      }
    }
  });
});
