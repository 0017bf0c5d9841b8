/**
 * An in-memory stand-in for the open workflow's extras (src/features/library/workflowStorage.ts): what a store
 * saved with the workflow reads, writes and listens to. `open` switches to another workflow's extras and tells the
 * listeners, as opening a workflow from the library does.
 */
import type { WorkflowExtras } from './workflowStorage.ts';
import { createStateDataRegistry, type StateDataRegistry } from '../../store/stateData.ts';

export interface FakeExtras extends WorkflowExtras {
  /** Every setExtras call, in order. */
  readonly writes: { key: string; value: unknown }[];
  open(id: string, extras: Record<string, unknown>): void;
}

export function fakeExtras(initial: Record<string, unknown> = {}): FakeExtras {
  let extras = initial;
  const listeners = new Set<(id: string) => void>();
  const writes: { key: string; value: unknown }[] = [];
  return {
    writes,
    getExtras: <T>(key: string) => extras[key] as T | undefined,
    setExtras(key, value) {
      writes.push({ key, value });
      extras = { ...extras, [key]: value };
    },
    onWorkflowOpened(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(id, next) {
      extras = next;
      for (const l of listeners) l(id);
    },
  };
}

/** A store made by `make` on fresh fake extras (holding `initial`) and a fresh per-state data registry, with both. */
export function freshStore<S>(make: (storage: WorkflowExtras, stateData: StateDataRegistry) => S, initial: Record<string, unknown> = {}) {
  const storage = fakeExtras(initial);
  const stateData = createStateDataRegistry();
  return { storage, stateData, store: make(storage, stateData) };
}
