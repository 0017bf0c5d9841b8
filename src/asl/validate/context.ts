/**
 * The state of one validation run: the diagnostics found so far and, when there is source text, a way to turn a
 * JSON path into a text range. Ranges are computed only for the diagnostics reported, never for valid fields.
 */
import { formatMessage, type MessageCode, type MessageParams } from '../messages.ts';
import { rangeOf, type ParsedDocument } from '../parse.ts';
import type { Diagnostic, JsonPathSegments, QueryLanguage } from '../types.ts';

export { isRecord as isObject } from '../values.ts';
export type Json = Record<string, unknown>;


export function has(o: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** A short description of a JSON value's kind, for messages ("a string", "an array", …). */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
}

/** Deploy-time substitutions (`${Name}`, from SAM/CloudFormation/Terraform/CDK) stand for any value. */
export function hasPlaceholder(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

/** A transition from one state to a named target, checked once every scope is known. */
export interface Transition {
  state: string;
  field: string;
  target: string;
  path: JsonPathSegments;
}

/** One `States` object: the top level, a Parallel branch or a Map item processor. */
export interface Scope {
  /** Path of the object holding StartAt and States. */
  path: JsonPathSegments;
  label: string;
  states: Json;
  /** The language states use when they do not set QueryLanguage. */
  language: QueryLanguage;
  /** When true, fields of either language are accepted from states without their own QueryLanguage. */
  lenient: boolean;
  transitions: Transition[];
}

export interface ReportOptions {
  /** Point at the property key rather than its value. */
  key?: boolean;
}

export class Context {
  readonly diagnostics: Diagnostic[] = [];
  /** Machine-level query language (the top-level QueryLanguage, JSONPath by default). */
  topLanguage: QueryLanguage = 'JSONPath';
  /** Every state name in the machine and the scope it stands in (for duplicates and cross-scope hints). */
  readonly names = new Map<string, Scope>();
  readonly scopes: Scope[] = [];
  /** The definition being validated. */
  root: unknown;

  constructor(readonly doc?: ParsedDocument) {}

  report(code: MessageCode, path: JsonPathSegments, params: MessageParams = {}, opts: ReportOptions = {}): void {
    const { severity, message } = formatMessage(code, params);
    const d: Diagnostic = { code, severity, message, path };
    if (this.doc) {
      const range = rangeOf(this.doc, path, opts);
      if (range) d.range = range;
    }
    this.diagnostics.push(d);
  }

  /** "at line L, column C" for messages that must name a place even when shown without the range. */
  where(path: JsonPathSegments, opts: ReportOptions = {}): string {
    if (!this.doc) return '';
    const r = rangeOf(this.doc, path, opts);
    return r ? ` (line ${r.line}, column ${r.column})` : '';
  }
}
