import { describe, expect, it } from 'vitest';
import { jsonText, parseJsonInput } from './jsonInput.ts';

describe('parseJsonInput', () => {
  it('reads empty text as no value', () => {
    expect(parseJsonInput('  ')).toEqual({ ok: true, value: undefined });
  });
  it('parses any JSON value', () => {
    expect(parseJsonInput('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonInput('"x"')).toEqual({ ok: true, value: 'x' });
    expect(parseJsonInput('null')).toEqual({ ok: true, value: null });
  });
  it('refuses invalid JSON with the parser message', () => {
    const r = parseJsonInput('{"a": }');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^Invalid JSON: /);
  });
  it('checks the expected shape', () => {
    expect(parseJsonInput('[1]', 'object')).toEqual({ ok: false, error: 'Must be a JSON object ({ … })' });
    expect(parseJsonInput('{}', 'array')).toEqual({ ok: false, error: 'Must be a JSON array ([ … ])' });
    expect(parseJsonInput('[1]', 'array')).toEqual({ ok: true, value: [1] });
  });
  it('shows values indented and undefined as empty', () => {
    expect(jsonText({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(jsonText(undefined)).toBe('');
  });
  it('takes a bare JSONata expression as a string when allowed', () => {
    expect(parseJsonInput('{% $states.input %}', undefined, true)).toEqual({ ok: true, value: '{% $states.input %}' });
    expect(parseJsonInput('{% $states.input %}').ok).toBe(false);
    expect(jsonText('{% 1 %}', true)).toBe('{% 1 %}');
    expect(jsonText('{% 1 %}')).toBe('"{% 1 %}"');
  });
});
