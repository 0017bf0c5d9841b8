import { describe, expect, it } from 'vitest';
import type { TestSuite } from '../../suites/model.ts';
import { suiteAfter } from './suiteData.ts';

const suite: TestSuite = {
  cases: [
    {
      name: 'a',
      input: {},
      mocks: { Charge: { '0': { Return: 1 } }, Ship: { '0': { Return: 2 } } },
      expect: { status: 'SUCCEEDED', visits: ['Charge', 'Par/~b0/Ship'], path: ['Charge', 'Par'] },
    },
  ],
};

describe('suiteAfter', () => {
  it('renames mocks, visits and path with their states', () => {
    const s = suiteAfter(suite, [{ kind: 'rename', from: 'Charge', to: 'Bill' }], undefined);
    expect(s.cases[0]!.mocks).toEqual({ Bill: { '0': { Return: 1 } }, Ship: { '0': { Return: 2 } } });
    expect(s.cases[0]!.expect.visits).toEqual(['Bill', 'Par/~b0/Ship']);
    expect(s.cases[0]!.expect.path).toEqual(['Bill', 'Par']);
  });

  it('carries visits under a renamed container and drops deleted states; undo restores them', () => {
    const r = suiteAfter(suite, [{ kind: 'rename', from: 'Par', to: 'Fan' }], undefined);
    expect(r.cases[0]!.expect.visits).toEqual(['Charge', 'Fan/~b0/Ship']);
    expect(r.cases[0]!.expect.path).toEqual(['Charge', 'Fan']);
    const d = suiteAfter(suite, [{ kind: 'delete', id: 'Charge' }], undefined);
    expect(d.cases[0]!.mocks).toEqual({ Ship: { '0': { Return: 2 } } });
    expect(d.cases[0]!.expect.visits).toEqual(['Par/~b0/Ship']);
    const back = suiteAfter(d, [{ kind: 'restore', id: 'Charge' }], suite);
    expect(back.cases[0]!.mocks).toEqual(suite.cases[0]!.mocks);
    expect(back.cases[0]!.expect.visits).toEqual(suite.cases[0]!.expect.visits);
  });

  it('keeps the same suite object when nothing it holds changed', () => {
    expect(suiteAfter(suite, [{ kind: 'rename', from: 'Other', to: 'Else' }], undefined)).toBe(suite);
  });
});
