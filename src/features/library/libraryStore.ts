/** UI state of the workflow library (not in the undo history): the open workflow, save status, list, notices. */
import { create } from 'zustand';
import type { SaveStatus } from '../../persistence/autosave.ts';
import type { WorkflowMeta } from '../../persistence/db.ts';

export interface Toast {
  message: string;
  action?: { label: string; run: () => void };
}

export interface Notice {
  kind: 'error' | 'info';
  message: string;
}

export interface LibraryState {
  workflowId: string | undefined;
  name: string;
  status: SaveStatus;
  /** Storage is unusable (no IndexedDB, private mode): workflows live in memory only. */
  storageError: string | undefined;
  list: WorkflowMeta[];
  drawerOpen: boolean;
  toast: Toast | undefined;
  notice: Notice | undefined;
}

export interface LibraryActions {
  /** Show a toast for a while (`TOAST_MS`): long enough to reach its action. A newer toast replaces it. */
  showToast: (toast: Toast | undefined) => void;
  showNotice: (notice: Notice | undefined) => void;
}

export const TOAST_MS = 10_000;

/** A library UI store with its own toast timer (no module state: the app's is `useLibrary`, tests make their own). */
export function createLibraryState() {
  return create<LibraryState & LibraryActions>()((set) => {
    let toastTimer: ReturnType<typeof setTimeout> | undefined;
    return {
      workflowId: undefined,
      name: '',
      status: { kind: 'saved' },
      storageError: undefined,
      list: [],
      drawerOpen: false,
      toast: undefined,
      notice: undefined,
      showToast: (toast) => {
        if (toastTimer) clearTimeout(toastTimer);
        toastTimer = undefined;
        set({ toast });
        if (toast) toastTimer = setTimeout(() => set({ toast: undefined }), TOAST_MS);
      },
      showNotice: (notice) => set({ notice }),
    };
  });
}

export const useLibrary = createLibraryState();

/** The app's library store's `showToast`. */
export function showToast(toast: Toast | undefined): void {
  useLibrary.getState().showToast(toast);
}

/** The app's library store's `showNotice`. */
export function showNotice(notice: Notice | undefined): void {
  useLibrary.getState().showNotice(notice);
}
