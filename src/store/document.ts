/**
 * The document as the app holds it: the text is the single source of truth; the definition, graph and diagnostics
 * are derived from the last text that parsed. While the text does not parse, the last valid machine stays shown
 * and the document is marked stale.
 */
import { IncrementalParse, parseDocument, type DocumentFormat, type ParsedDocument } from '../asl/parse.ts';
import { toGraph, type StateGraph } from '../asl/graph.ts';
import type { Diagnostic } from '../asl/types.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { isRecord as isObject } from '../asl/values.ts';

export interface DocumentModel {
  /** The current text, as typed (may be invalid). */
  text: string;
  format: DocumentFormat;
  /** The last definition that parsed, and the text it came from. */
  definition: StateMachineDefinition | undefined;
  validText: string;
  /** The parse of `validText` (source positions of every state and field). */
  parsed: ParsedDocument | undefined;
  graph: StateGraph;
  /** Syntax errors of the current text (empty when it parsed). */
  syntaxErrors: Diagnostic[];
  /** Validation diagnostics of the last valid definition (of an earlier one while `validationPending`). */
  diagnostics: Diagnostic[];
  /**
   * The last parse is not validated yet: validation runs after the canvas and the editor have shown the change
   * (see the store), and `diagnostics` still hold the previous parse's until then.
   */
  validationPending: boolean;
  /** The canvas shows an older machine than the text: the text does not parse. */
  stale: boolean;
  /** Bumped on every successful parse. */
  revision: number;
  /**
   * This document's incremental parse (its last JSON tree), handed from model to model of the same document:
   * the next parse, and the text edits of a command, start from it (src/asl/parse.ts).
   */
  incremental: IncrementalParse;
}

export type Validator = (doc: ParsedDocument) => Diagnostic[];

const NO_VALIDATOR: Validator = () => [];
let validator: Validator = NO_VALIDATOR;

/** The validator is plugged in by the app (it lives in src/asl and is loaded lazily, see loadValidator.ts). */
export function setValidator(v: Validator): void {
  validator = v;
}

/** Whether a validator is plugged in: then a validated document's `diagnostics` are all there is (even none). */
export function hasValidator(): boolean {
  return validator !== NO_VALIDATOR;
}

export function validateParsed(doc: ParsedDocument): Diagnostic[] {
  return validator(doc);
}

export interface DeriveOptions {
  /** Leave validation for later (`validationPending`); the caller validates with `validatePending`. */
  deferValidation?: boolean;
}

/** Derive a new model from a text, keeping the previous valid machine when the text does not parse. */
export function deriveDocument(text: string, previous: DocumentModel | undefined, format?: DocumentFormat, options: DeriveOptions = {}): DocumentModel {
  const incremental = previous?.incremental ?? new IncrementalParse();
  const parsed = parseDocument(text, format, incremental);
  const syntaxErrors = [...parsed.diagnostics];
  if (syntaxErrors.length === 0 && !isObject(parsed.value)) {
    syntaxErrors.push({
      code: 'document.notObject',
      severity: 'error',
      message: 'A state machine definition must be a JSON object with StartAt and States',
      path: [],
      range: parsed.lines.range(0, Math.min(text.length, 1)),
    });
  }
  if (syntaxErrors.length > 0) {
    return {
      text,
      format: parsed.format,
      definition: previous?.definition,
      validText: previous?.validText ?? '',
      parsed: previous?.parsed,
      graph: previous?.graph ?? toGraph(undefined),
      syntaxErrors,
      diagnostics: previous?.diagnostics ?? [],
      validationPending: previous?.validationPending ?? false,
      stale: true,
      revision: previous?.revision ?? 0,
      incremental,
    };
  }
  const definition = parsed.value as StateMachineDefinition;
  return {
    text,
    format: parsed.format,
    definition,
    validText: text,
    parsed,
    graph: toGraph(definition, previous?.graph),
    syntaxErrors: [],
    diagnostics: options.deferValidation ? (previous?.diagnostics ?? []) : validator(parsed),
    validationPending: options.deferValidation === true,
    stale: false,
    revision: (previous?.revision ?? 0) + 1,
    incremental,
  };
}

/** The document with its pending validation done (the same document when none is pending). */
export function validatePending(doc: DocumentModel): DocumentModel {
  if (!doc.validationPending) return doc;
  return { ...doc, diagnostics: doc.parsed ? validator(doc.parsed) : doc.diagnostics, validationPending: false };
}
