import { describe, expect, it } from 'vitest';
import { locationToPath } from './locations.ts';

const definition = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Next: 'x' }] }, '0': { Type: 'Pass' }, 'a/b': { Type: 'Pass' } } };

describe('locationToPath', () => {
  it.each([
    ['/States/C/Choices/0/Next', ['States', 'C', 'Choices', 0, 'Next']],
    ['/States/0/Type', ['States', '0', 'Type']],
    ['/States/a~1b', ['States', 'a/b']],
    ['/States/Missing/Next', ['States', 'Missing', 'Next']],
    ['/', []],
  ])('%s', (location, expected) => {
    expect(locationToPath(definition, location)).toEqual(expected);
  });
  it('has no path without a pointer', () => {
    expect([locationToPath(definition, undefined), locationToPath(definition, 'line 3')]).toEqual([undefined, undefined]);
  });
});
