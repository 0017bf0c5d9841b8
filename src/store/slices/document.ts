/**
 * The document slice of the app store: the text (the source of truth) and what is derived from it (document.ts),
 * the parse debounce, deferred validation and this store's validator. Typing records a history step; loading a
 * document starts a fresh history.
 */
import { SEED_DEFINITION_TEXT } from '../../asl/seed.ts';
import { textRenames } from '../../commands/textRenames.ts';
import { emptySidecar, type LayoutSidecar } from '../../layout/sidecar.ts';
import { deriveDocument, revalidated, validatePending, type DocumentModel, type Validator } from '../document.ts';
import { emptyHistory, record, type History } from '../history.ts';
import { applyToSidecar } from '../stateData.ts';
import type { StoreContext } from './context.ts';
import type { SliceGet, SliceSet } from './slice.ts';
import type { CanvasShown } from '../canvasShown.ts';

export interface DocumentSlice {
  doc: DocumentModel;
  /**
   * Bumped by every `loadText` (a document opened, not edited): the canvas never carries positions over from one
   * document to another, so an opened workflow is drawn as a fresh page load draws it.
   */
  opened: number;
  /** This store's "the canvas painted this graph" signal (canvasShown.ts): big follow-up work waits for it. */
  canvasShown: CanvasShown;
  /** The text changed (typing in the editor): re-parse after the debounce. */
  setText: (text: string) => void;
  /** Replace the text as one undoable step and parse at once (canvas edits, imports). */
  replaceText: (text: string, label: string, sidecar?: LayoutSidecar) => void;
  /** Open a new document: parse at once and start a fresh history. */
  loadText: (text: string, sidecar?: LayoutSidecar) => void;
  /** Parse the pending text now. */
  flushParse: () => void;
  /** Validate the current definition again. */
  revalidate: () => void;
  /** Plug in this store's validator (it loads lazily, see loadValidator.ts); `revalidate` then checks the current document. */
  setValidator: (validator: Validator) => void;
  /** Run a pending validation now (before adding diagnostics of another origin to the document's). */
  flushValidation: () => void;
  /** Parse the current text again (once YAML support has loaded). */
  reparse: () => void;
}

/** What the document slice reads and writes beyond its own fields: the history and the sidecar. */
type DocumentStore = DocumentSlice & { history: History; sidecar: LayoutSidecar };

/**
 * The document slice, and `derive` for the other slices (a new text's document, validation scheduled).
 * `ctx` is given without `derive`: this slice makes it.
 */
export function createDocumentSlice(
  set: SliceSet<DocumentStore>,
  get: SliceGet<DocumentStore>,
  ctx: Omit<StoreContext, 'derive'>,
  canvasShown: CanvasShown,
  initialValidator: Validator | undefined,
): { slice: DocumentSlice; derive: StoreContext['derive'] } {
  const { timers, stateData, snapshot } = ctx;
  let validator = initialValidator;
  const validateNow = () => {
    const { doc } = get();
    const next = validatePending(doc, validator);
    if (next !== doc) set({ doc: next });
  };
  const derive = (text: string, previous: DocumentModel): DocumentModel => {
    const doc = deriveDocument(text, previous, undefined, { deferValidation: true });
    if (doc.validationPending) timers.scheduleValidation(doc.graph, validateNow);
    return doc;
  };
  const slice: DocumentSlice = {
    doc: deriveDocument(SEED_DEFINITION_TEXT, undefined, undefined, { validator }),
    opened: 0,
    canvasShown,
    setText: (text) => {
      if (text === get().doc.text) return;
      set((s) => ({ doc: { ...s.doc, text }, history: record(s.history, snapshot(), 'editor', 'Typing', Date.now()) }));
      timers.debounceParse(() => get().flushParse());
    },
    replaceText: (text, label, sidecar) => {
      timers.cancelParse();
      const s = get();
      if (text === s.doc.text && (sidecar ?? s.sidecar) === s.sidecar) return;
      set({
        doc: derive(text, s.doc),
        sidecar: sidecar ?? s.sidecar,
        history: record(s.history, snapshot(), 'command', label, Date.now()),
      });
    },
    loadText: (text, sidecar) => {
      timers.cancelParse();
      set((s) => ({ doc: derive(text, s.doc), opened: s.opened + 1, sidecar: sidecar ?? emptySidecar(), history: emptyHistory() }));
    },
    flushParse: () => {
      timers.cancelParse();
      const { doc, sidecar } = get();
      if (doc.text === doc.validText && !doc.stale) return;
      const next = derive(doc.text, doc);
      // A rename typed in the editor: per-state data follows it as it follows a state.rename (textRenames.ts).
      const renames = next.stale ? [] : textRenames(doc.definition, next.definition);
      set(renames.length > 0 ? { doc: next, sidecar: applyToSidecar(sidecar, renames) } : { doc: next });
      stateData.apply(renames);
    },
    reparse: () => {
      timers.cancelParse();
      set((s) => ({ doc: derive(s.doc.text, s.doc) }));
    },
    flushValidation: validateNow,
    revalidate: () => {
      if (!validator) return;
      const { doc } = get();
      const next = revalidated(doc, validator);
      if (next !== doc) set({ doc: next });
    },
    setValidator: (v) => {
      validator = v;
    },
  };
  return { slice, derive };
}
