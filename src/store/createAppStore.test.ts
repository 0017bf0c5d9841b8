/** Stores made by createAppStore share nothing: document, history, UI state, validator and parse timer are their own. */
import { describe, expect, it, vi } from 'vitest';
import { renameState } from '../commands/stateRename.ts';
import { applyToNameKeyed } from './stateData.ts';
import { createAppStore, PARSE_DEBOUNCE_MS, useAppStore } from './store.ts';

const machine = (name: string) => JSON.stringify({ StartAt: name, States: { [name]: { Type: 'Succeed' } } }, null, 2);

describe('createAppStore', () => {
  it('gives independent stores: a load, a selection and an undo in one leave the other alone', () => {
    const a = createAppStore();
    const b = createAppStore();
    expect(a).not.toBe(useAppStore);
    a.getState().loadText(machine('A'));
    b.getState().loadText(machine('B'));
    a.getState().select('A');
    expect(a.getState().doc.definition?.StartAt).toBe('A');
    expect(b.getState().doc.definition?.StartAt).toBe('B');
    expect(b.getState().ui.selectedId).toBeUndefined();
    a.getState().replaceText(machine('A2'), 'Edit');
    b.getState().undo();
    expect(a.getState().doc.definition?.StartAt).toBe('A2');
    a.getState().undo();
    expect(a.getState().doc.definition?.StartAt).toBe('A');
    expect(b.getState().doc.definition?.StartAt).toBe('B');
  });

  it('keeps each store its own validator', () => {
    const a = createAppStore({ validator: () => [{ code: 'test.a', severity: 'warning', message: 'from a', path: [] }] });
    const b = createAppStore();
    a.getState().revalidate();
    b.getState().revalidate();
    expect(a.getState().doc.diagnostics.map((d) => d.message)).toEqual(['from a']);
    expect(a.getState().doc.validated).toBe(true);
    expect(b.getState().doc.diagnostics).toEqual([]);
    expect(b.getState().doc.validated).toBe(false);
  });

  it('keeps each store its own parse timer: typing in one is not cancelled by the other', () => {
    vi.useFakeTimers();
    try {
      const a = createAppStore();
      const b = createAppStore();
      a.getState().loadText(machine('A'));
      b.getState().loadText(machine('B'));
      a.getState().setText(machine('Typed'));
      b.getState().flushParse();
      b.getState().setText(machine('B2'));
      vi.advanceTimersByTime(PARSE_DEBOUNCE_MS);
      expect(a.getState().doc.definition?.StartAt).toBe('Typed');
      expect(b.getState().doc.definition?.StartAt).toBe('B2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps each store its own per-state data holders: a rename in one moves only its own data', () => {
    const a = createAppStore();
    const b = createAppStore();
    expect(a.getState().stateData).not.toBe(b.getState().stateData);
    const data = { a: { A: 'mock of A' } as Record<string, string>, b: { A: 'mock of A' } as Record<string, string> };
    for (const [key, store] of [['a', a], ['b', b]] as const) {
      store.getState().loadText(machine('A'));
      store.getState().stateData.register<Record<string, string>>({
        key: 'mocks',
        get: () => data[key],
        set: (d) => {
          data[key] = d;
        },
        apply: (d, changes, before) => applyToNameKeyed(d, changes, before, { copies: true }),
      });
    }
    expect(a.getState().runCommand(renameState, { id: 'A', newName: 'Renamed' })).toBe(true);
    expect(data.a).toEqual({ Renamed: 'mock of A' });
    expect(data.b).toEqual({ A: 'mock of A' });
    expect(b.getState().stateData.capture()).toEqual({ mocks: { A: 'mock of A' } });
    a.getState().undo();
    expect(data.a).toEqual({ A: 'mock of A' });
  });
});
