import { describe, expect, it } from 'vitest';
import { numberText, parseNumberInput } from './numberInput.ts';

describe('parseNumberInput', () => {
  it.each([
    ['', {}, { ok: true, value: undefined }],
    ['  ', {}, { ok: true, value: undefined }],
    ['3', { integer: true }, { ok: true, value: 3 }],
    ['2.5', {}, { ok: true, value: 2.5 }],
    ['1e3', {}, { ok: true, value: 1000 }],
    ['2.5', { integer: true }, { ok: false, error: 'Enter a whole number' }],
    ['-1', { min: 0 }, { ok: false, error: 'Must be at least 0' }],
    ['101', { max: 100 }, { ok: false, error: 'Must be at most 100' }],
    ['abc', {}, { ok: false, error: 'Enter a number' }],
    ['12abc', {}, { ok: false, error: 'Enter a number' }],
    ['{% $x %}', { allowExpression: true }, { ok: true, value: '{% $x %}' }],
    ['{% $x %}', {}, { ok: false, error: 'Enter a number' }],
  ] as const)('%j with %j', (text, rules, expected) => {
    expect(parseNumberInput(text, rules)).toEqual(expected);
  });

  it('shows numbers and expressions as text, anything else as empty', () => {
    expect(numberText(4)).toBe('4');
    expect(numberText('{% 1 %}')).toBe('{% 1 %}');
    expect(numberText(undefined)).toBe('');
    expect(numberText(null)).toBe('');
  });
});
