/**
 * Refusals as data (after jsonata's error codes and one message table): a stable `code` the UI may branch on, and
 * the `message` shown to the user, written here once. The UI never looks inside a message.
 *
 * Every rule (rules.ts: connect, add, rename, delete), name check (names.ts) and command's own `canExecute` refuses
 * with a code of this table; no refusal is phrased anywhere else.
 */

export const REFUSAL_MESSAGES = {
  'command.unknown': (p: { id: string }) => `Unknown command ${p.id}`,
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
  'transition.missing': () => 'There is no such transition',
  'transition.noEnd': (p: { type: string }) => `A ${p.type} state has no End field`,
  'add.terminalOnEdge': (p: { type: string }) => `A ${p.type} state cannot continue to the transition's target`,
  'drop.cutsChain': (p: { type: string; name: string }) =>
    `A ${p.type} state after ${p.name} would cut the chain: the states after it would become unreachable`,
  'drop.badMode': (p: { type: string; name: string }) => `A ${p.type} state cannot be added to ${p.name} that way`,
  'move.sameScope': () => 'The state is already in that scope',
  'move.intoItself': () => 'A state cannot be moved into itself',
  'edit.noField': () => 'Name a field to change',
  'edit.typeChange': () => 'Changing the type of a state is not supported',
  'edit.nothingToChange': () => 'Nothing to change',
  'machine.notString': (p: { field: string }) => `${p.field} must be a string`,
  'machine.badTimeout': () => 'TimeoutSeconds must be a positive whole number',
  'machine.badQueryLanguage': () => 'QueryLanguage must be JSONPath or JSONata',
  'machine.unknownField': (p: { field: string }) => `${p.field} is not a machine field that can be edited here`,
  'branch.notParallel': (p: { id: string }) => `${p.id} is not a Parallel state`,
  'branch.missing': (p: { index: number }) => `There is no branch ${p.index + 1}`,
  'branch.lastOne': () => 'A Parallel state needs at least one branch',
  'list.noTarget': (p: { target: string }) => `There is no state ${p.target} to go to in this scope`,
  'list.wrongType': (p: { what: string; types: readonly string[] }) => `${p.what} belong to ${p.types.join(', ')} states only`,
  'list.noItem': (p: { what: string; index: number }) => `There is no ${p.what} ${p.index + 1}`,
  'choice.chooseRuleTarget': () => 'Choose the state the new rule goes to',
  'choice.lastRule': () => 'A Choice state needs at least one rule',
  'choice.ruleNotObject': () => 'A rule must be an object',
  'catch.notObject': () => 'A catcher must be an object',
  'clipboard.notAsl': () => 'The clipboard does not hold ASL JSON',
  'clipboard.noStates': () => 'The clipboard holds no states',
  'clipboard.notAState': (p: { name: string }) => `${p.name} is not a state`,
  'lambda.notInvokeTask': (p: { id: string }) => `${p.id} is not a Lambda invoke Task`,
  'lambda.functionMissing': () => 'Enter a function name or ARN',
  /** The function name's own check (src/asl/lambdaFunction.ts, its codes and messages). */
  'lambda.badFunction': (p: { error: { code: string; message: string } }) => p.error.message,
  'lambda.choosePayload': () => 'Choose a payload',
  'lambda.chooseCallback': () => 'Choose whether to wait for a callback',
  'lambda.alreadyFits': () => 'The Task already fits its Resource',
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

export function isRefusal(v: unknown): v is Refusal {
  return typeof v === 'object' && v !== null && typeof (v as Refusal).code === 'string' && typeof (v as Refusal).message === 'string';
}
