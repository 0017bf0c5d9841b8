/** Stores made by createAppStore share nothing: document, history, UI state, validator and parse timer are their own. */
import { describe, expect, it, vi } from 'vitest';
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
});
