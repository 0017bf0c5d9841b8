/**
 * The UI slice of the app store: the selection (primary and multi), where it came from, the in-place rename and
 * the notice of the last refused action. Never in the undo history.
 */
import type { SliceSet } from './slice.ts';

/** `search`: the user went to a state by name (both the canvas and the editor bring it into view). */
export type SelectionOrigin = 'canvas' | 'editor' | 'search' | 'other';

export interface UiState {
  /** The primary selected state (inspector, editor highlight). */
  selectedId: string | undefined;
  /** Every selected state (multi-select with shift or a selection box). */
  selectedIds: string[];
  /** Where the selection came from (the editor does not move its own cursor for a selection it made). */
  selectionOrigin: SelectionOrigin;
  /** The last refused action's reason, shown to the user. */
  notice: string | undefined;
  /** The state whose name is being edited in place on the canvas. */
  renamingId: string | undefined;
}

export interface UiSlice {
  ui: UiState;
  setRenaming: (id: string | undefined) => void;
  select: (id: string | undefined, origin?: SelectionOrigin) => void;
  setSelection: (ids: string[]) => void;
  notify: (notice: string | undefined) => void;
}

export function createUiSlice(set: SliceSet<UiSlice>): UiSlice {
  return {
    ui: { selectedId: undefined, selectedIds: [], selectionOrigin: 'other', notice: undefined, renamingId: undefined },
    setRenaming: (id) => set((s) => (s.ui.renamingId === id ? s : { ui: { ...s.ui, renamingId: id } })),
    select: (id, origin = 'canvas') =>
      set((s) =>
        s.ui.selectedId === id && s.ui.selectedIds.length === (id ? 1 : 0)
          ? s
          : { ui: { ...s.ui, selectedId: id, selectedIds: id ? [id] : [], selectionOrigin: origin } },
      ),
    setSelection: (ids) =>
      set((s) => {
        const same = ids.length === s.ui.selectedIds.length && ids.every((id, i) => s.ui.selectedIds[i] === id);
        if (same) return s;
        const primary = ids.includes(s.ui.selectedId ?? '') ? s.ui.selectedId : ids[ids.length - 1];
        return { ui: { ...s.ui, selectedIds: ids, selectedId: primary, selectionOrigin: 'canvas' } };
      }),
    notify: (notice) => set((s) => ({ ui: { ...s.ui, notice } })),
  };
}
