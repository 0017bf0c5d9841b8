/**
 * Every refusal is typed: a code from the one message table (refusals.ts) and that table's message. The UI can tell
 * refusals apart by code, never by their wording. One case per code a rule or command gives.
 */
import { describe, expect, it } from 'vitest';
import { parseFunctionRef } from '../asl/lambdaFunction.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { readFragment } from './clipboard.ts';
import type { Verdict } from './command.ts';
import { REFUSAL_MESSAGES, refuse, type RefusalCode } from './refusals.ts';
import { tryCommand } from './registry.ts';
import { canAdd, canConnect, canDelete, canRename } from './rules.ts';
import { CHAIN, NESTED, defOf } from './testUtil.ts';

const chain = defOf(CHAIN);
const nested = defOf(NESTED);
const lambdaDef = {
  StartAt: 'L',
  States: { L: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, End: true } },
} as StateMachineDefinition;

const oneBranch = {
  StartAt: 'P',
  States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true } },
} as StateMachineDefinition;

/** The verdict of a command run by id through the registry. */
const run = (def: StateMachineDefinition, id: string, args: unknown): Verdict => {
  const r = tryCommand(def, id, args);
  return r.ok ? true : r.refusal;
};

/** Each code with a rule or command that gives it, and the parameters its message is made of. */
const CASES: [RefusalCode, () => Verdict | ReturnType<typeof readFragment>, Record<string, unknown>?][] = [
  ['command.unknown', () => run(chain, 'state.fly', {}), { id: 'state.fly' }],
  ['state.missing', () => canConnect(chain, 'Z', 'A', 'next'), { id: 'Z' }],
  ['scope.missing', () => run(chain, 'state.move', { id: 'A', scope: 'Q/~p' }), { scope: 'Q/~p' }],
  ['name.empty', () => canRename(chain, 'A', ' ')],
  ['name.tooLong', () => canRename(chain, 'A', 'x'.repeat(81)), { max: 80 }],
  ['name.taken', () => canRename(chain, 'A', 'B'), { name: 'B' }],
  ['connect.crossesScope', () => canConnect(nested, 'P/~b0/B2', 'M', 'next')],
  ['connect.terminalSource', () => canConnect(chain, 'C', 'A', 'next'), { name: 'C', type: 'Succeed' }],
  ['connect.noNext', () => canConnect(nested, 'Choose', 'M', 'next'), { type: 'Choice' }],
  ['connect.hasNext', () => canConnect(chain, 'A', 'C', 'next'), { name: 'A', next: 'B' }],
  ['connect.defaultNotChoice', () => canConnect(chain, 'A', 'C', 'default')],
  ['connect.hasDefault', () => canConnect(nested, 'Choose', 'P', 'default'), { name: 'Choose', target: 'M' }],
  ['connect.rulesNotChoice', () => canConnect(chain, 'A', 'C', 'choice')],
  ['connect.noRule', () => canConnect(nested, 'Choose', 'P', 'choice', { index: 4 }), { name: 'Choose', index: 4 }],
  ['connect.cannotCatch', () => canConnect(nested, 'Choose', 'M', 'catch')],
  ['connect.noCatcher', () => canConnect(chain, 'B', 'C', 'catch', { index: 3 }), { name: 'B', index: 3 }],
  ['connect.unknownKind', () => canConnect(chain, 'A', 'C', 'warp' as never), { kind: 'warp' }],
  ['add.unknownType', () => canAdd(chain, { type: 'Nope' as never }), { type: 'Nope' }],
  ['add.afterInOtherScope', () => canAdd(nested, { type: 'Pass', scope: 'M/~p', after: 'P' })],
  ['add.afterTerminal', () => canAdd(chain, { type: 'Pass', after: 'C' }), { type: 'Succeed' }],
  ['add.afterChoice', () => canAdd(nested, { type: 'Pass', after: 'Choose' })],
  ['add.terminalOnEdge', () => run(chain, 'state.insertOnEdge', { type: 'Succeed', source: 'A', kind: 'next' }), { type: 'Succeed' }],
  ['delete.nothing', () => canDelete(chain, [])],
  ['delete.chooseStart', () => canDelete(nested, ['Choose']), { start: 'Choose', none: false }],
  ['delete.badStart', () => canDelete(chain, ['A'], 'Z'), { name: 'Z' }],
  ['transition.missing', () => run(chain, 'transition.disconnect', { source: 'C', kind: 'next' })],
  ['transition.noEnd', () => run(nested, 'transition.setEnd', { id: 'Choose', end: true }), { type: 'Choice' }],
  ['drop.cutsChain', () => run(chain, 'state.dropOn', { type: 'Succeed', target: 'A', mode: 'after' }), { type: 'Succeed', name: 'A' }],
  ['drop.badMode', () => run(chain, 'state.dropOn', { type: 'Pass', target: 'C', mode: 'after' }), { type: 'Pass', name: 'C' }],
  ['move.sameScope', () => run(nested, 'state.move', { id: 'M/~p/I1', scope: 'M/~p' })],
  ['move.intoItself', () => run(nested, 'state.move', { id: 'M', scope: 'M/~p' })],
  ['edit.noField', () => run(chain, 'state.update', { id: 'A', path: [], value: 1 })],
  ['edit.typeChange', () => run(chain, 'state.update', { id: 'A', path: ['Type'], value: 'Wait' })],
  ['edit.nothingToChange', () => run(chain, 'state.updateFields', { id: 'A', changes: [] })],
  ['machine.notString', () => run(chain, 'machine.update', { field: 'Comment', value: 3 }), { field: 'Comment' }],
  ['machine.badTimeout', () => run(chain, 'machine.update', { field: 'TimeoutSeconds', value: -1 })],
  ['machine.badQueryLanguage', () => run(chain, 'machine.update', { field: 'QueryLanguage', value: 'SQL' })],
  ['machine.unknownField', () => run(chain, 'machine.update', { field: 'States', value: {} }), { field: 'States' }],
  ['branch.notParallel', () => run(chain, 'branch.add', { id: 'A' }), { id: 'A' }],
  ['branch.missing', () => run(nested, 'branch.remove', { id: 'P', index: 5 }), { index: 5 }],
  ['branch.lastOne', () => run(oneBranch, 'branch.remove', { id: 'P', index: 0 })],
  ['list.noTarget', () => run(chain, 'catch.add', { id: 'B', next: 'Nowhere' }), { target: 'Nowhere' }],
  ['list.wrongType', () => run(chain, 'retry.add', { id: 'A' }), { what: 'Retriers', types: ['Task', 'Parallel', 'Map'] }],
  ['list.noItem', () => run(chain, 'retry.remove', { id: 'B', index: 2 }), { what: 'retrier', index: 2 }],
  ['choice.chooseRuleTarget', () => run(defOf(JSON.stringify({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [] } } })), 'choice.addRule', { id: 'C' })],
  ['choice.lastRule', () => run(nested, 'choice.removeRule', { id: 'Choose', index: 0 })],
  ['choice.ruleNotObject', () => run(nested, 'choice.updateRule', { id: 'Choose', index: 0, rule: 'x' })],
  ['catch.notObject', () => run(chain, 'catch.update', { id: 'B', index: 0, catcher: 7 })],
  ['clipboard.notAsl', () => readFragment('{ not: [valid'), undefined],
  ['clipboard.noStates', () => run(chain, 'clipboard.paste', { content: '{"States": {}}' })],
  ['clipboard.notAState', () => run(chain, 'clipboard.paste', { content: { States: { X: { Type: 'Nope' } } } }), { name: 'X' }],
  ['lambda.notInvokeTask', () => run(chain, 'lambda.setPayload', { id: 'A', payload: 'none' }), { id: 'A' }],
  ['lambda.functionMissing', () => run(lambdaDef, 'lambda.setFunction', { id: 'L', functionName: 5 })],
  ['lambda.badFunction', () => run(lambdaDef, 'lambda.setFunction', { id: 'L', functionName: 'bad name!' }), { error: parseFunctionRef('bad name!') }],
  ['lambda.choosePayload', () => run(lambdaDef, 'lambda.setPayload', { id: 'L', payload: 'everything' })],
  ['lambda.chooseCallback', () => run(lambdaDef, 'lambda.setCallback', { id: 'L', callback: 'yes' })],
  ['lambda.alreadyFits', () => run(lambdaDef, 'lambda.fitResource', { id: 'L' })],
];

/** Codes given outside src/commands (the store, the actions, the inspector). */
const ELSEWHERE: RefusalCode[] = ['document.syntaxError', 'document.parsing', 'selection.empty', 'machine.chooseStart'];

describe('typed refusals', () => {
  it.each(CASES)('%s', (code, verdictOf, params) => {
    const v = verdictOf();
    expect(v).not.toBe(true);
    const refusal = v as { code: string; message: string };
    expect(refusal.code).toBe(code);
    expect(refusal.message.length).toBeGreaterThan(0);
    // A code without parameters: the message is the table's; with them, the whole refusal is refuse()'s.
    expect(refusal).toEqual(refuse(code as 'state.missing', (params ?? {}) as { id: string }));
  });

  it('every code of the table has a case here or is given outside the commands', () => {
    const covered = new Set<string>([...CASES.map(([c]) => c), ...ELSEWHERE]);
    expect(Object.keys(REFUSAL_MESSAGES).filter((c) => !covered.has(c))).toEqual([]);
    expect(Object.keys(REFUSAL_MESSAGES)).not.toContain('command.refused');
  });

  it('a bad function name carries the message of its own check', () => {
    const v = run(lambdaDef, 'lambda.setFunction', { id: 'L', functionName: 'arn:aws:lambda:nowhere:1:function:f' }) as { code: string; message: string };
    expect(v.code).toBe('lambda.badFunction');
    expect(v.message).toMatch(/Region/i);
  });

  it('the registry passes a rule code through', () => {
    const r = tryCommand(chain, 'transition.connect', { source: 'A', target: 'C', kind: 'next' });
    expect(!r.ok && r.refusal.code).toBe('connect.hasNext');
    expect(!r.ok && r.reason).toBe(refuse('connect.hasNext', { name: 'A', next: 'B' }).message);
  });
});
