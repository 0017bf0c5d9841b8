/**
 * Refusals as data (after jsonata's error codes and one message table): a stable `code` the UI may branch on, and
 * the `message` shown to the user, written here once. The UI never looks inside a message.
 *
 * Command rules still phrase most of their reasons themselves (rules.ts, names.ts); at the registry and the store
 * those become `command.refused` with the rule's text, and the refusals the UI acts on have their own code.
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

/** A command rule's reason as a refusal. */
export function refusedBy(reason: string): Refusal {
  return refuse('command.refused', { reason });
}

export function isRefusal(v: unknown): v is Refusal {
  return typeof v === 'object' && v !== null && typeof (v as Refusal).code === 'string' && typeof (v as Refusal).message === 'string';
}
