/**
 * Validation of a state machine definition: structure (StartAt, States, transitions, reachability, terminal
 * states), every field of every state against the field table (query language, kind, bounds), Choice rules,
 * Retry/Catch, JSONPath and intrinsic syntax, and JSONata syntax. One pass over the definition; JSONPath,
 * intrinsic and JSONata checks are cached by string, so it is cheap enough to run on every keystroke.
 *
 * Deployable real-world files are never errors: `${Placeholder}` strings stand for any value, JSONPath filters
 * and deep scans are accepted, and JSONata states may stand in a JSONPath machine.
 */
import type { ParsedDocument } from './parse.ts';
import type { Diagnostic } from './types.ts';
import { Context } from './validate/context.ts';
import { duplicateKeys } from './validate/duplicates.ts';
import { checkMachine } from './validate/machine.ts';

/**
 * Diagnostics for a parsed document: its syntax diagnostics (code `syntax.*`) when the text did not parse,
 * otherwise every validation problem, each with a text range (the key's range for a problem with a whole state).
 */
export function validate(doc: ParsedDocument): Diagnostic[] {
  if (doc.value === undefined || doc.diagnostics.some((d) => d.severity === 'error')) return [...doc.diagnostics];
  const ctx = new Context(doc);
  ctx.root = doc.value;
  checkMachine(ctx, doc.value);
  return [...doc.diagnostics, ...sortByPosition([...ctx.diagnostics, ...duplicateKeys(doc)])];
}

/** Diagnostics for a definition without source text (no ranges). */
export function validateDefinition(value: unknown): Diagnostic[] {
  const ctx = new Context();
  ctx.root = value;
  checkMachine(ctx, value);
  return ctx.diagnostics;
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.range?.offset ?? 0) - (b.range?.offset ?? 0));
}
