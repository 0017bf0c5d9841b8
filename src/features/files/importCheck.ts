/**
 * The check an imported definition must pass before it becomes a workflow: it must parse, and its shape must be a
 * state machine at all (an object whose `States` is an object of state objects). Anything less cannot be drawn,
 * so the import is refused with a message that names the line and column. Every other problem (a missing `Next`,
 * an unknown field…) is imported and shown in the editor, ready to be fixed.
 */
import { parseDocument } from '../../asl/parse.ts';
import { validate } from '../../asl/validate.ts';

const NOT_A_MACHINE = new Set(['machine.notObject', 'machine.states.notObject', 'state.notObject']);

/**
 * Why the text cannot be imported (with `line L, column C`), or undefined when it can. With `syntax: false` a text
 * that does not parse passes (a template's `DefinitionString` may hold `${…}` outside strings, to be fixed later).
 */
export function importProblem(text: string, { syntax = true } = {}): string | undefined {
  const doc = parseDocument(text);
  const error = doc.diagnostics[0];
  if (error) return syntax ? error.message : undefined;
  const bad = validate(doc).find((d) => NOT_A_MACHINE.has(d.code));
  if (!bad) return undefined;
  const message = bad.message.replace(/\.$/, '');
  return /line \d+, column \d+/.test(message) || !bad.range ? message : `${message} (line ${bad.range.line}, column ${bad.range.column})`;
}
