/**
 * The persistence API other features call (the simulation panel keeps its input presets and mocks here): a
 * per-workflow "extras" record, saved with the workflow (autosaved, exported in share links). Each feature uses
 * its own key, e.g. `simulation`. When another workflow is opened, `onWorkflowOpened` listeners run and
 * `getExtras` answers for the new workflow.
 */
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
