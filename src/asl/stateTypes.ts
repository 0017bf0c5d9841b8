/**
 * What each state type is, in one table: the one place that says which types end a chain, which can catch and
 * retry, which have Next/End, which hold sub-machines, and how they are named and described. Everything that
 * asks such a question (graph, validator, simulator, commands, canvas handles, inspector, palette) reads it here.
 * Looks (icon, accent colour) are in src/ui/stateLooks.ts.
 */
import { isStateType, type StateType } from './types.ts';

export interface StateTypeTraits {
  /** Shown on the palette, the node and in messages. */
  label: string;
  description: string;
  /** Ends its chain by its type (no Next, no End): Succeed and Fail. */
  terminal: boolean;
  /** Continues with Next or stops with End (all but Choice, Succeed and Fail). */
  hasNext: boolean;
  /** Takes Catch and Retry (Task, Parallel, Map). */
  canCatch: boolean;
  canRetry: boolean;
  /** Holds sub-machines (Parallel branches, a Map's ItemProcessor). */
  container: boolean;
}

const t = (label: string, description: string, f: Partial<StateTypeTraits>): StateTypeTraits => ({
  label,
  description,
  terminal: false,
  hasNext: true,
  canCatch: false,
  canRetry: false,
  container: false,
  ...f,
});

export const STATE_TRAITS: Readonly<Record<StateType, StateTypeTraits>> = {
  Task: t('Task', 'Call an AWS service or a Lambda function', { canCatch: true, canRetry: true }),
  Choice: t('Choice', 'Branch on conditions', { hasNext: false }),
  Pass: t('Pass', 'Pass input to output, optionally adding data', {}),
  Wait: t('Wait', 'Wait for a time or until a timestamp', {}),
  Succeed: t('Succeed', 'Stop the execution successfully', { terminal: true, hasNext: false }),
  Fail: t('Fail', 'Stop the execution with an error', { terminal: true, hasNext: false }),
  Parallel: t('Parallel', 'Run branches in parallel', { canCatch: true, canRetry: true, container: true }),
  Map: t('Map', 'Run a workflow for each item of an array', { canCatch: true, canRetry: true, container: true }),
};

/** The traits of a type read from a document (undefined for a missing or unknown type). */
export function traitsOf(type: unknown): StateTypeTraits | undefined {
  return isStateType(type) ? STATE_TRAITS[type] : undefined;
}

/** Succeed or Fail: a type that ends its chain by itself. */
export const isTerminalType = (type: unknown): boolean => traitsOf(type)?.terminal === true;

/** Task, Parallel or Map: a type that takes Catch (and Retry). */
export const canCatch = (type: unknown): boolean => traitsOf(type)?.canCatch === true;

/** Parallel or Map. */
export const isContainerType = (type: unknown): boolean => traitsOf(type)?.container === true;

/** Choice, Succeed or Fail: a type with neither Next nor End. */
export const hasNoNext = (type: unknown): boolean => traitsOf(type)?.hasNext === false;

/** A state that ends its thread when it finishes: End true, or Succeed/Fail. */
export function endsThread(state: { Type?: unknown; End?: unknown }): boolean {
  return state.End === true || isTerminalType(state.Type);
}
