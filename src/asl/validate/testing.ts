/**
 * Helpers for table-driven validation tests: build a definition, validate its pretty-printed JSON text, and find
 * the line/column where a snippet of that text stands.
 */
import { parseDocument } from '../parse.ts';
import type { Diagnostic } from '../types.ts';
import { validate } from '../validate.ts';

export type Def = Record<string, unknown>;

export const PASS_END = { Type: 'Pass', End: true };

/** A machine whose StartAt is the first state. */
export function machine(states: Def, extra: Def = {}): Def {
  return { StartAt: Object.keys(states)[0], States: states, ...extra };
}

export interface Case {
  name: string;
  code: string;
  severity?: 'error' | 'warning';
  /** The definition with the problem. */
  bad: Def;
  path: (string | number)[];
  /** Where the range starts: the nth (default first) occurrence of this snippet in the JSON text; `null`: 1:1. */
  at: string | null;
  nth?: number;
  /** A close definition without the problem. */
  good: Def;
  /** A fragment the message must contain. */
  message?: string;
}

export function textOf(def: Def): string {
  return JSON.stringify(def, null, 2);
}

export function diagnose(def: Def): { text: string; diagnostics: Diagnostic[] } {
  const text = textOf(def);
  return { text, diagnostics: validate(parseDocument(text)) };
}

export function positionOf(text: string, snippet: string | null, nth = 1): { line: number; column: number } {
  if (snippet === null) return { line: 1, column: 1 };
  let offset = -1;
  for (let i = 0; i < nth; i++) {
    offset = text.indexOf(snippet, offset + 1);
    if (offset < 0) throw new Error(`snippet ${snippet} (#${nth}) not in\n${text}`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
