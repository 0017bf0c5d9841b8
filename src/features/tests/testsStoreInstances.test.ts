/**
 * Tests stores made by `createTestsStore` share nothing: each saves its suite to its own workflow extras, swaps it
 * on its own storage's "workflow opened", and its load guard holds only for itself.
 */
import { describe, expect, it } from 'vitest';
import type { TestCase } from '../../suites/model.ts';
import { freshStore } from '../library/fakeExtras.ts';
import { createTestsStore } from './testsStore.ts';

const CASE: TestCase = { name: 'happy', input: {}, mocks: { Charge: { '0': { Return: { ok: true } } } }, expect: { status: 'SUCCEEDED' } };

const make = () => freshStore(createTestsStore);

describe('createTestsStore', () => {
  it('saves a suite edit to its own storage only', () => {
    const a = make();
    const b = make();
    a.store.getState().add(CASE);
    expect(a.storage.writes.map((w) => w.key)).toEqual(['tests']);
    expect(a.storage.getExtras<{ cases: TestCase[] }>('tests')?.cases.map((c) => c.name)).toEqual(['happy']);
    expect(b.storage.writes).toEqual([]);
    expect(b.store.getState().suite.cases).toEqual([]);
  });

  it('swaps in another workflow suite without saving it back, while the other store still saves', () => {
    const a = make();
    const b = make();
    a.store.setState({ results: { x: { name: 'x' } as never }, running: true });
    const off = a.store.subscribe(() => void b.store.getState().add(CASE));
    a.storage.open('w2', { tests: { cases: [{ ...CASE, name: 'from w2' }] } });
    off();
    expect(a.store.getState().suite.cases.map((c) => c.name)).toEqual(['from w2']);
    expect(a.store.getState().results).toEqual({});
    expect(a.store.getState().running).toBe(false);
    expect(a.storage.writes).toEqual([]);
    expect(b.storage.writes).toHaveLength(1);
    a.store.getState().remove('from w2');
    expect(a.storage.writes).toHaveLength(1);
  });

  it('follows renames through its own per-state data registry', () => {
    const a = make();
    const b = make();
    a.store.getState().add(CASE);
    b.store.getState().add(CASE);
    a.stateData.apply([{ kind: 'rename', from: 'Charge', to: 'Pay' }]);
    expect(Object.keys(a.store.getState().suite.cases[0]!.mocks)).toEqual(['Pay']);
    expect(Object.keys(b.store.getState().suite.cases[0]!.mocks)).toEqual(['Charge']);
  });
});
