/**
 * What the slices of one app store share besides `set` and `get`: its per-state data registry, its timers and the
 * few steps more than one slice takes (derive a document, snapshot for the history). Made once per store by
 * createAppStore (store.ts), so two stores share nothing.
 */
import type { LayoutSidecar } from '../../layout/sidecar.ts';
import { createCanvasShown } from '../canvasShown.ts';
import type { DocumentModel, Validator } from '../document.ts';
import type { History, Snapshot } from '../history.ts';
import { createStateDataRegistry, type StateDataRegistry } from '../stateData.ts';
import { createDocumentSlice, type DocumentSlice } from './document.ts';
import type { SliceGet, SliceSet } from './slice.ts';
import { createStoreTimers, type StoreTimers } from './timers.ts';

export interface StoreContext {
  stateData: StateDataRegistry;
  timers: StoreTimers;
  /** Derive the document of a new text; its validation is scheduled (see timers.ts). */
  derive: (text: string, previous: DocumentModel) => DocumentModel;
  /** The current text and sidecar, as one history entry keeps them. */
  snapshot: () => Snapshot;
}

type CoreStore = DocumentSlice & { history: History; sidecar: LayoutSidecar };

/** A store's context and its document slice (which makes `derive`): the first step of composing a store. */
export function createStoreContext(
  set: SliceSet<CoreStore>,
  get: SliceGet<CoreStore>,
  validator: Validator | undefined,
): { ctx: StoreContext; document: DocumentSlice } {
  const canvasShown = createCanvasShown();
  const base = {
    stateData: createStateDataRegistry(),
    timers: createStoreTimers(canvasShown),
    snapshot: () => ({ text: get().doc.text, sidecar: get().sidecar }),
  };
  const document = createDocumentSlice(set, get, base, canvasShown, validator);
  return { ctx: { ...base, derive: document.derive }, document: document.slice };
}
