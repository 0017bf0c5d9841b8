/**
 * Editor ↔ store synchronisation, outside React: text changes both ways (external changes applied as one minimal
 * edit with pushEditOperations, so the cursor and the rest of the text stay put, and briefly highlighted), one
 * undo history (Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y go to the store), and selection sync both ways.
 */
import type { editor as MonacoEditorNS } from 'monaco-editor/editor';
import { rangeOf, sourceAtOffset, stateIdAtJsonPath } from '../../asl/index.ts';
import { useAppStore } from '../../store/store.ts';
import { diffText, type TextEdit } from '../../textedit/editCompose.ts';
import { syncMarkers } from './markers.ts';
import type { Monaco } from './monaco.ts';

const HIGHLIGHT_MS = 1200;
/**
 * A change this big (characters replaced plus inserted: opening a large document, pasting one over everything) is
 * handed to Monaco after the canvas has painted the new graph's layout: Monaco's update and render of the whole text
 * would otherwise sit in front of the layout's answer (hundreds of ms at 1,000 states). Until then the editor is
 * read-only and keeps its old text, markers and selection.
 */
export const DEFER_CHANGE_CHARS = 100_000;

/**
 * Over this many characters the editor draws no bracket pair colours: for them Monaco parses the whole text on the
 * first render after a big change (measured: 145 ms of a 171 ms render of a 5,000-state machine's 1.6 MB).
 */
export const BRACKET_COLOURS_MAX_CHARS = DEFER_CHANGE_CHARS;

/**
 * Whether a change from a text of `oldLength` characters is flashed: a canvas edit is, so the eye finds it; a change
 * that replaces (nearly) all of the text, as opening another document does, is not: the whole editor turning yellow
 * says nothing.
 */
export function flashesChange(change: TextEdit, oldLength: number): boolean {
  return oldLength - change.length >= 0.1 * oldLength && oldLength > 0;
}

export function bindEditor(monaco: Monaco, editor: MonacoEditorNS.IStandaloneCodeEditor, model: MonacoEditorNS.ITextModel): () => void {
  const store = useAppStore;
  let applyingExternal = false;
  let highlight: MonacoEditorNS.IEditorDecorationsCollection | undefined;
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;
  const selectionDecorations = editor.createDecorationsCollection();

  // The text the model holds, kept here so that a store change need not copy the model's text (300 KB at 1,000
  // states) to compare with it: every model change comes through onDidChangeContent or applyExternalText.
  let modelText = model.getValue();
  let coloured: boolean | undefined;
  /** Bracket pair colours on or off for a text of `length` (before a change is applied, so it parses nothing). */
  const fitToSize = (length: number) => {
    const on = length <= BRACKET_COLOURS_MAX_CHARS;
    if (on === coloured) return;
    coloured = on;
    model.updateOptions({ bracketColorizationOptions: { enabled: on, independentColorPoolPerBracketType: false } });
  };
  fitToSize(modelText.length);
  const changeSub = model.onDidChangeContent(() => {
    // An external change brings modelText up to date itself (without copying the model's text back).
    if (applyingExternal) return;
    modelText = model.getValue();
    fitToSize(modelText.length);
    // While a big change waits (deferBigChange), the model's old text is not the document: an edit made to it
    // before the editor turns read-only is dropped when the change is applied.
    if (deferred) return;
    store.getState().setText(modelText);
  });

  /** `change`: the edit from the model's text to `text`, when the caller has it. */
  const applyExternalText = (text: string, change: TextEdit | undefined = diffText(modelText, text)) => {
    if (!change) return;
    const oldLength = modelText.length;
    fitToSize(text.length);
    const start = model.getPositionAt(change.offset);
    const end = model.getPositionAt(change.offset + change.length);
    applyingExternal = true;
    let applied = false;
    try {
      model.pushEditOperations(
        editor.getSelections() ?? [],
        [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: change.content }],
        () => null,
      );
      applied = true;
    } finally {
      applyingExternal = false;
      // The model now holds `text`, unless Monaco normalised its line ends (which changes its length).
      modelText = applied && model.getValueLength() === text.length ? text : model.getValue();
    }
    highlight?.clear();
    if (!flashesChange(change, oldLength)) return;
    const endPos = model.getPositionAt(change.offset + change.content.length);
    highlight = editor.createDecorationsCollection([
      {
        range: new monaco.Range(start.lineNumber, start.column, endPos.lineNumber, endPos.column),
        options: { className: 'changed-range', isWholeLine: change.content.includes('\n')},
      },
    ]);
    if (highlightTimer) clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => highlight?.clear(), HIGHLIGHT_MS);
  };

  // A big change waiting for the canvas (see DEFER_CHANGE_CHARS): the store's text is applied when it runs.
  let deferred: (() => void) | undefined;
  // The editor turns read-only in a task of its own: Monaco recomputes all its options on updateOptions (~10 ms),
  // which would otherwise sit in the same task as the load, before the layout is asked for (measured in
  // scripts/bench: browser.load.parse at 1,000 states). Edits in between are dropped (onDidChangeContent).
  let readOnlyTimer: ReturnType<typeof setTimeout> | undefined;
  let readOnly = false;
  const setReadOnly = (on: boolean) => {
    if (readOnlyTimer) clearTimeout(readOnlyTimer);
    readOnlyTimer = undefined;
    if (on === readOnly) return;
    readOnly = on;
    editor.updateOptions({ readOnly: on });
  };
  const catchUp = () => {
    deferred = undefined;
    setReadOnly(false);
    const { doc } = store.getState();
    if (doc.text !== modelText) applyExternalText(doc.text);
    if (model.getLanguageId() !== doc.format) monaco.editor.setModelLanguage(model, doc.format);
    syncMarkers(monaco, model, doc);
    revealSelection();
  };
  const deferBigChange = (change: TextEdit | undefined, graph: object): boolean => {
    if (deferred) {
      deferred();
    } else {
      if (!change || change.length + change.content.length < DEFER_CHANGE_CHARS) return false;
      readOnlyTimer ??= setTimeout(() => setReadOnly(true), 0);
    }
    deferred = store.getState().canvasShown.after(graph, catchUp);
    return true;
  };

  const revealSelection = () => {
    const { doc, ui } = store.getState();
    const node = ui.selectedId ? doc.graph.byId.get(ui.selectedId) : undefined;
    if (!node || !doc.parsed || doc.stale) {
      selectionDecorations.clear();
      return;
    }
    const key = rangeOf(doc.parsed, node.jsonPath, { key: true });
    const whole = rangeOf(doc.parsed, node.jsonPath);
    if (!key || !whole) return;
    selectionDecorations.set([
      {
        range: new monaco.Range(key.line, 1, whole.endLine, whole.endColumn),
        options: { isWholeLine: true, className: 'selected-state-range'},
      },
    ]);
    if (ui.selectionOrigin !== 'editor') {
      editor.revealRangeInCenterIfOutsideViewport(new monaco.Range(key.line, key.column, key.endLine, key.endColumn));
      editor.setSelection(new monaco.Range(key.line, key.column + 1, key.endLine, Math.max(key.column + 1, key.endColumn - 1)));
    }
  };

  const cursorSub = editor.onDidChangeCursorPosition((e) => {
    if (e.source === 'api' || e.source === 'modelChange' || applyingExternal) return;
    const { doc } = store.getState();
    if (deferred || !doc.parsed || doc.stale || doc.text !== doc.validText) return;
    const hit = sourceAtOffset(doc.parsed.root, model.getOffsetAt(e.position));
    const id = hit ? stateIdAtJsonPath(doc.graph, hit.path) : undefined;
    store.getState().select(id, 'editor');
  });

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc.text !== prev.doc.text && state.doc.text !== modelText) {
      const change = deferred ? undefined : diffText(modelText, state.doc.text);
      if (!deferBigChange(change, state.doc.graph)) applyExternalText(state.doc.text, change);
    }
    if (deferred) return;
    if (state.doc.format !== prev.doc.format && model.getLanguageId() !== state.doc.format) {
      monaco.editor.setModelLanguage(model, state.doc.format);
    }
    // While validation is pending the markers stay (Monaco moves them with the edit) until the fresh ones arrive,
    // unless they are syntax errors that no longer apply.
    const markersChanged =
      state.doc.syntaxErrors !== prev.doc.syntaxErrors || state.doc.parsed !== prev.doc.parsed || state.doc.diagnostics !== prev.doc.diagnostics;
    if (markersChanged && (!state.doc.validationPending || state.doc.stale || prev.doc.stale)) syncMarkers(monaco, model, state.doc);
    if (state.ui.selectedId !== prev.ui.selectedId || state.doc.parsed !== prev.doc.parsed) revealSelection();
  });

  // One history: the editor's own undo stack is bypassed.
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => store.getState().undo());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => store.getState().redo());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => store.getState().redo());

  syncMarkers(monaco, model, store.getState().doc);
  return () => {
    deferred?.();
    if (readOnlyTimer) clearTimeout(readOnlyTimer);
    unsubscribe();
    changeSub.dispose();
    cursorSub.dispose();
    if (highlightTimer) clearTimeout(highlightTimer);
  };
}
