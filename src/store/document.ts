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
  /** `diagnostics` come from the store's validator (an empty list then means: no problems). */
  validated: boolean;
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

/** The checks run on a parsed document (src/asl/validate.ts, loaded lazily: see loadValidator.ts). */
export type Validator = (doc: ParsedDocument) => Diagnostic[];

export interface DeriveOptions {
  /** Leave validation for later (`validationPending`); the caller validates with `validatePending`. */
  deferValidation?: boolean;
  /** The store's validator, once it has one: without it `diagnostics` stay empty and `validated` false. */
  validator?: Validator;
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
      validated: previous?.validated ?? false,
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
    diagnostics: options.deferValidation ? (previous?.diagnostics ?? []) : (options.validator?.(parsed) ?? []),
    validationPending: options.deferValidation === true,
    validated: options.deferValidation ? (previous?.validated ?? false) : options.validator !== undefined,
    stale: false,
    revision: (previous?.revision ?? 0) + 1,
    incremental,
  };
}

/** The document with its pending validation done (the same document when none is pending). */
export function validatePending(doc: DocumentModel, validator: Validator | undefined): DocumentModel {
  if (!doc.validationPending) return doc;
  if (!doc.parsed) return { ...doc, validationPending: false };
  if (!validator) return { ...doc, diagnostics: [], validationPending: false };
  return { ...doc, diagnostics: validator(doc.parsed), validationPending: false, validated: true };
}

/** The document validated again by `validator` (when it parses). */
export function revalidated(doc: DocumentModel, validator: Validator): DocumentModel {
  return !doc.stale && doc.parsed ? { ...doc, diagnostics: validator(doc.parsed), validationPending: false, validated: true } : doc;
}
