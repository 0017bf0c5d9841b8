/**
 * The one registry of commands, so the UI (menus, shortcuts, the command stack) can look a command up by its id.
 * `tryCommand` is the checked entry point: it asks `canExecute` and returns the new definition or the reason.
 */
import type { StateMachineDefinition } from '../asl/types.ts';
import type { Command } from './command.ts';
import type { IdentityChange } from './identity.ts';
import { paste } from './clipboard.ts';
import { fitLambdaResource, setLambdaCallback, setLambdaFunction, setLambdaPayload } from './lambda.ts';
import { addCatcher, addRetrier, addRule, moveRule, removeCatcher, removeRetrier, removeRule, updateCatcher, updateRetrier, updateRule } from './lists.ts';
import { addBranch, removeBranch, setStartAt, updateMachine } from './machine.ts';
import { addState, insertStateOnEdge } from './stateAdd.ts';
import { deleteStates } from './stateDelete.ts';
import { dropOnState } from './stateDrop.ts';
import { duplicateState, updateStateField, updateStateFields } from './stateEdit.ts';
import { refuse, type Refusal } from './refusals.ts';
import { moveState } from './stateMove.ts';
import { renameState } from './stateRename.ts';
import { connect, disconnect, setEnd } from './transitions.ts';

/** Every command, keyed by id. The argument types are those of each command's module. */
export const COMMANDS = {
  'state.add': addState,
  'state.insertOnEdge': insertStateOnEdge,
  'state.dropOn': dropOnState,
  'state.rename': renameState,
  'state.delete': deleteStates,
  'state.duplicate': duplicateState,
  'state.update': updateStateField,
  'state.updateFields': updateStateFields,
  'state.move': moveState,
  'transition.connect': connect,
  'transition.disconnect': disconnect,
  'transition.setEnd': setEnd,
  'machine.setStartAt': setStartAt,
  'machine.update': updateMachine,
  'branch.add': addBranch,
  'branch.remove': removeBranch,
  'choice.addRule': addRule,
  'choice.removeRule': removeRule,
  'choice.updateRule': updateRule,
  'choice.moveRule': moveRule,
  'retry.add': addRetrier,
  'retry.remove': removeRetrier,
  'retry.update': updateRetrier,
  'catch.add': addCatcher,
  'catch.remove': removeCatcher,
  'catch.update': updateCatcher,
  'clipboard.paste': paste,
  'lambda.setFunction': setLambdaFunction,
  'lambda.setPayload': setLambdaPayload,
  'lambda.setCallback': setLambdaCallback,
  'lambda.fitResource': fitLambdaResource,
} as const;

export type CommandId = keyof typeof COMMANDS;

/** The argument type of a command, by id. */
export type CommandArgs<K extends CommandId> = (typeof COMMANDS)[K] extends Command<infer A> ? A : never;

export function getCommand<K extends CommandId>(id: K): Command<CommandArgs<K>>;
export function getCommand(id: string): Command<unknown> | undefined;
export function getCommand(id: string): Command<unknown> | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, id) ? (COMMANDS[id as CommandId] as Command<unknown>) : undefined;
}

export function listCommands(): Command<unknown>[] {
  return Object.values(COMMANDS) as Command<unknown>[];
}

export type CommandResult =
  | { ok: true; definition: StateMachineDefinition; identityChanges: IdentityChange[] }
  | { ok: false; refusal: Refusal; /** The refusal's message. */ reason: string };

/** Run a command by id: the new definition, or the reason it was refused (unknown ids are refused too). */
export function tryCommand<K extends CommandId>(def: StateMachineDefinition, id: K, args: CommandArgs<K>): CommandResult;
export function tryCommand(def: StateMachineDefinition, id: string, args: unknown): CommandResult;
export function tryCommand(def: StateMachineDefinition, id: string, args: unknown): CommandResult {
  const command = getCommand(id);
  if (!command) return refused(refuse('command.unknown', { id }));
  const verdict = command.canExecute(def, args);
  if (verdict !== true) return refused(verdict);
  const { definition, identityChanges } = command.apply(def, args);
  return { ok: true, definition, identityChanges };
}

function refused(refusal: Refusal): CommandResult {
  return { ok: false, refusal, reason: refusal.message };
}
