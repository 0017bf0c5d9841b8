/** The UI slice on a store of its own: selection, multi-selection, rename in place, notices; two stores share nothing. */
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './ui.ts';

const uiStore = () => create<UiSlice>()((set) => createUiSlice(set));

describe('UI slice', () => {
  it('selects one state, then several, keeping the primary when it stays selected', () => {
    const s = uiStore();
    s.getState().select('A', 'editor');
    expect(s.getState().ui).toMatchObject({ selectedId: 'A', selectedIds: ['A'], selectionOrigin: 'editor' });
    s.getState().setSelection(['B', 'A']);
    expect(s.getState().ui).toMatchObject({ selectedId: 'A', selectedIds: ['B', 'A'], selectionOrigin: 'canvas' });
    s.getState().setSelection(['C']);
    expect(s.getState().ui.selectedId).toBe('C');
    s.getState().select(undefined);
    expect(s.getState().ui).toMatchObject({ selectedId: undefined, selectedIds: [] });
  });

  it('keeps the same state object for a selection that does not change (no re-render)', () => {
    const s = uiStore();
    s.getState().select('A');
    const before = s.getState().ui;
    s.getState().select('A');
    s.getState().setSelection(['A']);
    s.getState().setRenaming(undefined);
    expect(s.getState().ui).toBe(before);
  });

  it('gives each store its own UI state', () => {
    const a = uiStore();
    const b = uiStore();
    a.getState().select('A');
    a.getState().notify('refused');
    a.getState().setRenaming('A');
    expect(a.getState().ui).toMatchObject({ selectedId: 'A', notice: 'refused', renamingId: 'A' });
    expect(b.getState().ui).toEqual({ selectedId: undefined, selectedIds: [], selectionOrigin: 'other', notice: undefined, renamingId: undefined });
  });
});
