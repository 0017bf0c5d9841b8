/**
 * Simulation settings stores made by `createSimulationSettings` share nothing: each saves to its own workflow
 * extras, loads on its own storage's "workflow opened", and its load guard (a load is not an edit to save) holds
 * only for itself.
 */
import { describe, expect, it } from 'vitest';
import { freshStore } from '../library/fakeExtras.ts';
import { createSimulationSettings } from './settings.ts';

const make = () => freshStore(createSimulationSettings);

describe('createSimulationSettings', () => {
  it('saves an edit to its own storage only', () => {
    const a = make();
    const b = make();
    a.store.getState().setInputText('{"a": 1}');
    expect(a.storage.writes.map((w) => w.key)).toEqual(['simulation']);
    expect(a.storage.getExtras<{ inputText: string }>('simulation')?.inputText).toBe('{"a": 1}');
    expect(b.storage.writes).toEqual([]);
    expect(b.store.getState().inputText).not.toBe('{"a": 1}');
  });

  it('loads another workflow without saving it back, and the other store still saves meanwhile', () => {
    const a = make();
    const b = make();
    // b edits while a is loading: a's guard must not swallow b's save.
    const off = a.store.subscribe(() => b.store.getState().setInputText('"edited in b"'));
    a.storage.open('w2', { simulation: { inputText: '"from w2"', presets: {}, mocks: {} } });
    off();
    expect(a.store.getState().inputText).toBe('"from w2"');
    expect(a.storage.writes).toEqual([]);
    expect(b.storage.writes.map((w) => w.value)).toEqual([{ inputText: '"edited in b"', presets: b.store.getState().presets, mocks: b.store.getState().mocks }]);
    // After the load, a's own edits are saved again.
    a.store.getState().setInputText('"after"');
    expect(a.storage.writes).toHaveLength(1);
  });

  it('registers its mocks with its own per-state data registry', () => {
    const a = make();
    const b = make();
    const boom = { kind: 'error', error: 'Boom', cause: '' } as const;
    a.store.getState().setMocks({ Charge: boom });
    b.store.getState().setMocks({ Charge: boom });
    a.stateData.apply([{ kind: 'rename', from: 'Charge', to: 'Pay' }]);
    expect(a.store.getState().mocks).toEqual({ Pay: boom });
    expect(b.store.getState().mocks).toEqual({ Charge: boom });
    expect(b.stateData.capture().mocks).toBe(b.store.getState().mocks);
  });
});
