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

export const useLibrary = create<LibraryState>()(() => ({
  workflowId: undefined,
  name: '',
  status: { kind: 'saved' },
  storageError: undefined,
  list: [],
  drawerOpen: false,
  toast: undefined,
  notice: undefined,
}));

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** Show a toast for a while (10 s): long enough to reach its action. */
export function showToast(toast: Toast | undefined): void {
  if (toastTimer) clearTimeout(toastTimer);
  useLibrary.setState({ toast });
  if (toast) toastTimer = setTimeout(() => useLibrary.setState({ toast: undefined }), 10_000);
}

export function showNotice(notice: Notice | undefined): void {
  useLibrary.setState({ notice });
}
