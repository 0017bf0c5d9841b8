/**
 * The app store: one zustand store of slices (document, ui). Pure logic lives in src/asl and src/commands; this
 * file only holds state and wires actions. Editor → canvas sync is debounced here, not in components.
 */
import { create } from 'zustand';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import { deriveDocument, type DocumentModel } from './document.ts';
import type { Command } from '../commands/command.ts';
import { editText } from '../commands/textEdits.ts';
import { emptyHistory, record, redo, undo, type History } from './history.ts';

export const PARSE_DEBOUNCE_MS = 250;

export type Direction = 'DOWN' | 'RIGHT';

export type SelectionOrigin = 'canvas' | 'editor' | 'other';

export interface UiState {
  selectedId: string | undefined;
  /** Where the selection came from (the editor does not move its own cursor for a selection it made). */
  selectionOrigin: SelectionOrigin;
  direction: Direction;
}

export interface AppState {
  doc: DocumentModel;
  ui: UiState;
  history: History;
  /** The text changed (typing in the editor): re-parse after the debounce. */
  setText: (text: string) => void;
  /** Replace the text as one undoable step and parse at once (canvas edits, imports). */
  replaceText: (text: string, label: string) => void;
  /** Open a new document: parse at once and start a fresh history. */
  loadText: (text: string) => void;
  undo: () => void;
  redo: () => void;
  /**
   * Run a named edit command on the current definition: the text gets the minimal edits (the user's formatting
   * survives) as one undo step. Returns true, or the reason the command is refused (nothing changes then).
   */
  runCommand: <A>(command: Command<A>, args: A) => true | string;
  /** Whether a command may run now: true, or the reason (e.g. the text has a syntax error). */
  canRun: <A>(command: Command<A>, args: A) => true | string;
  /** Parse the pending text now. */
  flushParse: () => void;
  select: (id: string | undefined, origin?: SelectionOrigin) => void;
  setDirection: (d: Direction) => void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const useAppStore = create<AppState>()((set, get) => ({
  doc: deriveDocument(SEED_DEFINITION_TEXT, undefined),
  ui: { selectedId: undefined, selectionOrigin: 'other', direction: 'DOWN' },
  history: emptyHistory(),
  setText: (text) => {
    if (text === get().doc.text) return;
    set((s) => ({ doc: { ...s.doc, text }, history: record(s.history, s.doc.text, 'editor', 'Typing', Date.now()) }));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => get().flushParse(), PARSE_DEBOUNCE_MS);
  },
  replaceText: (text, label) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (text === get().doc.text) return;
    set((s) => ({ doc: deriveDocument(text, s.doc), history: record(s.history, s.doc.text, 'command', label, Date.now()) }));
  },
  loadText: (text) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    set((s) => ({ doc: deriveDocument(text, s.doc), history: emptyHistory() }));
  },
  undo: () => {
    const s = get();
    const step = undo(s.history, s.doc.text);
    if (!step) return;
    if (timer) clearTimeout(timer);
    timer = undefined;
    set({ doc: deriveDocument(step.text, s.doc), history: step.history });
  },
  redo: () => {
    const s = get();
    const step = redo(s.history, s.doc.text);
    if (!step) return;
    if (timer) clearTimeout(timer);
    timer = undefined;
    set({ doc: deriveDocument(step.text, s.doc), history: step.history });
  },
  flushParse: () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const { doc } = get();
    if (doc.text === doc.validText && !doc.stale) return;
    set({ doc: deriveDocument(doc.text, doc) });
  },
  canRun: (command, args) => {
    const { doc } = get();
    if (doc.stale || !doc.definition || doc.text !== doc.validText) {
      return doc.stale ? 'The definition has a syntax error: fix the text first' : 'The definition is being parsed';
    }
    return command.canExecute(doc.definition, args);
  },
  runCommand: (command, args) => {
    get().flushParse();
    const verdict = get().canRun(command, args);
    if (verdict !== true) return verdict;
    const { doc } = get();
    const next = command.execute(doc.definition!, args);
    const text = editText(doc.text, doc.format, doc.definition, next);
    get().replaceText(text, command.label);
    return true;
  },
  select: (id, origin = 'canvas') =>
    set((s) => (s.ui.selectedId === id ? s : { ui: { ...s.ui, selectedId: id, selectionOrigin: origin } })),
  setDirection: (direction) => set((s) => ({ ui: { ...s.ui, direction } })),
}));
