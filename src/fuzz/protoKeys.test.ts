/**
 * `__proto__`, `constructor` and `prototype` as state names, keys and values: JSON allows them and `JSON.parse`
 * keeps `__proto__` as an own key, so every layer must too: parse, validate, the graph, every command and its text
 * edits, serialization and the simulator. Nothing may land on Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse.ts';
import { serialize } from '../asl/serialize.ts';
import { toGraph } from '../asl/graph.ts';
import { validate } from '../asl/validate.ts';
import type { StateMachineDefinition } from '../asl/types.ts';
import { tryCommand } from '../commands/registry.ts';
import { applyTextEdits, computeTextEdits } from '../textedit/textEdits.ts';
import { simulate } from '../simulator/index.ts';
import { resultsInvoker } from '../simulator/mocks.ts';
import { assertNoPollution } from './properties.ts';

const TEXT = `{
  "Comment": "prototype keys everywhere",
  "StartAt": "__proto__",
  "States": {
    "__proto__": { "Type": "Pass", "Parameters": { "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } } }, "Next": "constructor" },
    "constructor": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "prototype" },
    "prototype": { "Type": "Succeed" }
  }
}
`;

const def = () => parseDocument(TEXT).value as StateMachineDefinition;

afterEach(() => assertNoPollution());

describe('prototype keys in a definition', () => {
  it('parses, validates and projects them as ordinary names', () => {
    const doc = parseDocument(TEXT);
    expect(Object.keys((doc.value as StateMachineDefinition).States)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(validate(doc).filter((d) => d.severity === 'error')).toEqual([]);
    const names = toGraph(doc.value).nodes.filter((n) => n.kind === 'state').map((n) => n.name);
    expect(names).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('round-trips them through JSON and YAML', () => {
    for (const format of ['json', 'yaml'] as const) {
      const again = parseDocument(serialize(def(), format), format).value;
      expect(JSON.stringify(again)).toBe(JSON.stringify(def()));
    }
  });

  it.each([
    ['state.rename', { id: '__proto__', newName: 'First' }],
    ['state.rename', { id: 'prototype', newName: '__proto__x' }],
    ['state.update', { id: '__proto__', path: ['Comment'], value: 'c' }],
    ['state.add', { type: 'Pass', after: '__proto__', name: 'Added' }],
    ['state.delete', { ids: ['__proto__'], newStartAt: 'constructor' }],
    ['state.duplicate', { id: '__proto__' }],
    ['machine.setStartAt', { id: 'constructor' }],
  ] as const)('%s %j edits the text to hold the result, and back', (id, args) => {
    for (const format of ['json', 'yaml'] as const) {
      const before = def();
      const text = serialize(before, format);
      const result = tryCommand(before, id, args);
      expect(result.ok).toBe(true);
      const after = (result as { definition: StateMachineDefinition }).definition;
      const edited = applyTextEdits(text, computeTextEdits(text, format, before, after));
      expect(JSON.stringify(parseDocument(edited, format).value)).toBe(JSON.stringify(after));
      const back = applyTextEdits(edited, computeTextEdits(edited, format, after, before));
      expect(JSON.stringify(parseDocument(back, format).value)).toBe(JSON.stringify(before));
    }
  });

  it('simulates them, with prototype keys in the input and in a mock result', async () => {
    const input = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}') as never;
    const mockResult = JSON.parse('{"__proto__": {"polluted": 2}, "ok": true}');
    const r = await simulate(def(), { input, invoker: resultsInvoker({ constructor: mockResult }) });
    expect(r.status).toBe('SUCCEEDED');
    expect(JSON.stringify(r.output)).toContain('"ok":true');
    expect(JSON.stringify(r.output)).toContain('"__proto__"');
  });
});

describe('objects that cannot be converted to a primitive (an own toString or valueOf that is not a function)', () => {
  const odd = JSON.parse('{"toString": 1, "valueOf": 2}') as unknown;
  const text = JSON.stringify({
    StartAt: 'A',
    States: {
      A: { Type: 'Choice', Choices: [{ Variable: '$.x', StringEquals: odd, Next: 'B' }, { Condition: odd, Next: 'B' }], Default: 'B' },
      B: { Type: odd },
    },
  });

  it('validate reports them and toGraph summarises them, without throwing', () => {
    const doc = parseDocument(text);
    expect(validate(doc).map((d) => d.code)).toContain('state.type.unknown');
    const labels = toGraph(doc.value).edges.filter((e) => e.kind === 'choice').map((e) => e.label);
    expect(labels).toEqual(['$.x == {"toString":1,"valueOf":2}', '{"toString":1,"valueOf":2}']);
  });
});
