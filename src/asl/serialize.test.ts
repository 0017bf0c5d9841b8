import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDocument } from './parse.ts';
import { serialize, toJson, toYaml } from './serialize.ts';

const TRICKY = {
  Comment: 'yes',
  States: { 'a: b': { Type: 'Pass', Result: ['on', 'No', 'null', '~', '1.0', '0777', '0o17', '1_000', '1:20', '2026-01-01', '.5', '+1', '*', '#x', '- x', ' lead', 'multi\nline', '', '{% $x %}', '${Timeout}', "it's"], End: true } },
  '${Key}': { 'x.$': '$.x', n: 1.5, z: 0, t: true, u: null, e: [], o: {} },
};

describe('serialize', () => {
  it.each([
    ['JSON', (v: unknown) => JSON.parse(toJson(v))],
    ['YAML 1.2', (v: unknown) => parse(toYaml(v))],
    ['YAML 1.1', (v: unknown) => parse(toYaml(v), { version: '1.1' })],
    ['parseDocument(YAML)', (v: unknown) => parseDocument(toYaml(v)).value],
  ])('round-trips tricky strings through %s', (_name, roundTrip) => {
    expect(roundTrip(TRICKY)).toEqual(TRICKY);
  });

  it('keeps placeholders plain and key order', () => {
    const text = toYaml({ StartAt: 'A', States: { A: { Type: 'Wait', Seconds: '${Timeout}', End: true } } });
    expect(text).toBe('StartAt: A\nStates:\n  A:\n    Type: Wait\n    Seconds: ${Timeout}\n    End: true\n');
  });

  it('chooses the format', () => {
    expect(serialize({ a: 1 }, 'json')).toBe('{\n  "a": 1\n}\n');
    expect(serialize({ a: 1 }, 'yaml')).toBe('a: 1\n');
  });
});
