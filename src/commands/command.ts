/**
 * The command model (after diagram-js's command handlers): every edit of the document is a named command with a
 * pure `canExecute` rule and a pure `execute`. Knock-on edits (rewiring references, moving `End`, fixing
 * `StartAt`) are part of the command, so one command is one undo step. Undo is the previous definition (or, for
 * the text, `computeTextEdits(newText, format, newDef, oldDef)`).
 */
import type { StateMachineDefinition } from '../asl/types.ts';
import { completeChanges, type IdentityChange } from './identity.ts';
import type { Refusal } from './refusals.ts';

/**
 * `true` when the command may run, otherwise why not: a typed refusal from the one message table (refusals.ts).
 * Its message is shown to the user; the UI branches on codes only.
 */
export type Verdict = true | Refusal;

export interface Command<A> {
  /** `noun.verb`, e.g. `state.add`. */
  id: string;
  label: string;
  canExecute(def: StateMachineDefinition, args: A): Verdict;
  /** Pure: returns a new definition and never mutates `def` (unchanged parts are shared). */
  execute(def: StateMachineDefinition, args: A): StateMachineDefinition;
  /**
   * `execute`, and what it did to state identities (renamed, moved, deleted, copied), so that per-state data
   * (layout, mocks, breakpoints…) can follow: see identity.ts and src/store/stateData.ts.
   */
  apply(def: StateMachineDefinition, args: A): CommandOutcome;
}

export interface CommandOutcome {
  definition: StateMachineDefinition;
  identityChanges: IdentityChange[];
}

/** Thrown by `execute` when called although `canExecute` refuses: a programmer error. */
export class CommandError extends Error {
  constructor(
    readonly commandId: string,
    reason: string,
  ) {
    super(`${commandId}: ${reason}`);
    this.name = 'CommandError';
  }
}

/**
 * Define a command whose `execute` checks `canExecute` first and throws a `CommandError` with the reason when it
 * refuses, so that a refused edit can never corrupt the document.
 */
export function defineCommand<A>(spec: {
  id: string;
  label: string;
  canExecute(def: StateMachineDefinition, args: A): Verdict;
  run(def: StateMachineDefinition, args: A): StateMachineDefinition;
  /**
   * What the command did to state identities (given the definitions before and after). Moves and deletions a
   * command does not declare are inferred from the two definitions (completeChanges); renames and copies must be
   * declared.
   */
  identities?(before: StateMachineDefinition, args: A, after: StateMachineDefinition): IdentityChange[];
}): Command<A> {
  const execute = (def: StateMachineDefinition, args: A) => {
    const verdict = spec.canExecute(def, args);
    if (verdict !== true) throw new CommandError(spec.id, verdict.message);
    return spec.run(def, args);
  };
  return {
    id: spec.id,
    label: spec.label,
    canExecute: spec.canExecute,
    execute,
    apply(def, args) {
      const definition = execute(def, args);
      if (definition === def) return { definition, identityChanges: [] };
      return { definition, identityChanges: completeChanges(def, definition, spec.identities?.(def, args, definition) ?? []) };
    },
  };
}

/** Combine verdicts: the first refusal wins. */
export function firstRefusal(...checks: (() => Verdict)[]): Verdict {
  for (const check of checks) {
    const v = check();
    if (v !== true) return v;
  }
  return true;
}
