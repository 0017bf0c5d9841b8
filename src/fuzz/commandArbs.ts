/**
 * Random command sequences for the command properties: each step names a command (every registered id, plus a few
 * unknown ones) and arguments drawn from the current document's state ids (valid), hostile names, wrong-typed
 * values and junk ids (invalid). The sequence is data; `argsFor` resolves it against the document it runs on.
 */
import fc from 'fast-check';
import { STATE_TYPES, type StateMachineDefinition } from '../asl/types.ts';
import { COMMANDS } from '../commands/registry.ts';
import { allScopes, stateId, statesOf } from '../commands/stateScopes.ts';
import { NAMES, jsonValue } from './arbitraries.ts';

export const COMMAND_IDS = [...Object.keys(COMMANDS), 'state.nope', '__proto__', 'constructor', 'toString'];

/** One step: a command id and seeds for its arguments. */
export interface StepSeed {
  id: string;
  picks: number[];
  value: unknown;
  wrongType: boolean;
}

export const stepSeed: fc.Arbitrary<StepSeed> = fc.record({
  id: fc.constantFrom(...COMMAND_IDS),
  picks: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  value: jsonValue,
  wrongType: fc.boolean(),
});

export const commandSequence = fc.array(stepSeed, { minLength: 1, maxLength: 6 });

export function stateIds(def: StateMachineDefinition): string[] {
  return allScopes(def).flatMap((scope) => Object.keys(statesOf(def, scope)).map((n) => stateId(scope, n)));
}

const KINDS = ['next', 'default', 'choice', 'catch'];
const FUNCTIONS = ['f', 'my-function:prod', 'arn:aws:lambda:us-east-1:123456789012:function:f:3', '', ' ', 'not a name!', 'x'.repeat(200)];
const PAYLOADS = ['input', 'custom', 'none', 'other'];
const FIELDS = ['Comment', 'TimeoutSeconds', 'QueryLanguage', 'Version'];
const PATHS = [['Comment'], ['Next'], ['Type'], ['Parameters', 'x'], ['__proto__', 'polluted'], ['constructor', 'prototype', 'polluted'], []];

/** Arguments for a step on `def`: every field a command reads, filled from the document or with junk. */
export function argsFor(def: StateMachineDefinition, seed: StepSeed): Record<string, unknown> {
  const { picks, value, wrongType } = seed;
  let i = 0;
  const p = (n: number): number => (n <= 0 ? 0 : (picks[i++ % picks.length] ?? 0) % n);
  const ids = stateIds(def);
  const scopes = allScopes(def);
  const id = (): unknown => {
    if (wrongType && p(4) === 0) return value;
    const k = p(10);
    if (k < 7 && ids.length) return ids[p(ids.length)];
    if (k < 8) return scopes[p(scopes.length)];
    return NAMES[p(NAMES.length)];
  };
  const index = (): unknown => (wrongType && p(3) === 0 ? value : p(4) - 1);
  const name = NAMES[p(NAMES.length)];
  return {
    id: id(),
    ids: [id(), ...(p(2) ? [id()] : [])],
    source: id(),
    target: id(),
    next: String(id()).split('/').pop(),
    after: p(2) ? id() : undefined,
    scope: wrongType && p(3) === 0 ? undefined : scopes[p(scopes.length)],
    newStartAt: p(3) === 0 ? id() : undefined,
    newName: p(2) ? `${name} ${p(9)}` : name,
    name: p(3) === 0 ? name : undefined,
    type: wrongType && p(4) === 0 ? value : STATE_TYPES[p(STATE_TYPES.length)],
    kind: wrongType && p(4) === 0 ? '__proto__' : KINDS[p(KINDS.length)],
    index: index(),
    from: index(),
    to: index(),
    replace: p(2) === 0,
    end: p(2) === 0,
    field: wrongType && p(4) === 0 ? '__proto__' : FIELDS[p(FIELDS.length)],
    path: PATHS[p(PATHS.length)],
    value: p(4) === 0 ? undefined : value,
    rule: p(2) ? { Variable: '$.x', IsPresent: true, Next: String(id()).split('/').pop() } : value,
    retrier: p(2) ? { ErrorEquals: ['States.ALL'], MaxAttempts: p(4) } : value,
    catcher: p(2) ? { ErrorEquals: ['States.ALL'], Next: String(id()).split('/').pop() } : value,
    content: p(2) ? { StartAt: 'Pasted', States: { Pasted: { Type: 'Pass', End: true } } } : value,
    // The Lambda invoke commands (commands/lambda.ts).
    functionName: wrongType && p(4) === 0 ? value : FUNCTIONS[p(FUNCTIONS.length)],
    payload: wrongType && p(4) === 0 ? value : PAYLOADS[p(PAYLOADS.length)],
    callback: wrongType && p(4) === 0 ? value : p(2) === 0,
  };
}
