/**
 * The history slice of the app store: one undo history (../history.ts) for every edit, whichever side made it.
 * Undo and redo restore the text and sidecar of a step's snapshot, and move the other per-state data back and forth
 * by the step's identity changes (stateData.ts).
 */
import { invertChanges } from '../../commands/identity.ts';
import { textRenames } from '../../commands/textRenames.ts';
import type { LayoutSidecar } from '../../layout/sidecar.ts';
import type { DocumentModel } from '../document.ts';
import { emptyHistory, record, redo, undo, type History, type Step } from '../history.ts';
import type { StoreContext } from './context.ts';
import type { SliceGet, SliceSet } from './slice.ts';

export interface HistorySlice {
  history: History;
  undo: () => void;
  redo: () => void;
}

type HistoryStore = HistorySlice & { doc: DocumentModel; sidecar: LayoutSidecar };

export function createHistorySlice(set: SliceSet<HistoryStore>, get: SliceGet<HistoryStore>, ctx: StoreContext): HistorySlice {
  const { timers, stateData, derive, snapshot } = ctx;
  const restore = (step: Step | undefined, direction: 'undo' | 'redo') => {
    if (!step) return;
    timers.cancelParse();
    const s = get();
    const doc = derive(step.snapshot.text, s.doc);
    set({
      doc,
      sidecar: (step.snapshot.sidecar as LayoutSidecar | undefined) ?? s.sidecar,
      history: step.history,
    });
    if (step.identity) {
      const { changes, before, undone } = step.identity;
      if (direction === 'undo') stateData.apply(invertChanges(changes), before);
      else stateData.apply(changes, undone);
    } else if (!doc.stale) {
      // Typing undone or redone: a rename typed by hand goes back and forth (the sidecar is the snapshot's).
      stateData.apply(textRenames(s.doc.definition, doc.definition));
    }
  };
  return {
    history: emptyHistory(),
    undo: () => restore(undo(get().history, snapshot(), stateData.capture()), 'undo'),
    redo: () => restore(redo(get().history, snapshot()), 'redo'),
  };
}

/** `record` for the layout slice: make `next` the sidecar as one undo step (nothing when it is the same object). */
export function sidecarRecorder(set: SliceSet<HistoryStore>, get: SliceGet<HistoryStore>, ctx: StoreContext) {
  return (label: string, next: LayoutSidecar): void => {
    const s = get();
    if (next === s.sidecar) return;
    set({ sidecar: next, history: record(s.history, ctx.snapshot(), 'command', label, Date.now()) });
  };
}
