/**
 * What the slices of one app store share besides `set` and `get`: its per-state data registry, its timers and the
 * few steps more than one slice takes (derive a document, snapshot for the history). Made once per store by
 * createAppStore (store.ts), so two stores share nothing.
 */
import type { DocumentModel } from '../document.ts';
import type { Snapshot } from '../history.ts';
import type { StateDataRegistry } from '../stateData.ts';
import type { StoreTimers } from './timers.ts';

export interface StoreContext {
  stateData: StateDataRegistry;
  timers: StoreTimers;
  /** Derive the document of a new text; its validation is scheduled (see timers.ts). */
  derive: (text: string, previous: DocumentModel) => DocumentModel;
  /** The current text and sidecar, as one history entry keeps them. */
  snapshot: () => Snapshot;
}
