import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../asl/types.ts';
import { StatesError } from '../errors.ts';
import type { EvalScope } from '../scope.ts';
import { evaluateIntrinsic, INTRINSIC_FUNCTION_NAMES, isIntrinsicCall, parseIntrinsic } from './index.ts';

const scope: EvalScope = {
  input: {
    name: 'Arnav',
    arr: [1, 2, 2, 3, { a: 1 }, { a: 1 }],
    obj: { k: 'v', n: [1, { x: null }] },
    nums: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    tpl: 'Hi {} and {}',
    str: 'a,b;;c',
    json: '{"a": [1, 2]}',
    big: 'x'.repeat(10_001),
  },
  context: { Execution: { Id: 'exec-1' } },
  variables: { count: 41, list: ['x', 'y'] },
  random: () => 0.5,
  uuid: () => 'fixed-uuid',
};

const ev = (expr: string): JsonValue => evaluateIntrinsic(expr, scope);

describe('evaluateIntrinsic: results', () => {
  it.each<[string, JsonValue]>([
    ["States.Format('Hello, my name is {}.', $.name)", 'Hello, my name is Arnav.'],
    ['States.Format($.tpl, $.name, 3)', 'Hi Arnav and 3'],
    ["States.Format('\\{\\} it\\'s {} \\\\ done', $.name)", "{} it's Arnav \\ done"],
    ["States.Format('{} {} {} {}', $.obj, $.nums[0], null, true)", '{k=v, n=[1, {x=null}]} 1 null true'],
    ["States.Format('{}', 1.5)", '1.5'],
    ["States.Format('no placeholders')", 'no placeholders'],
    ["States.Format('{}-{}', $count, $$.Execution.Id)", '41-exec-1'],
    ["States.StringToJson('{\"a\": 1}')", { a: 1 }],
    ['States.StringToJson($.json)', { a: [1, 2] }],
    ["States.StringToJson('')", null],
    ["States.StringToJson(' ')", null],
    ["States.StringToJson('-0')", 0],
    ['States.JsonToString($.obj)', '{"k":"v","n":[1,{"x":null}]}'],
    ["States.JsonToString('s')", '"s"'],
    ["States.Array('Foo', 2022, $.obj.k, null, true)", ['Foo', 2022, 'v', null, true]],
    ['States.Array()', []],
    ['States.ArrayPartition($.nums, 4)', [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
    ['States.ArrayPartition(States.Array(), 2)', []],
    ['States.ArrayContains($.nums, 5)', true],
    ['States.ArrayContains($.arr, $.arr[4])', true],
    ["States.ArrayContains($.nums, '5')", false],
    ['States.ArrayRange(1, 9, 2)', [1, 3, 5, 7, 9]],
    ['States.ArrayRange(0, 10, 3)', [0, 3, 6, 9]],
    ['States.ArrayRange(5, 1, -2)', [5, 3, 1]],
    ['States.ArrayRange(5, 1, 1)', []],
    ['States.ArrayGetItem($.nums, 5)', 6],
    ['States.ArrayGetItem($list, 1)', 'y'],
    ['States.ArrayLength($.nums)', 9],
    ['States.ArrayUnique($.arr)', [1, 2, 3, { a: 1 }]],
    ["States.Base64Encode('Data to encode')", 'RGF0YSB0byBlbmNvZGU='],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", 'Data to encode'],
    ["States.Base64Decode(States.Base64Encode('ünï ✓'))", 'ünï ✓'],
    ["States.Base64Encode('')", ''],
    ["States.Hash('input data', 'MD5')", '812f45842bc6d66ee14572ce20db8e86'],
    ["States.Hash('input data', 'SHA-1')", 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ["States.Hash('input data', 'SHA-256')", 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
    [
      "States.Hash('input data', 'SHA-384')",
      'd28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562',
    ],
    [
      "States.Hash('input data', 'SHA-512')",
      '6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4',
    ],
    ["States.JsonMerge($.obj, States.StringToJson('{\"k\": 2, \"z\": 1}'), false)", { k: 2, n: [1, { x: null }], z: 1 }],
    ['States.MathAdd(111, -1)', 110],
    ['States.MathAdd(1.49, 1.5)', 3],
    ['States.MathAdd(-1.5, 0)', -1],
    ['States.MathAdd(-0.5, 0)', 0],
    ['States.MathAdd($count, 1)', 42],
    ['States.MathRandom(1, 999)', 500],
    ["States.StringSplit($.str, ',;')", ['a', 'b', 'c']],
    ["States.StringSplit(',,,,', ',')", []],
    ["States.StringSplit('a b', '')", ['a b']],
    ['States.UUID()', 'fixed-uuid'],
    ["States.ArrayGetItem(States.StringSplit('arn:aws:lambda:us-east-1:123456789012:function:F', ':'), 4)", '123456789012'],
    ["  States.ArrayLength( States.Array( 1 , 'a,b)' , $.nums[?(@ > 7)] ) )  ", 3],
  ])('%s', (expr, want) => {
    expect(ev(expr)).toEqual(want);
  });

  it('MathRandom with a seed is deterministic and in range', () => {
    const a = ev('States.MathRandom(1, 999, 42)') as number;
    expect(ev('States.MathRandom(1, 999, 42)')).toBe(a);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThan(999);
    expect(ev('States.MathRandom(0, 1000000, 7)')).not.toBe(ev('States.MathRandom(0, 1000000, 8)'));
  });

  it('UUID falls back to a random v4 UUID', () => {
    const u = evaluateIntrinsic('States.UUID()', { input: {}, context: {}, variables: {} });
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('knows every documented function', () => {
    expect([...INTRINSIC_FUNCTION_NAMES].sort()).toEqual(
      ['Array', 'ArrayContains', 'ArrayGetItem', 'ArrayLength', 'ArrayPartition', 'ArrayRange', 'ArrayUnique',
        'Base64Decode', 'Base64Encode', 'Format', 'Hash', 'JsonMerge', 'JsonToString', 'MathAdd', 'MathRandom',
        'StringSplit', 'StringToJson', 'UUID'].sort(),
    );
  });
});

describe('evaluateIntrinsic: failures', () => {
  it.each<[string, string, string]>([
    ["States.Format('{} {}', 1)", 'States.IntrinsicFailure', 'placeholder'],
    ["States.Format('{}')", 'States.IntrinsicFailure', 'placeholder'],
    ['States.Format(1)', 'States.IntrinsicFailure', 'must be a string'],
    ["States.StringToJson('{bad')", 'States.IntrinsicFailure', 'not valid JSON'],
    ['States.StringToJson(1)', 'States.IntrinsicFailure', 'must be a string'],
    ['States.JsonToString()', 'States.IntrinsicFailure', 'expected 1 argument'],
    ['States.ArrayPartition($.nums, 0)', 'States.IntrinsicFailure', 'positive integer'],
    ["States.ArrayPartition('x', 1)", 'States.IntrinsicFailure', 'must be an array'],
    ['States.ArrayContains($.obj, 1)', 'States.IntrinsicFailure', 'must be an array'],
    ['States.ArrayRange(1, 9, 0)', 'States.IntrinsicFailure', 'must not be 0'],
    ['States.ArrayRange(1, 2000, 1)', 'States.IntrinsicFailure', 'more than 1000'],
    ['States.ArrayRange(1.5, 9, 1)', 'States.IntrinsicFailure', 'integer'],
    ['States.ArrayGetItem($.nums, 9)', 'States.IntrinsicFailure', 'out of bounds'],
    ['States.ArrayGetItem($.nums, -1)', 'States.IntrinsicFailure', 'out of bounds'],
    ['States.ArrayLength($.obj)', 'States.IntrinsicFailure', 'must be an array'],
    ['States.ArrayUnique(1)', 'States.IntrinsicFailure', 'must be an array'],
    ['States.Base64Encode($.big)', 'States.IntrinsicFailure', 'at most 10000'],
    ["States.Base64Decode('not base64!')", 'States.IntrinsicFailure', 'not valid base64'],
    ["States.Hash('x', 'SHA-999')", 'States.IntrinsicFailure', 'must be one of'],
    ["States.Hash(null, 'MD5')", 'States.IntrinsicFailure', 'must not be null'],
    ['States.JsonMerge($.obj, $.obj, true)', 'States.IntrinsicFailure', 'shallow'],
    ['States.JsonMerge($.obj, $.nums, false)', 'States.IntrinsicFailure', 'JSON object'],
    ['States.MathAdd(1)', 'States.IntrinsicFailure', 'expected 2'],
    ["States.MathAdd('1', 2)", 'States.IntrinsicFailure', 'must be a number'],
    ['States.MathRandom(5, 5)', 'States.IntrinsicFailure', 'greater than'],
    ['States.StringSplit(1, 2)', 'States.IntrinsicFailure', 'must be a string'],
    ['States.UUID(1)', 'States.IntrinsicFailure', 'expected 0'],
    ['States.Nope(1)', 'States.IntrinsicFailure', 'Unknown intrinsic function'],
    ['States.ArrayLength($.missing)', 'States.Runtime', "Invalid path '$.missing'"],
    ["States.Format('unterminated)", 'States.IntrinsicFailure', 'unterminated'],
    ['States.Array(1 2)', 'States.IntrinsicFailure', "expected ','"],
    ['States.Array(1) extra', 'States.IntrinsicFailure', 'unexpected text'],
    ['States.Array(bogus)', 'States.IntrinsicFailure', 'unexpected argument'],
    ['$.not.a.call', 'States.IntrinsicFailure', 'not an intrinsic function call'],
  ])('%s', (expr, error, cause) => {
    let thrown: unknown;
    try {
      ev(expr);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect((thrown as StatesError).error).toBe(error);
    expect((thrown as StatesError).causeText).toContain(cause);
  });
});

describe('parsing', () => {
  it.each([
    ['States.Format(1)', true],
    ['  States.UUID()', true],
    ['$.a', false],
    ['States.Format', false],
    ['states.Format()', false],
  ])('isIntrinsicCall(%j) = %s', (s, want) => {
    expect(isIntrinsicCall(s)).toBe(want);
  });

  it('parses argument kinds and caches the result', () => {
    const call = parseIntrinsic("States.Format('a\\'b', -1.5e2, $$.x, $v[0], States.UUID(), false)");
    expect(call.args.map((a) => a.kind)).toEqual(['string', 'literal', 'path', 'path', 'call', 'literal']);
    expect(call.args[0]).toEqual({ kind: 'string', value: "a'b", raw: "a\\'b" });
    expect(call.args[1]).toEqual({ kind: 'literal', value: -150 });
    expect(parseIntrinsic("States.Format('a\\'b', -1.5e2, $$.x, $v[0], States.UUID(), false)")).toBe(call);
  });
});
