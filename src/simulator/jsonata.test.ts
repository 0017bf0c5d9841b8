import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../asl/types.ts';
import { StatesError } from './errors.ts';
import {
  containsJsonata,
  evaluateJsonataTemplate,
  isJsonataExpression,
  jsonataBody,
  type JsonataBindings,
} from './jsonata.ts';
import { fixturePath } from '../testing/fixtures.ts';

const bindings: JsonataBindings = {
  states: {
    input: { n: 3, title: 'Doctor', values: [1, 2, 3], done: false },
    result: { Payload: { price: 9.5 } },
    errorOutput: { Error: 'E', Cause: 'c' },
    context: { State: { Name: 'S' }, Execution: { Input: { id: 9 } } },
  },
  variables: { customerName: 'María', k: 1, list: [1, 2] },
  now: () => Date.UTC(2024, 0, 2, 3, 4, 5),
  random: () => 0.25,
  uuid: () => 'u-1',
};

describe('isJsonataExpression', () => {
  it.each([
    ['{% $x %}', true],
    ['{%%}', true],
    [' {% $x %}', false],
    ['{% $x %} ', false],
    ['$x', false],
    [1, false],
    [null, false],
  ])('%j → %s', (v, want) => {
    expect(isJsonataExpression(v)).toBe(want);
  });
  it('extracts the trimmed body', () => {
    expect(jsonataBody('{%  $a + 1 %}')).toBe('$a + 1');
  });
});

describe('evaluateJsonataTemplate: values', () => {
  it.each<[string, JsonValue, JsonValue]>([
    ['input', '{% $states.input.n * 2 %}', 6],
    ['string concat', "{% 'Dr ' & $states.input.title %}", 'Dr Doctor'],
    ['variables', '{% $customerName %}', 'María'],
    ['variable arithmetic', '{% $sum($states.input.values) + $k %}', 7],
    ['result', '{% $states.result.Payload.price %}', 9.5],
    ['errorOutput', '{% $states.errorOutput %}', { Error: 'E', Cause: 'c' }],
    ['context', '{% $states.context.State.Name %}', 'S'],
    ['object template', { a: '{% $states.input.n %}', s: 'static', nested: ['{% $k %}', '$k', 1] }, { a: 3, s: 'static', nested: [1, '$k', 1] }],
    ['literals stay literal', [null, 0, true, ' {% $k %} ', '$states.input', { 'x.$': '$' }], [null, 0, true, ' {% $k %} ', '$states.input', { 'x.$': '$' }]],
    ['partition', '{% $partition([1,2,3,4], 2) %}', [[1, 2], [3, 4]]],
    ['partition single chunk', '{% $partition([0], 3) %}', [[0]]],
    ['range', '{% $range(0, 10, 2) %}', [0, 2, 4, 6, 8, 10]],
    ['range unwraps a single element', '{% $range(1, 9, 9) %}', 1],
    ['range descending', '{% $range(5, 1, -2) %}', [5, 3, 1]],
    ['hash', "{% $hash('input data', 'SHA-256') %}", 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
    ['random (injected)', '{% $random() %}', 0.25],
    ['uuid (injected)', '{% $uuid() %}', 'u-1'],
    ['parse', '{% $parse(\'{"a": [1, 2]}\') %}', { a: [1, 2] }],
    ['parse -0', "{% $parse('-0') %}", 0],
    ['now (injected clock)', '{% $now() %}', '2024-01-02T03:04:05.000Z'],
    ['millis (injected clock)', '{% $millis() %}', Date.UTC(2024, 0, 2, 3, 4, 5)],
    ['regex', '{% $contains("hello$world", /^hello\\$/) %}', true],
    ['merge', '{% $merge([{"a": 1}, {"b": 2}]) %}', { a: 1, b: 2 }],
    ['sequence becomes array', '{% $states.input.values.($ * 2) %}', [2, 4, 6]],
    ['boolean condition', '{% $not($states.input.done) %}', true],
  ])('%s', async (_name, template, want) => {
    expect(await evaluateJsonataTemplate(template, bindings, 'Output')).toEqual(want);
  });

  it('$random with a seed is deterministic', async () => {
    const a = await evaluateJsonataTemplate('{% $random(7) %}', bindings);
    expect(await evaluateJsonataTemplate('{% $random(7) %}', bindings)).toBe(a);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(1);
  });

  it('keeps __proto__ keys as data', async () => {
    const t = JSON.parse('{"__proto__": {"polluted": "{% true %}"}}') as JsonValue;
    const out = (await evaluateJsonataTemplate(t, bindings)) as object;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('containsJsonata finds nested expressions', () => {
    expect(containsJsonata({ a: [1, { b: '{% 1 %}' }] })).toBe(true);
    expect(containsJsonata({ a: [1, { b: ' {% 1 %}' }] })).toBe(false);
  });
});

describe('evaluateJsonataTemplate: errors are States.QueryEvaluationError', () => {
  it.each<[string, JsonValue, string, string]>([
    ['undefined', '{% $doesNotExist %}', 'Output', "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined)."],
    ['undefined nested', { result: '{% $doesNotExist %}' }, 'Output', "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined)."],
    ['missing field', '{% $states.input.nope %}', 'Arguments', 'returned nothing (undefined)'],
    ['function result', '{% function($x){$x} %}', 'Items', 'returned an unsupported result type.'],
    ['type error', "{% $sum('a') %}", 'Output', 'threw an error: T0412'],
    ['syntax error', '{% $states.input. %}', 'Output', 'could not be parsed'],
    ['bad hash algorithm', "{% $hash('x', 'SHA-0') %}", 'Output', 'must be one of'],
    ['bad partition size', '{% $partition([1], 0) %}', 'Output', 'positive integer'],
    ['bad range step', '{% $range(1, 5, 0) %}', 'Output', 'must not be 0'],
    ['bad parse', "{% $parse('{x') %}", 'Output', 'not valid JSON'],
    ['infinite number', '{% 1/0 %}', 'Output', "The JSONata expression '1/0'"],
    ['runaway recursion', '{% ($f := function($n){ $f($n + 1) + 1 }; $f(0)) %}', 'Output', 'threw an error: D1011'],
  ])('%s', async (_name, template, field, cause) => {
    let thrown: unknown;
    try {
      await evaluateJsonataTemplate(template, bindings, field);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect((thrown as StatesError).error).toBe('States.QueryEvaluationError');
    expect((thrown as StatesError).causeText).toContain(cause);
  });
});

interface Case {
  definition: { StartAt: string; States: Record<string, Record<string, JsonValue>> };
  input: JsonValue;
  expected: { status: string; output?: JsonValue; error?: string };
}

const dirs = [fixturePath('conformance-recorded/cases/jsonata'), fixturePath('conformance/cases/jsonata')];
const singleOutput = dirs
  .flatMap((dir) => readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Case] as const))
  .filter(([, c]) => {
    const states = Object.values(c.definition.States);
    return states.length === 1 && states[0]?.Type === 'Pass' && states[0]?.Output !== undefined;
  });

describe('conformance: single JSONata Pass states with Output', () => {
  it('finds the cases', () => {
    expect(singleOutput.length).toBeGreaterThanOrEqual(40);
  });
  it.each(singleOutput)('%s', async (_f, c) => {
    const state = c.definition.States[c.definition.StartAt] as Record<string, JsonValue>;
    const b: JsonataBindings = { states: { input: c.input, context: { Execution: { Input: c.input } } }, variables: {} };
    const got = await evaluateJsonataTemplate(state.Output as JsonValue, b, 'Output').then(
      (output) => ({ output }),
      (e: StatesError) => ({ error: e.error }),
    );
    const want = c.expected.status === 'FAILED' ? { error: c.expected.error } : { output: c.expected.output };
    expect(got).toEqual(want);
  });
});
