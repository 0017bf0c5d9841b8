/**
 * The persistence API other features call (the simulation panel keeps its input presets and mocks here): a
 * per-workflow "extras" record, saved with the workflow (autosaved, exported in share links). Each feature uses
 * its own key, e.g. `simulation`. When another workflow is opened, `onWorkflowOpened` listeners run and
 * `getExtras` answers for the new workflow.
 */
import type { StoreApi } from 'zustand';
import { currentContent, session } from './controller.ts';
import { useLibrary } from './libraryStore.ts';

export const workflowStorage = {
  /** The open workflow's id (undefined until start-up has restored it). */
  currentId(): string | undefined {
    return session.currentId();
  },
  currentName(): string {
    return useLibrary.getState().name;
  },
  getExtras<T = unknown>(key: string): T | undefined {
    return session.extras()[key] as T | undefined;
  },
  /** Replace this feature's extras of the open workflow (saved after the autosave debounce). */
  setExtras(key: string, value: unknown): void {
    session.setExtras(key, value);
  },
  /** Called with the workflow id whenever a workflow is opened (start-up, library, import, conflict). */
  onWorkflowOpened(listener: (id: string) => void): () => void {
    return session.onOpened(listener);
  },
  /** Everything the open workflow holds right now (export, share). */
  snapshot: currentContent,
  /** Write pending changes now. */
  flush(): Promise<void> {
    return session.flush();
  },
};

/** What a store saved with the open workflow uses of workflowStorage (its extras): tests pass their own. */
export type WorkflowExtras = Pick<typeof workflowStorage, 'getExtras' | 'setExtras' | 'onWorkflowOpened'>;

/**
 * Keeps `store` saved as the open workflow's `key` extras: after a change, `saved(state, prev)` gives the value to
 * save (undefined: nothing of it changed). When another workflow opens, `loaded()` replaces the store's state;
 * that is a load, not an edit, so it is not saved back (the guard is this store's own, never shared).
 */
export function persistExtras<S>(store: StoreApi<S>, storage: WorkflowExtras, key: string, saved: (s: S, prev: S) => unknown, loaded: () => Partial<S>): void {
  let loading = false;
  store.subscribe((s, prev) => {
    if (loading) return;
    const value = saved(s, prev);
    if (value !== undefined) storage.setExtras(key, value);
  });
  storage.onWorkflowOpened(() => {
    loading = true;
    try {
      store.setState(loaded());
    } finally {
      loading = false;
    }
  });
}
