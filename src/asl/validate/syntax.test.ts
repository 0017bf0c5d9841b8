import { describe, expect, it } from 'vitest';
import { checkIntrinsic } from './intrinsics.ts';
import { jsonataBody, jsonataError } from './jsonata.ts';
import { checkPath } from './jsonpath.ts';

describe('checkPath', () => {
  it.each([
    ['$', '$', true],
    ['$.a.b', '$', true],
    ["$['a b'][0]", '$', true],
    ['$.a[-1]', '$', true],
    ['$.Snapshots.[0].State', '$', true],
    ['$.[0]', '$', true],
    ['$$', '$$', false],
    ['$$.Execution.Input.x', '$$', false],
    ['$$.Map.Item.Value', '$$', false],
    ['$myVar', 'variable', false],
    ['$my_var2.items[0]', 'variable', false],
    ['$..x', '$', false],
    ['$.[?(@.OU > 0)]', '$', false],
    ['$.a[?(@.b == "x]")]', '$', false],
    ['$.a[*].b', '$', false],
    ['$.a.*', '$', false],
    ['$.a[0:2]', '$', false],
    ['$.a[1,2]', '$', false],
    ["$['a','b']", '$', false],
    ['$.a.length()', '$', false],
    ['$.a-b.c_d', '$', true],
  ])('accepts %s', (path, root, reference) => {
    expect(checkPath(path)).toEqual({ root, reference });
  });

  it.each([
    ['', 'it is empty'],
    ['a.b', "it must start with '$'"],
    ['$.', "it ends with '.'"],
    ['$.a[', "the '[' at position 4 is not closed"],
    ['$.a[]', "'[]' is empty"],
    ['$.a[x y]', "'[x y]' is not a valid index, name, slice or filter"],
    ['$.a[?()]', 'the filter [?()] is empty'],
    ['$.a b', "'a b' is not a valid field name (use ['…'] for special characters)"],
    ['$.length().x', 'nothing may follow length()'],
    ['$ .a', "unexpected ' ' at position 2"],
    ['$.a]', "'a]' is not a valid field name (use ['…'] for special characters)"],
  ])('rejects %j: %s', (path, error) => {
    expect(checkPath(path).error).toBe(error);
  });
});

describe('checkIntrinsic', () => {
  it.each([
    "States.Format('Hello {}', $.name)",
    "States.Format('{} \\' \\{x\\} {}', $$.Execution.Id, States.UUID())",
    'States.StringToJson($.idempotencyTable.Item.executionresult.S)',
    'States.Array(1, -2.5, true, null, $.a[?(@.b > 1)], $v)',
    "States.ArrayGetItem(States.StringSplit($.s, ','), 0)",
    'States.MathRandom(1, 99, $.seed)',
    'States.UUID()',
    'States.Array()',
  ])('accepts %s', (call) => {
    expect(checkIntrinsic(call)).toBeNull();
  });

  it.each([
    ['States.Nope($.a)', { kind: 'unknown', name: 'States.Nope' }],
    ['States.UUID(1)', { kind: 'arity', name: 'States.UUID', expected: '0', actual: 1 }],
    ['States.MathAdd(1)', { kind: 'arity', name: 'States.MathAdd', expected: '2', actual: 1 }],
    ['States.MathRandom(1, 2, 3, 4)', { kind: 'arity', name: 'States.MathRandom', expected: '2 to 3', actual: 4 }],
    ["States.Format('a', )", { kind: 'invalid', detail: "unexpected ')' in the arguments" }],
    ["States.Format('{} {}', $.a)", { kind: 'invalid', detail: 'the template has 2 {} placeholder(s) but 1 value(s) follow' }],
    ["States.Format('abc", { kind: 'invalid', detail: 'a string literal is not closed' }],
    ['States.JsonToString($.a', { kind: 'invalid', detail: 'States.JsonToString( is not closed' }],
    ['States.JsonToString($.a) x', { kind: 'invalid', detail: "unexpected 'x' after the call" }],
    ['States.Array($.)', { kind: 'invalid', detail: "argument $. is not a valid path: it ends with '.'" }],
    ['States.Array a', { kind: 'invalid', detail: "expected '(' after States.Array" }],
  ])('rejects %s', (call, problem) => {
    expect(checkIntrinsic(call)).toEqual(problem);
  });
});

describe('JSONata', () => {
  it('recognizes {% %} strings only', () => {
    expect(jsonataBody('{% $x %}')).toBe(' $x ');
    expect(jsonataBody('{%$states.input%}')).toBe('$states.input');
    expect(jsonataBody('{% $x')).toBeUndefined();
    expect(jsonataBody('$x %}')).toBeUndefined();
    expect(jsonataBody(3)).toBeUndefined();
  });

  it('compiles, caches and explains', () => {
    expect(jsonataError(' $merge([$states.input, {"a": 1}]) ')).toBeNull();
    expect(jsonataError('$states.input.')).toMatch(/at character \d+/);
    expect(jsonataError('$states.input.')).toBe(jsonataError('$states.input.'));
    expect(jsonataError('  ')).toBe('the expression is empty');
  });
});
