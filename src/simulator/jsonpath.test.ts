import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../asl/types.ts';
import { StatesError } from './errors.ts';
import {
  applyResultPath,
  compilePath,
  evaluatePath,
  isIndefinitePath,
  tryEvaluatePath,
} from './jsonpath.ts';
import { evaluatePayloadTemplate } from './payloadTemplate.ts';
import type { EvalScope } from './scope.ts';
import { fixturePath } from '../testing/fixtures.ts';

const input = {
  a: { b: [10, 20, { c: 'deep' }] },
  'odd key': 1,
  "it's": 2,
  users: [
    { name: 'ann', age: 31 },
    { name: 'bob', age: 17 },
  ],
  z: null,
  f: false,
  zero: 0,
  empty: '',
};
const scope: EvalScope = {
  input,
  context: { Execution: { Input: { x: 1 } }, Map: { Item: { Value: { id: 7 }, Index: 2 } } },
  variables: { v: { field: [1, 2] }, n: 5, _under: 'u' },
};

function thrown(f: () => unknown): StatesError {
  try {
    f();
  } catch (e) {
    if (e instanceof StatesError) return e;
    throw e;
  }
  throw new Error('expected a StatesError');
}

describe('evaluatePath: definite paths', () => {
  it.each<[string, JsonValue]>([
    ['$', input],
    ['$.a.b[0]', 10],
    ['$.a.b[2].c', 'deep'],
    ['$.a.b[-1].c', 'deep'],
    ["$['a']['b'][1]", 20],
    ['$["odd key"]', 1],
    ["$['it\\'s']", 2],
    ['$.z', null],
    ['$.f', false],
    ['$.zero', 0],
    ['$.empty', ''],
    ['$$', scope.context],
    ['$$.Map.Item.Value.id', 7],
    ['$$.Execution.Input', { x: 1 }],
    ['$v', { field: [1, 2] }],
    ['$v.field[1]', 2],
    ['$n', 5],
    ['$_under', 'u'],
  ])('%s', (path, want) => {
    expect(evaluatePath(path, scope)).toEqual(want);
  });

  it('returns the same value for repeated (cached) evaluations', () => {
    expect(compilePath('$.a.b')).toBe(compilePath('$.a.b'));
    expect(evaluatePath('$.a.b', scope)).toBe(input.a.b);
  });
});

describe('evaluatePath: indefinite paths give arrays, [] when nothing matches', () => {
  it.each<[string, JsonValue]>([
    ['$.users[*].name', ['ann', 'bob']],
    ['$.users[?(@.age > 18)].name', ['ann']],
    ['$.users[0:1]', [{ name: 'ann', age: 31 }]],
    ['$..name', ['ann', 'bob']],
    ['$.users[0,1].age', [31, 17]],
    ['$.nothing[*]', []],
    ['$.nothing[1:]', []],
    ['$.nothing[:1].x', []],
    ['$[*]', Object.values(input)],
    ['$v.field[*]', [1, 2]],
    ['$$.Map.Item.*', [{ id: 7 }, 2]],
    ['$undefinedVar[*]', []],
  ])('%s', (path, want) => {
    expect(isIndefinitePath(path)).toBe(true);
    expect(evaluatePath(path, scope)).toEqual(want);
  });
});

describe('evaluatePath: failures', () => {
  it.each([
    ['$.nope', "Invalid path '$.nope' : No results for path: $['nope']"],
    ['$.no.such.path', "Invalid path '$.no.such.path' : Missing property in path $['no']"],
    ['$.a.b[9]', "Invalid path '$.a.b[9]' : No results for path: $['a']['b'][9]"],
    ['$.a.x.y', "Invalid path '$.a.x.y' : Missing property in path $['a']['x']"],
    ['$.a.b.c', "Invalid path '$.a.b.c' : No results for path: $['a']['b']['c']"],
    ['$.constructor', "Invalid path '$.constructor' : No results for path: $['constructor']"],
    ['$missing.x', "Invalid path '$missing.x' : The variable '$missing' is not defined"],
  ])('%s', (path, cause) => {
    const e = thrown(() => evaluatePath(path, scope));
    expect(e.error).toBe('States.Runtime');
    expect(e.causeText).toBe(cause);
    expect(tryEvaluatePath(path, scope)).toBeUndefined();
  });

  it('uses the error name the caller asks for', () => {
    expect(thrown(() => evaluatePath('$.nope', scope, 'States.ParameterPathFailure')).error).toBe(
      'States.ParameterPathFailure',
    );
  });

  it.each(['a.b', '', 'States.Format()', '$.a b'])('rejects %j as a path', (path) => {
    expect(thrown(() => evaluatePath(path, scope)).error).toBe('States.Runtime');
  });

  it('keeps __proto__ keys as plain data', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}}') as JsonValue;
    expect(evaluatePath('$.__proto__.polluted', { input: data, context: {}, variables: {} })).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('applyResultPath', () => {
  const base = { a: { b: 1 }, list: [1, { x: 1 }] };
  it.each<[string | null | undefined, JsonValue, JsonValue]>([
    [undefined, 'r', 'r'],
    ['$', { r: 1 }, { r: 1 }],
    [null, 'r', base],
    ['$.a.b', 2, { a: { b: 2 }, list: [1, { x: 1 }] }],
    ['$.a.c', 3, { a: { b: 1, c: 3 }, list: [1, { x: 1 }] }],
    ['$.new.deep.key', true, { a: { b: 1 }, new: { deep: { key: true } }, list: [1, { x: 1 }] }],
    ["$['a']['q']", 0, { a: { b: 1, q: 0 }, list: [1, { x: 1 }] }],
    ['$.list[1].y', 2, { a: { b: 1 }, list: [1, { x: 1, y: 2 }] }],
    ['$.list[0]', 'z', { a: { b: 1 }, list: ['z', { x: 1 }] }],
  ])('%s', (path, result, want) => {
    const before = JSON.stringify(base);
    expect(applyResultPath(base, result, path)).toEqual(want);
    expect(JSON.stringify(base)).toBe(before);
  });

  it.each([
    ['$.a.b.c', { a: { b: 1 } }, 'Unable to apply step "c" to input 1'],
    ['$.x', 'text', 'Unable to apply step "x" to input "text"'],
    ['$.list[5]', { list: [] }, 'Unable to apply step "5" to input []'],
    ['$[*]', {}, 'is not a Reference Path'],
    ['$$.x', {}, 'is not a Reference Path'],
  ])('%s on %j fails with States.ResultPathMatchFailure', (path, inp, cause) => {
    const e = thrown(() => applyResultPath(inp as JsonValue, 1, path));
    expect(e.error).toBe('States.ResultPathMatchFailure');
    expect(e.causeText).toContain(cause);
  });

  it('sets a __proto__ key as data without touching prototypes', () => {
    const out = applyResultPath({}, { polluted: true }, "$['__proto__']") as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('evaluatePayloadTemplate', () => {
  it.each<[string, JsonValue, JsonValue]>([
    ['static values', { a: 1, b: 'x', c: null }, { a: 1, b: 'x', c: null }],
    ['paths', { 'x.$': '$.a.b[0]', 'ctx.$': '$$.Map.Item.Value', 'var.$': '$v.field' }, { x: 10, ctx: { id: 7 }, var: [1, 2] }],
    ['nested objects and arrays', { o: { 'p.$': '$.zero' }, l: [{ 'q.$': '$.f' }, 'lit'] }, { o: { p: 0 }, l: [{ q: false }, 'lit'] }],
    ['intrinsics', { 's.$': "States.Format('{} is {}', $.users[0].name, $.users[0].age)" }, { s: 'ann is 31' }],
    ['indefinite path with no match', { 'item.$': '$.items[*]' }, { item: [] }],
    ['filter', { 'adults.$': '$.users[?(@.age >= 18)].name' }, { adults: ['ann'] }],
    ['keys that only end in .$ lose it', { '.$': 'kept', 'a.$.b': 1 }, { '.$': 'kept', 'a.$.b': 1 }],
    ['non-object templates', 'plain', 'plain'],
  ])('%s', (_name, template, want) => {
    expect(evaluatePayloadTemplate(template, scope)).toEqual(want);
  });

  it('fails with States.Runtime and AWS wording when a path finds nothing', () => {
    const e = thrown(() => evaluatePayloadTemplate({ 'value.$': '$.no_such_jsonpath' }, { ...scope, input: { 'int-literal': 0 } }));
    expect(e.error).toBe('States.Runtime');
    expect(e.causeText).toBe(
      "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"int-literal\":0}'",
    );
  });

  it('rejects a non-string value under a .$ key', () => {
    expect(thrown(() => evaluatePayloadTemplate({ 'x.$': 1 }, scope)).causeText).toContain("field 'x.$'");
  });

  it('lets intrinsic failures through', () => {
    expect(thrown(() => evaluatePayloadTemplate({ 'x.$': 'States.ArrayLength($.a)' }, scope)).error).toBe(
      'States.IntrinsicFailure',
    );
  });

  it('builds __proto__ keys as data', () => {
    const out = evaluatePayloadTemplate(JSON.parse('{"__proto__.$": "$.a"}') as JsonValue, scope) as object;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

interface PassCase {
  definition: { StartAt: string; States: Record<string, Record<string, JsonValue>> };
  input: JsonValue;
  expected: { status: string; output?: JsonValue; error?: string };
}

/** Cases whose machine is one Pass state with Parameters: run InputPath → Parameters → ResultPath → OutputPath. */
function runSinglePass(c: PassCase): { output?: JsonValue; error?: string } {
  const state = c.definition.States[c.definition.StartAt] as Record<string, JsonValue>;
  const root: EvalScope = { input: c.input, context: { Execution: { Input: c.input } }, variables: {} };
  try {
    const ip = state.InputPath;
    const effective = ip === null ? {} : typeof ip === 'string' ? evaluatePath(ip, root) : c.input;
    const result = evaluatePayloadTemplate(state.Parameters as JsonValue, { ...root, input: effective });
    const rp = state.ResultPath as string | null | undefined;
    const out = applyResultPath(c.input, result, rp);
    const op = state.OutputPath;
    return { output: op === null ? {} : typeof op === 'string' ? evaluatePath(op, { ...root, input: out }) : out };
  } catch (e) {
    return { error: (e as StatesError).error };
  }
}

const passCases = [fixturePath('conformance-recorded/cases/paths'), fixturePath('conformance/cases/paths')]
  .flatMap((dir) => readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as PassCase] as const))
  .filter(([, c]) => {
    const states = Object.values(c.definition.States);
    return states.length === 1 && states[0]?.Type === 'Pass' && states[0]?.Parameters !== undefined;
  });

describe('conformance: single Pass states with Parameters (paths)', () => {
  it('finds the cases', () => {
    expect(passCases.length).toBeGreaterThanOrEqual(15);
  });
  it.each(passCases)('%s', (_f, c) => {
    const want = c.expected.status === 'FAILED' ? { error: c.expected.error } : { output: c.expected.output };
    expect(runSinglePass(c)).toEqual(want);
  });
});
