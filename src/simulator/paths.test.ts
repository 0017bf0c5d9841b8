/** The compiled templates and paths (paths.ts) give what the JSONPath module gives, values and errors alike. */
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../asl/types.ts';
import { StatesError } from './errors.ts';
import { evaluatePath } from './jsonpath.ts';
import { evaluatePayloadTemplate } from './payloadTemplate.ts';
import { buildTemplate, readPath } from './paths.ts';
import type { EvalScope } from './scope.ts';

const scope = (): EvalScope => ({
  input: { a: { b: 1 }, list: [1, 2, 3], n: 4, s: 'x' },
  context: { Map: { Item: { Index: 2, Value: 'v' } } },
  variables: { v: 7 },
  random: () => 0.5,
  uuid: () => 'fixed-uuid',
});

/** The outcome of evaluating: `{value}` or `{error, cause}`. */
function outcome(f: () => JsonValue): { value: JsonValue } | { error: string; cause: string } {
  try {
    return { value: f() };
  } catch (e) {
    if (!(e instanceof StatesError)) throw e;
    return { error: e.error, cause: e.causeText };
  }
}

const templates: [string, JsonValue][] = [
  ['plain paths', { 'x.$': '$.a.b', 'ctx.$': '$$.Map.Item.Value', lit: 'y' }],
  ['an intrinsic call', { 'count.$': 'States.MathAdd($.n, 1)' }],
  ['nested objects and arrays', { o: { 'p.$': '$.s', arr: [{ 'q.$': '$' }, 1, 'two'] } }],
  ['a path the fast read does not take', { 'first.$': '$.list[0]', 'var.$': '$v' }],
  ['an array walked by a plain path', { 'len.$': '$.list.b' }],
  ['a missing field', { 'ok.$': '$.n', 'missing.$': '$.nope' }],
  ['a failing intrinsic', { 'bad.$': "States.MathAdd($.s, 1)" }],
  ['a `.$` value that is not a string', { 'x.$': 5 }],
  ['the key ".$" itself (a literal key)', { '.$': { 'y.$': '$.n' } }],
  ['a literal template', [{ a: 1 }, null, true]],
];

describe('buildTemplate', () => {
  it.each(templates)('given %s, then it gives what evaluatePayloadTemplate gives', (_, t) => {
    expect(outcome(() => buildTemplate(t, scope()))).toEqual(outcome(() => evaluatePayloadTemplate(t, scope())));
  });

  it('given an intrinsic call before a field that misses, then the call runs once (no re-evaluation)', () => {
    let calls = 0;
    const s: EvalScope = { ...scope(), random: () => (calls++, 0.25) };
    const t = { 'r.$': 'States.MathRandom(1, 100)', 'missing.$': '$.nope' };
    expect(outcome(() => buildTemplate(t, s))).toEqual(outcome(() => evaluatePayloadTemplate(t, scope())));
    expect(calls).toBe(1);
  });
});

describe('readPath', () => {
  it.each(['$', '$.a.b', '$$.Map.Item.Index', '$.list[1]', '$.nope', '$.list.b'])('given %s, then it gives what evaluatePath gives', (p) => {
    expect(outcome(() => readPath(p, scope()))).toEqual(outcome(() => evaluatePath(p, scope())));
  });
});
