/**
 * Every command's do → undo check on the same machines written in other styles: four-space CRLF JSON, tab-indented
 * JSON, and YAML. Undo must restore the original text byte for byte in each.
 */
import { describe, expect, it } from 'vitest';
import { toYaml } from '../asl/serialize.ts';
import type { Command } from '../commands/command.ts';
import { COMMANDS } from '../commands/registry.ts';
import { CHAIN, NESTED, defOf, doUndo, jsonText } from '../commands/testUtil.ts';
import { applyTextEdits, computeTextEdits, invertTextEdits } from './textEdits.ts';
import { ODD_JSON } from '../testing/machines.ts';

const chain = defOf(CHAIN);
const nested = defOf(NESTED);

const CASES: [keyof typeof COMMANDS, 'chain' | 'nested', unknown][] = [
  ['state.add', 'chain', { type: 'Task', after: 'A' }],
  ['state.add', 'nested', { type: 'Parallel', scope: 'M/~p' }],
  ['state.insertOnEdge', 'chain', { type: 'Choice', source: 'B', kind: 'catch', index: 0 }],
  ['state.rename', 'nested', { id: 'M', newName: 'Each item' }],
  ['state.delete', 'chain', { ids: ['B'] }],
  ['state.delete', 'nested', { ids: ['P/~b1/C1', 'M'] }],
  ['state.duplicate', 'nested', { id: 'M' }],
  ['state.update', 'chain', { id: 'B', path: ['Parameters'], value: { FunctionName: 'f', 'Payload.$': '$' } }],
  ['state.move', 'nested', { id: 'P/~b0/B2', scope: 'M/~p', after: 'M/~p/I1' }],
  ['transition.connect', 'chain', { source: 'A', target: 'F', kind: 'next', replace: true }],
  ['transition.disconnect', 'chain', { source: 'B', kind: 'catch', index: 0 }],
  ['transition.setEnd', 'chain', { id: 'A', end: true }],
  ['machine.setStartAt', 'nested', { id: 'M' }],
  ['machine.update', 'chain', { field: 'Version', value: '1.0' }],
  ['branch.add', 'nested', { id: 'P' }],
  ['branch.remove', 'nested', { id: 'P', index: 1 }],
  ['choice.addRule', 'nested', { id: 'Choose', next: 'P', index: 0 }],
  ['choice.updateRule', 'nested', { id: 'Choose', index: 0, rule: { Variable: '$.y', IsPresent: true, Next: 'M' } }],
  ['retry.add', 'chain', { id: 'B' }],
  ['catch.add', 'nested', { id: 'M', next: 'Choose' }],
  ['clipboard.paste', 'chain', { content: { States: { A: { Type: 'Pass', End: true } } } }],
];

const STYLES: Record<string, (def: unknown) => { text: string; format: 'json' | 'yaml' }> = {
  'four-space CRLF JSON': (d) => ({ text: jsonText(d, 4).replace(/\n/g, '\r\n'), format: 'json' }),
  'tab JSON': (d) => ({ text: jsonText(d, '\t'), format: 'json' }),
  YAML: (d) => ({ text: toYaml(d), format: 'yaml' }),
};

describe.each(Object.keys(STYLES))('do → undo in %s', (style) => {
  it.each(CASES)('%s on %s', (id, machine, args) => {
    const { text, format } = STYLES[style]!(machine === 'chain' ? chain : nested);
    const command = COMMANDS[id] as Command<unknown>;
    const out = doUndo(command, text, args, format);
    expect(out.def).toEqual(command.execute(defOf(text, format), args));
  });
});

describe('commands on deliberately odd JSON', () => {
  it.each([
    ['state.add', { type: 'Wait', after: 'A' }],
    ['state.rename', { id: 'B', newName: 'Done' }],
    ['transition.setEnd', { id: 'A', end: true }],
    ['state.update', { id: 'A', path: ['Parameters'], value: { a: [1, 2] } }],
  ] as const)('%s keeps every untouched byte', (id, args) => {
    const command = COMMANDS[id] as Command<unknown>;
    const { text } = doUndo(command, ODD_JSON, args);
    const untouched = ['{\r\n    "States": {\r\n', '    },\r\n  "StartAt": "A"\r\n}'.slice(0, 6)];
    for (const part of untouched) expect(text).toContain(part);
    // A rename rewrites B's Result line's neighbour (its key); every other command leaves that line byte for byte.
    expect(id === 'state.rename' || text.includes('"Result": [1,2],   "End": true}')).toBe(true);
  });

  it('deletes a one-line state; inverse edits restore its layout exactly', () => {
    const before = defOf(ODD_JSON);
    const after = COMMANDS['state.delete'].execute(before, { ids: ['B'] });
    const edits = computeTextEdits(ODD_JSON, 'json', before, after);
    const edited = applyTextEdits(ODD_JSON, edits);
    expect(edited).toBe(ODD_JSON.replace('"B": {"Type": "Pass", "Result": [1,2],   "End": true},\r\n        ', '').replace('"Next": "B",\r\n            "Type":"Pass"', '"End": true,\r\n            "Type":"Pass"'));
    expect(applyTextEdits(edited, invertTextEdits(ODD_JSON, edits))).toBe(ODD_JSON);
  });
});
