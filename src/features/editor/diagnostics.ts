/**
 * The problems the editor shows: syntax errors while the text does not parse, otherwise the store's validation
 * diagnostics. Until the app plugs a validator into the store, the editor validates the store's parsed document
 * itself, once per parse (cached by the parse), never per keystroke.
 */
import type { ParsedDocument } from '../../asl/parse.ts';
import type { Diagnostic } from '../../asl/types.ts';
import { validate } from '../../asl/validate.ts';
import type { DocumentModel } from '../../store/document.ts';

const cache = new WeakMap<ParsedDocument, Diagnostic[]>();

export function editorDiagnostics(doc: DocumentModel): Diagnostic[] {
  if (doc.stale) return doc.syntaxErrors;
  if (doc.diagnostics.length > 0 || !doc.parsed) return doc.diagnostics;
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
