/**
 * The problems the editor shows, as Monaco markers: syntax errors while the text does not parse, otherwise the
 * store's validation diagnostics. Until the app has plugged its validator into the store, the editor validates the
 * store's parsed document itself, once per parse (cached by the parse), never per keystroke; after that, never.
 */
import type { editor } from 'monaco-editor/editor';
import type { ParsedDocument } from '../../asl/parse.ts';
import type { Diagnostic } from '../../asl/types.ts';
import { validate } from '../../asl/validate.ts';
import type { DocumentModel } from '../../store/document.ts';
import type { Monaco } from './monaco.ts';

const OWNER = 'asl-studio';

const cache = new WeakMap<ParsedDocument, Diagnostic[]>();

export function editorDiagnostics(doc: DocumentModel): Diagnostic[] {
  if (doc.stale) return doc.syntaxErrors;
  // The store's validation is done (an empty list included: not validated a second time here), or on its way
  // (the store runs it after the change is shown).
  if (doc.diagnostics.length > 0 || !doc.parsed || doc.validationPending || doc.validated) return doc.diagnostics;
  let list = cache.get(doc.parsed);
  if (!list) {
    list = validate(doc.parsed);
    cache.set(doc.parsed, list);
  }
  return list;
}

/** Whether the editor text is the text the store parsed (positions in `doc.parsed` are valid for it). */
export function isCurrent(doc: DocumentModel): doc is DocumentModel & { parsed: ParsedDocument } {
  return !doc.stale && doc.parsed !== undefined && doc.text === doc.validText;
}

/**
 * Diagnostics → Monaco markers with exact ranges, each with its stable code (shown in the hover and the problems
 * peek). Validation markers are only meaningful for the parsed text.
 */
export function syncMarkers(monaco: Monaco, model: editor.ITextModel, doc: DocumentModel): void {
  const list = editorDiagnostics(doc);
  const markers = list
    .filter((d) => d.range)
    .map((d) => ({
      severity:
        d.severity === 'error'
          ? monaco.MarkerSeverity.Error
          : d.severity === 'warning'
            ? monaco.MarkerSeverity.Warning
            : monaco.MarkerSeverity.Info,
      message: d.message,
      code: d.code,
      source: 'asl-studio',
      startLineNumber: d.range!.line,
      startColumn: d.range!.column,
      endLineNumber: d.range!.endLine,
      endColumn: Math.max(d.range!.endColumn, d.range!.line === d.range!.endLine ? d.range!.column + 1 : 1),
    }));
  monaco.editor.setModelMarkers(model, OWNER, markers);
}
