/**
 * The app store: one zustand store holding the document (text is the source of truth), the undo history, the
 * per-state data holders, and the UI and layout slices (./slices/ui.ts, ./slices/layout.ts) composed here. Pure logic lives in src/asl, src/commands and src/layout; this file holds state and
 * wires actions. Editor → canvas sync is debounced here, not in components.
 */
import { create } from 'zustand';
import { SEED_DEFINITION_TEXT } from '../asl/seed.ts';
import type { Command } from '../commands/command.ts';
import { getCommand, type CommandArgs, type CommandId } from '../commands/registry.ts';
import { refuse, type Refusal } from '../commands/refusals.ts';
import { editText } from '../textedit/textEdits.ts';
import { emptySidecar, setSidecarPosition, type LayoutSidecar } from '../layout/sidecar.ts';
import type { Point } from '../layout/types.ts';
import { createLayoutSlice, type LayoutSlice } from './slices/layout.ts';
import { createUiSlice, type UiSlice } from './slices/ui.ts';
import { afterCanvasShows, CANVAS_WAIT_MAX_MS } from './canvasShown.ts';
import { deriveDocument, revalidated, validatePending, type DocumentModel, type Validator } from './document.ts';
import { emptyHistory, record, redo, undo, type History, type Snapshot, type Step } from './history.ts';
import { applyToSidecar, createStateDataRegistry, type StateDataRegistry } from './stateData.ts';
import { invertChanges } from '../commands/identity.ts';
import { textRenames } from '../commands/textRenames.ts';

export const PARSE_DEBOUNCE_MS = 250;

export interface CommandOptions {
  /**
   * Manual positions (relative to the parent group) of states the command places, by their new ids (a state
   * dropped where the user let go). Everything else per-state follows the command's identity changes.
   */
  positions?: Record<string, Point>;
  /** Select this state id afterwards. */
  select?: string;
}

/** The store: the document, history and per-state data here; the UI and layout slices in ./slices/. */
export interface AppState extends UiSlice, LayoutSlice {
  doc: DocumentModel;
  /**
   * Bumped by every `loadText` (a document opened, not edited): the canvas never carries positions over from one
   * document to another, so an opened workflow is drawn as a fresh page load draws it.
   */
  opened: number;
  history: History;
  /**
   * This store's holders of per-state data (mocks, breakpoints, tests, …): they follow its commands, undo and redo.
   * Created with the store; never replaced.
   */
  stateData: StateDataRegistry;
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
  undo: () => void;
  redo: () => void;
  /**
   * Run a named edit command on the current definition: the text gets the minimal edits (the user's formatting
   * survives) as one undo step. Returns true, or the reason the command is refused (nothing changes then).
   */
  runCommand: <A>(command: Command<A>, args: A, options?: CommandOptions) => true | string;
  /** Whether a command may run now: true, or the reason (e.g. the text has a syntax error). */
  canRun: <A>(command: Command<A>, args: A) => true | string;
  /**
   * Run a command by its id in the registry (what menus, shortcuts, the inspector, the canvas and the palette
   * do): true, or a typed refusal from the one message table (src/commands/refusals.ts), also shown as the notice.
   */
  run: <K extends CommandId>(id: K, args: CommandArgs<K>, options?: CommandOptions) => true | Refusal;
  /** Whether the command of that id may run now: true, or the typed refusal. */
  check: <K extends CommandId>(id: K, args: CommandArgs<K>) => true | Refusal;
}

/**
 * Validation (tens of ms on a 1,000-state machine) is not in the way of a change reaching the other side: every
 * parse leaves it pending, and it runs after the canvas has painted the new graph's layout (see canvasShown.ts),
 * once the browser is idle (at the latest `VALIDATE_WITHIN_MS` later), on whatever document is current by then.
 * A newer parse moves the wait to its own graph, but not past the first one's deadline. Outside a browser: on the
 * next task.
 */
export const VALIDATE_WITHIN_MS = 200;
type IdleWindow = { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number };

/** The timers of one store: the parse debounce and the pending validation (no module state: stores never share). */
function storeTimers() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let validation: { cancel: () => void; deadline: number } | undefined;
  const cancelParse = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    cancelParse,
    /** Parse after the debounce (a newer call restarts it). */
    debounceParse(flush: () => void): void {
      cancelParse();
      timer = setTimeout(flush, PARSE_DEBOUNCE_MS);
    },
    scheduleValidation(graph: object, run: () => void): void {
      const deadline = validation?.deadline ?? Date.now() + CANVAS_WAIT_MAX_MS;
      validation?.cancel();
      const go = () => {
        if (validation === mine) validation = undefined;
        run();
      };
      const idle = (globalThis as IdleWindow).requestIdleCallback;
      const mine = { cancel: () => {}, deadline };
      validation = mine;
      mine.cancel = afterCanvasShows(graph, () => (idle ? idle(go, { timeout: VALIDATE_WITHIN_MS }) : go()), Math.max(0, deadline - Date.now()));
    },
  };
}

/**
 * A new app store with its own document, history, sidecar, UI state, timers, validator and per-state data holders. The app uses one
 * (`useAppStore`); tests may create their own, which share nothing with it.
 */
export function createAppStore(options: { validator?: Validator } = {}) {
  return create<AppState>()((set, get) => {
    const { cancelParse, debounceParse, scheduleValidation } = storeTimers();
    const stateData = createStateDataRegistry();
    let validator = options.validator;
    const validateNow = () => {
      const { doc } = get();
      const next = validatePending(doc, validator);
      if (next !== doc) set({ doc: next });
    };
    /** Derive the document of a new text; its validation follows (see scheduleValidation). */
    const derive = (text: string, previous: DocumentModel): DocumentModel => {
      const doc = deriveDocument(text, previous, undefined, { deferValidation: true });
      if (doc.validationPending) scheduleValidation(doc.graph, validateNow);
      return doc;
    };
    const snapshot = (): Snapshot => ({ text: get().doc.text, sidecar: get().sidecar });
    /** Undo or redo a step: the text and sidecar from its snapshot, the other per-state data by its identity changes. */
    const restore = (step: Step | undefined, direction: 'undo' | 'redo') => {
      if (!step) return;
      cancelParse();
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
    const changeSidecar = (label: string, next: LayoutSidecar) => {
      const s = get();
      if (next === s.sidecar) return;
      set({ sidecar: next, history: record(s.history, snapshot(), 'command', label, Date.now()) });
    };

    /** The refusal when the document cannot take a command now (its text does not parse, or is not parsed yet). */
    const checkDocument = (): Refusal | undefined => {
      const { doc } = get();
      if (doc.stale || !doc.definition || doc.text !== doc.validText) return refuse(doc.stale ? 'document.syntaxError' : 'document.parsing');
      return undefined;
    };

    /**
     * The command pipeline: check, execute, carry every piece of per-state data along (identity changes), record
     * one undo step. A refusal is typed and shown as the notice; nothing changes then.
     */
    function runChecked<A>(command: Command<A>, args: A, options: CommandOptions = {}): true | Refusal {
      get().flushParse();
      const verdict = checkDocument() ?? command.canExecute(get().doc.definition!, args);
      if (verdict !== true) {
        set((s) => ({ ui: { ...s.ui, notice: verdict.message } }));
        return verdict;
      }
      const s = get();
      const { doc } = s;
      const { definition: next, identityChanges } = command.apply(doc.definition!, args);
      // checkDocument guarantees the text is the parsed one: its value is the definition (no second parse of the text).
      const text = editText(doc.text, doc.format, doc.definition, next, doc.format === 'json' ? { value: doc.definition } : undefined, doc.incremental);
      // The one place per-state data follows the edit: the sidecar here, every registered holder in stateData.ts.
      let sidecar = applyToSidecar(s.sidecar, identityChanges);
      for (const [id, p] of Object.entries(options.positions ?? {})) sidecar = setSidecarPosition(sidecar, id, p);
      if (text !== doc.text || sidecar !== s.sidecar) {
        const before = stateData.capture();
        set({
          doc: derive(text, doc),
          sidecar,
          history: record(s.history, snapshot(), 'command', command.label, Date.now(), { changes: identityChanges, before }),
        });
        stateData.apply(identityChanges);
      }
      if (options.select !== undefined) get().select(options.select, 'other');
      return true;
    }

    return {
      doc: deriveDocument(SEED_DEFINITION_TEXT, undefined, undefined, { validator }),
      opened: 0,
      history: emptyHistory(),
      stateData,
      setText: (text) => {
        if (text === get().doc.text) return;
        set((s) => ({ doc: { ...s.doc, text }, history: record(s.history, snapshot(), 'editor', 'Typing', Date.now()) }));
        debounceParse(() => get().flushParse());
      },
      replaceText: (text, label, sidecar) => {
        cancelParse();
        const s = get();
        if (text === s.doc.text && (sidecar ?? s.sidecar) === s.sidecar) return;
        set({
          doc: derive(text, s.doc),
          sidecar: sidecar ?? s.sidecar,
          history: record(s.history, snapshot(), 'command', label, Date.now()),
        });
      },
      loadText: (text, sidecar) => {
        cancelParse();
        set((s) => ({ doc: derive(text, s.doc), opened: s.opened + 1, sidecar: sidecar ?? emptySidecar(), history: emptyHistory() }));
      },
      flushParse: () => {
        cancelParse();
        const { doc, sidecar } = get();
        if (doc.text === doc.validText && !doc.stale) return;
        const next = derive(doc.text, doc);
        // A rename typed in the editor: per-state data follows it as it follows a state.rename (textRenames.ts).
        const renames = next.stale ? [] : textRenames(doc.definition, next.definition);
        set(renames.length > 0 ? { doc: next, sidecar: applyToSidecar(sidecar, renames) } : { doc: next });
        stateData.apply(renames);
      },
      reparse: () => {
        cancelParse();
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
      undo: () => restore(undo(get().history, snapshot(), stateData.capture()), 'undo'),
      redo: () => restore(redo(get().history, snapshot()), 'redo'),
      canRun: (command, args) => {
        const r = checkDocument() ?? command.canExecute(get().doc.definition!, args);
        return r === true ? r : r.message;
      },
      check: (id, args) => {
        const command = getCommand(id as string);
        if (!command) return refuse('command.unknown', { id });
        const r = checkDocument() ?? command.canExecute(get().doc.definition!, args);
        return r;
      },

      runCommand: (command, args, options) => {
        const r = runChecked(command, args, options);
        return r === true ? true : r.message;
      },
      run: (id, args, options) => {
        const command = getCommand(id as string);
        if (command) return runChecked(command, args, options);
        const refusal = refuse('command.unknown', { id });
        get().notify(refusal.message);
        return refusal;
      },
      ...createUiSlice(set),
      ...createLayoutSlice(get, changeSidecar),
    };
  });
}

/** A store made by createAppStore. */
export type AppStore = ReturnType<typeof createAppStore>;

export const useAppStore = createAppStore();
