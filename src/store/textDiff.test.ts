import { describe, expect, it } from 'vitest';
import { diffText } from './textDiff.ts';

describe('diffText', () => {
  it.each([
    ['abc', 'abc', undefined],
    ['"A": 1', '"B": 1', { offset: 1, length: 1, text: 'B' }],
    ['abc', 'abXc', { offset: 2, length: 0, text: 'X' }],
    ['aaaa', 'aa', { offset: 2, length: 2, text: '' }],
    ['', 'new', { offset: 0, length: 0, text: 'new' }],
  ])('%j → %j', (a, b, expected) => {
    const d = diffText(a, b);
    expect(d).toEqual(expected);
    const applied = d ? a.slice(0, d.offset) + d.text + a.slice(d.offset + d.length) : a;
    expect(applied).toBe(b);
  });
});
