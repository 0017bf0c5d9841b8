/**
 * Refusals as data (after jsonata's error codes and one message table): a stable `code` the UI may branch on, and
 * the `message` shown to the user, written here once. The UI never looks inside a message.
 *
 * The rules (rules.ts: connect, add, rename, delete) and the name checks (names.ts) refuse with codes of this table.
 * A few command-specific checks still phrase their reason themselves; at the registry and the store those become
 * `command.refused` with that text.
 */

export const REFUSAL_MESSAGES = {
  'command.unknown': (p: { id: string }) => `Unknown command ${p.id}`,
  'command.refused': (p: { reason: string }) => p.reason,
  'document.syntaxError': () => 'The definition has a syntax error: fix the text first',
  'document.parsing': () => 'The definition is being parsed',
  'selection.empty': (p: { action: string }) => `Select a state to ${p.action}`,
  'delete.chooseStart': (p: { start: string; none: boolean }) =>
    `Deleting ${p.start} leaves no ${p.none ? '' : 'single '}state to start from: choose the new start state`,
  'machine.chooseStart': () => 'Choose the state to start at',
  'state.missing': (p: { id: string }) => `There is no state ${p.id}`,
  'scope.missing': (p: { scope: string }) => `There is no scope ${p.scope}`,
  'name.empty': () => 'A state name cannot be empty',
  'name.tooLong': (p: { max: number }) => `A state name can have at most ${p.max} characters`,
  'name.taken': (p: { name: string }) => `A state named "${p.name}" already exists`,
  'connect.crossesScope': () => 'A transition cannot cross the boundary of a Parallel branch or a Map item processor',
  'connect.terminalSource': (p: { name: string; type: string }) =>
    `${p.name} is a ${p.type} state: it ends the execution and has no outgoing transitions`,
  'connect.noNext': (p: { type: string }) => `A ${p.type} state has no Next: add a rule or a Default instead`,
  'connect.hasNext': (p: { name: string; next: string }) => `${p.name} already goes to ${p.next}`,
  'connect.defaultNotChoice': () => 'Only a Choice state has a Default',
  'connect.hasDefault': (p: { name: string; target: string }) => `${p.name} already has a Default (${p.target})`,
  'connect.rulesNotChoice': () => 'Only a Choice state has rules',
  'connect.noRule': (p: { name: string; index: number }) => `${p.name} has no rule ${p.index + 1}`,
  'connect.cannotCatch': () => 'Only Task, Parallel and Map states can catch errors',
  'connect.noCatcher': (p: { name: string; index: number }) => `${p.name} has no catcher ${p.index + 1}`,
  'connect.unknownKind': (p: { kind: string }) => `Unknown transition kind ${p.kind}`,
  'add.unknownType': (p: { type: string }) => `Unknown state type ${p.type}`,
  'add.afterInOtherScope': () => 'The state to insert after is in another scope',
  'add.afterTerminal': (p: { type: string }) => `Nothing can follow a ${p.type} state`,
  'add.afterChoice': () => 'A Choice state has no Next: insert the new state on one of its edges',
  'delete.nothing': () => 'Nothing to delete',
  'delete.badStart': (p: { name: string }) => `${p.name} cannot become the start state`,
} as const satisfies Record<string, (params: never) => string>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;
type ParamsOf<C extends RefusalCode> = Parameters<(typeof REFUSAL_MESSAGES)[C]>[0];

export interface Refusal {
  code: RefusalCode;
  message: string;
}

/** The refusal with its message from the table. */
export function refuse<C extends RefusalCode>(code: C, ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]): Refusal {
  const message = (REFUSAL_MESSAGES[code] as (p: unknown) => string)(params[0]);
  return { code, message };
}

/** A command rule's verdict as a refusal (a reason in its own words becomes `command.refused`). */
export function refusedBy(reason: string | Refusal): Refusal {
  return typeof reason === 'string' ? refuse('command.refused', { reason }) : reason;
}

/** The text shown for a refusal or a reason. */
export function reasonText(reason: string | Refusal): string {
  return typeof reason === 'string' ? reason : reason.message;
}

export function isRefusal(v: unknown): v is Refusal {
  return typeof v === 'object' && v !== null && typeof (v as Refusal).code === 'string' && typeof (v as Refusal).message === 'string';
}
