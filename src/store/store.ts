/**
 * The app store: one zustand store of slices (document, ui). Pure logic lives in src/asl and src/commands; this
 * file only holds state and wires actions. Editor → canvas sync is debounced here, not in components.
 */
import { create } from 'zustand';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import { deriveDocument, type DocumentModel } from './document.ts';

export const PARSE_DEBOUNCE_MS = 250;

export type Direction = 'DOWN' | 'RIGHT';

export interface UiState {
  selectedId: string | undefined;
  direction: Direction;
}

export interface AppState {
  doc: DocumentModel;
  ui: UiState;
  /** The text changed (typing in the editor): re-parse after the debounce. */
  setText: (text: string) => void;
  /** Replace the text and parse at once (load, canvas edits). */
  loadText: (text: string) => void;
  /** Parse the pending text now. */
  flushParse: () => void;
  select: (id: string | undefined) => void;
  setDirection: (d: Direction) => void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const useAppStore = create<AppState>()((set, get) => ({
  doc: deriveDocument(SEED_DEFINITION_TEXT, undefined),
  ui: { selectedId: undefined, direction: 'DOWN' },
  setText: (text) => {
    if (text === get().doc.text) return;
    set((s) => ({ doc: { ...s.doc, text } }));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => get().flushParse(), PARSE_DEBOUNCE_MS);
  },
  loadText: (text) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    set((s) => ({ doc: deriveDocument(text, s.doc) }));
  },
  flushParse: () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const { doc } = get();
    if (doc.text === doc.validText && !doc.stale) return;
    set({ doc: deriveDocument(doc.text, doc) });
  },
  select: (id) => set((s) => (s.ui.selectedId === id ? s : { ui: { ...s.ui, selectedId: id } })),
  setDirection: (direction) => set((s) => ({ ui: { ...s.ui, direction } })),
}));
