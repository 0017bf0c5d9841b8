/**
 * Mounting the editor (lazy chunk: only reached through CodeEditor's dynamic import): one model with a fixed URI
 * whose language follows the document format, the ASL language providers, and the store binding.
 */
import type { editor as MonacoEditorNS } from 'monaco-editor/editor';
import { useAppStore } from '../../store/store.ts';
import { monaco } from './monaco.ts';
import { registerAslProviders } from './providers.ts';
import { bindEditor } from './sync.ts';
import { useTheme, type Theme } from '../a11y/theme.ts';
import { TEST_HOOKS } from '../../ui/testHooks.ts';

const monacoTheme = (t: Theme) => (t === 'dark' ? 'vs-dark' : 'vs');

export const MODEL_URI = 'inmemory://asl-studio/definition';

export function mountEditor(el: HTMLElement): () => void {
  const initial = useAppStore.getState().doc;
  const uri = monaco.Uri.parse(MODEL_URI);
  registerAslProviders(monaco);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(initial.text, initial.format, uri);
  const editor: MonacoEditorNS.IStandaloneCodeEditor = monaco.editor.create(el, {
    model,
    ariaLabel: 'ASL definition',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 2,
    scrollBeyondLastLine: false,
    // A dimmed last line number fails the contrast check (WCAG AA).
    renderFinalNewline: 'on',
    fixedOverflowWidgets: true,
    quickSuggestions: { other: 'on', comments: 'off', strings: 'on' },
    // Sticky scroll from the folding ranges, not the outline: the outline model asks the JSON worker for every
    // symbol of the document on each change (on a 1,000-state machine, a reply that took the main thread
    // hundreds of ms to receive). No colour swatches either: an ASL document has no colours to pick.
    stickyScroll: { enabled: true, defaultModel: 'foldingProviderModel' },
    colorDecorators: false,
    theme: monacoTheme(useTheme.getState().theme),
  });
  const unfollowTheme = useTheme.subscribe((t) => monaco.editor.setTheme(monacoTheme(t.theme)));
  const unbind = bindEditor(monaco, editor, model);
  // A read-only hook for browser tests and the bench (instrumented builds only): the model's full text (the DOM
  // only shows visible lines).
  if (TEST_HOOKS) (window as unknown as { __aslStudio?: object }).__aslStudio = {
    editorText: () => model.getValue(),
    editorTextLength: () => model.getValueLength(),
    bracketColours: () => model.getOptions().bracketPairColorizationOptions.enabled,
    selectedText: () => model.getValueInRange(editor.getSelection() ?? new monaco.Range(1, 1, 1, 1)),
    language: () => model.getLanguageId(),
    cursor: () => editor.getPosition(),
    markers: () =>
      monaco.editor.getModelMarkers({ resource: uri }).map((m) => ({
        owner: m.owner,
        code: typeof m.code === 'string' ? m.code : m.code?.value,
        message: m.message,
        line: m.startLineNumber,
        column: m.startColumn,
        endLine: m.endLineNumber,
        endColumn: m.endColumn,
      })),
  };
  return () => {
    unfollowTheme();
    unbind();
    editor.dispose();
    model.dispose();
  };
}
