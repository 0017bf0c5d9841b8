/**
 * The ASL language smarts for the editor model, registered once for JSON and YAML: completion, hover, quick fixes,
 * go to definition and YAML formatting. Each provider reads the store's current document (its last parse and
 * definition) and asks the pure helpers; nothing is parsed per keystroke. The JSON worker only formats JSON: its
 * diagnostics, completion and hover are off, because ours know the state type and the query language, and both
 * together would report every missing field and syntax error twice.
 */
import type { editor, IDisposable, languages, Position } from 'monaco-editor/editor';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { useAppStore } from '../../store/store.ts';
import { completionsAt, quoteFor, type SuggestionKind } from './completion.ts';
import { formatYaml } from './convert.ts';
import { cursorContextAt } from './cursorContext.ts';
import { editorDiagnostics, isCurrent } from './markers.ts';
import type { Monaco } from './monaco.ts';
import { definitionAt, hoverAt } from './navigation.ts';
import { FIXABLE_CODES, quickFixesFor } from './quickFixes.ts';

const LANGUAGES = ['json', 'yaml'];
export const APPLY_FIX_COMMAND = 'asl-studio.applyQuickFix';
let registered: IDisposable[] | undefined;

function configureJsonWorker(): void {
  jsonDefaults.setDiagnosticsOptions({ validate: false, allowComments: false, enableSchemaRequest: false });
  jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, completionItems: false, hovers: false });
}

export function registerAslProviders(monaco: Monaco): void {
  if (registered) return;
  configureJsonWorker();
  const doc = () => useAppStore.getState().doc;
  const kinds: Record<SuggestionKind, languages.CompletionItemKind> = {
    field: monaco.languages.CompletionItemKind.Property,
    operator: monaco.languages.CompletionItemKind.Operator,
    state: monaco.languages.CompletionItemKind.Reference,
    type: monaco.languages.CompletionItemKind.EnumMember,
    resource: monaco.languages.CompletionItemKind.Value,
    enum: monaco.languages.CompletionItemKind.EnumMember,
  };
  const toRange = (model: editor.ITextModel, r: { line: number; column: number; endLine: number; endColumn: number }) =>
    new monaco.Range(r.line, r.column, r.endLine, r.endColumn);

  const completion: languages.CompletionItemProvider = {
    triggerCharacters: ['"', ':'],
    provideCompletionItems(model: editor.ITextModel, position: Position) {
      const d = doc();
      // The store holds the model's text (it is set on every change); no copy of the model per request.
      const text = d.text.length === model.getValueLength() ? d.text : model.getValue();
      const offset = model.getOffsetAt(position);
      const ctx = cursorContextAt(text, offset, d.format);
      if (!ctx) return { suggestions: [] };
      const start = model.getPositionAt(ctx.replaceStart);
      const end = model.getPositionAt(Math.max(ctx.replaceEnd, offset));
      const oneLine = start.lineNumber === position.lineNumber && end.lineNumber === position.lineNumber;
      const range = oneLine
        ? new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column)
        : new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column);
      const quoted = text[ctx.replaceStart] === '"' && oneLine;
      const suggestions = completionsAt(d.definition, ctx, d.format).map((s) => ({
        label: s.label,
        kind: kinds[s.kind],
        insertText: s.insertText,
        insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
        detail: s.detail,
        documentation: s.documentation,
        sortText: s.sortText,
        filterText: quoted ? quoteFor('json', s.label) : s.label,
        range,
        command: s.retrigger ? { id: 'editor.action.triggerSuggest', title: 'Suggest' } : undefined,
      }));
      return { suggestions };
    },
  };

  const hover: languages.HoverProvider = {
    provideHover(model: editor.ITextModel, position: Position) {
      const d = doc();
      if (!isCurrent(d)) return null;
      const info = hoverAt(d.parsed, model.getOffsetAt(position));
      return info ? { range: toRange(model, info.range), contents: info.contents.map((value) => ({ value })) } : null;
    },
  };

  const definition: languages.DefinitionProvider = {
    provideDefinition(model: editor.ITextModel, position: Position) {
      const d = doc();
      if (!isCurrent(d)) return null;
      const target = definitionAt(d.parsed, model.getOffsetAt(position));
      return target ? { uri: model.uri, range: toRange(model, target) } : null;
    },
  };

  const codeActions: languages.CodeActionProvider = {
    provideCodeActions(model: editor.ITextModel, range, context) {
      const d = doc();
      if (!isCurrent(d) || !d.definition) return { actions: [], dispose() {} };
      const actions: languages.CodeAction[] = [];
      for (const diag of editorDiagnostics(d)) {
        if (!FIXABLE_CODES.has(diag.code) || !diag.range) continue;
        const r = toRange(model, diag.range);
        if (!monaco.Range.areIntersectingOrTouching(r, range)) continue;
        const markers = context.markers.filter((m) => m.code === diag.code && m.startLineNumber === r.startLineNumber);
        for (const fix of quickFixesFor(d, diag)) {
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: fix.preferred,
            diagnostics: markers,
            command: { id: APPLY_FIX_COMMAND, title: fix.title, arguments: [fix.text, fix.title] },
          });
        }
      }
      return { actions, dispose() {} };
    },
  };

  const yamlFormat: languages.DocumentFormattingEditProvider = {
    provideDocumentFormattingEdits(model: editor.ITextModel) {
      const text = model.getValue();
      const formatted = formatYaml(text);
      return formatted === undefined || formatted === text ? [] : [{ range: model.getFullModelRange(), text: formatted }];
    },
  };

  registered = [
    monaco.editor.registerCommand(APPLY_FIX_COMMAND, (_accessor: unknown, text: string, title: string) =>
      useAppStore.getState().replaceText(text, `Quick fix: ${title}`),
    ),
    monaco.languages.registerDocumentFormattingEditProvider('yaml', yamlFormat),
    ...LANGUAGES.flatMap((lang) => [
      monaco.languages.registerCompletionItemProvider(lang, completion),
      monaco.languages.registerHoverProvider(lang, hover),
      monaco.languages.registerDefinitionProvider(lang, definition),
      monaco.languages.registerCodeActionProvider(lang, codeActions, { providedCodeActionKinds: ['quickfix'] }),
    ]),
  ];
}
