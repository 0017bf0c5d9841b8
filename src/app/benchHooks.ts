/**
 * Hooks for the performance bench (scripts/bench.ts) and the browser tests, installed only in instrumented builds
 * (src/ui/testHooks.ts), on `window.__aslStudioBench`: open a document
 * as a file open does, rename a state through the canvas action, and read the store. Read-mostly and tiny; the
 * editor's own read hooks live on `window.__aslStudio` (features/editor/mount.ts).
 */
import { renameStateAction } from '../features/actions/actions.ts';
import { useAppStore } from '../store/store.ts';

export interface BenchHooks {
  /** Open a document (parsed at once, fresh history), like opening a file. */
  load(text: string): void;
  /** Rename a state as the canvas's in-place rename does. */
  rename(id: string, name: string): true | string;
  /** The document's revision (bumped on every successful parse) and its graph's size. */
  doc(): { revision: number; nodes: number; stale: boolean; textLength: number; validationPending: boolean };
}

export function installBenchHooks(): void {
  const hooks: BenchHooks = {
    load: (text) => useAppStore.getState().loadText(text),
    rename: (id, name) => renameStateAction(id, name),
    doc: () => {
      const { doc } = useAppStore.getState();
      return { revision: doc.revision, nodes: doc.graph.nodes.length, stale: doc.stale, textLength: doc.text.length, validationPending: doc.validationPending };
    },
  };
  (window as unknown as { __aslStudioBench?: BenchHooks }).__aslStudioBench = hooks;
}
