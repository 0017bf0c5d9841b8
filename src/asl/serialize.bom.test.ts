import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import { toYaml } from './serialize.ts';

describe('toYaml keeps invisible characters', () => {
  it.each(['\uFEFF', 'a\uFEFFb', '\u0001x', 'line\u2028sep', '\u007F'])('%j round-trips through YAML', (s) => {
    for (const value of [s, { Comment: s }, [s]]) {
      expect(parseDocument(toYaml(value), 'yaml').value).toEqual(value);
    }
  });
});
