import { describe, expect, it } from 'vitest';
import { inferStyle, lazyStyle } from './jsonStyle.ts';
import { seededRandom as rng } from '../asl/generate.ts';

/** A random JSON value, printed with a random indentation, colon spacing and line break. */
function randomText(r: () => number): string {
  const value = (depth: number): unknown => {
    const k = Math.floor(r() * 6);
    if (depth > 3 || k < 2) return [1, 'a', true, null, -2.5][Math.floor(r() * 5)];
    if (k < 4) return Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [`k${i}`, value(depth + 1)]));
  };
  const indent = ['\t', '  ', '    ', ' '][Math.floor(r() * 4)]!;
  let text = JSON.stringify({ root: value(0) }, null, indent);
  if (r() < 0.4) text = text.replace(/": /g, '":');
  if (r() < 0.4) text = text.replace(/\[\n\s*(1|"a"|true|null|-2\.5)/g, '[$1');
  if (r() < 0.3) text = text.replace(/\n/g, '\r\n');
  return text;
}

describe('lazyStyle', () => {
  it('reads, field by field and in any order, what inferStyle infers', () => {
    const r = rng(7);
    const styles = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const text = randomText(r);
      const fresh = inferStyle(text);
      const lazy = lazyStyle(text);
      const fields = (['unit', 'eol', 'compactArrays', 'colon'] as const).toSorted(() => r() - 0.5);
      for (const f of fields) expect(lazy[f]).toBe(fresh[f]);
      expect({ ...lazyStyle(text) }).toEqual(fresh);
      styles.add(JSON.stringify(fresh));
    }
    // the random texts cover many distinct styles, not one
    expect(styles.size).toBeGreaterThan(8);
  });
});
