/**
 * Test helpers for commands (imported by tests only): the do → undo check. Execute the command on the value of a
 * source text, check the input was not mutated, apply the minimal text edits and check the edited text holds the
 * result, then compute the edits back and check they restore the original text byte for byte.
 */
import { expect } from 'vitest';
import type { Verdict } from './command.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { parseDocument } from '../asl/parse.ts';
import type { Command } from './command.ts';
import { applyTextEdits, computeTextEdits } from '../textedit/textEdits.ts';

export function defOf(text: string, format: 'json' | 'yaml' = 'json'): StateMachineDefinition {
  return parseDocument(text, format).value as StateMachineDefinition;
}

export function doUndo<A>(
  command: Command<A>,
  text: string,
  args: A,
  format: 'json' | 'yaml' = 'json',
): { def: StateMachineDefinition; text: string } {
  const before = defOf(text, format);
  const frozen = structuredClone(before);
  expect(command.canExecute(before, args)).toBe(true);
  const after = command.execute(before, args);
  expect(before).toEqual(frozen);
  const edited = applyTextEdits(text, computeTextEdits(text, format, before, after));
  expect(defOf(edited, format)).toEqual(after);
  const undone = applyTextEdits(edited, computeTextEdits(edited, format, after, before));
  expect(undone).toBe(text);
  return { def: after, text: edited };
}

/** A definition written the way JSON.stringify writes it (two-space indent, trailing newline). */
export function jsonText(def: unknown, indent: number | string = 2): string {
  return `${JSON.stringify(def, null, indent)}\n`;
}

export const CHAIN = jsonText({
  Comment: 'A chain',
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'B' },
    B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'C', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }] },
    C: { Type: 'Succeed' },
    F: { Type: 'Fail', Error: 'Oops' },
  },
});

export const NESTED = jsonText({
  StartAt: 'Choose',
  States: {
    Choose: {
      Type: 'Choice',
      Choices: [{ Variable: '$.x', NumericGreaterThan: 1, Next: 'P' }],
      Default: 'M',
    },
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', Next: 'B2' }, B2: { Type: 'Pass', End: true } } },
        { StartAt: 'C1', States: { C1: { Type: 'Wait', Seconds: 1, End: true } } },
      ],
      Next: 'M',
    },
    M: {
      Type: 'Map',
      ItemProcessor: { StartAt: 'I1', States: { I1: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
});

/** A verdict's text (a typed refusal's message), for tests that check the wording shown to the user. */
export function reasonOf(v: Verdict): string | true {
  return v === true ? true : v.message;
}
