/**
 * Definitions AWS refuses (or accepts) that the validator must judge the same way; each case names its source.
 */
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../validate.ts';
import { machine } from './testing.ts';

function codes(states: Record<string, unknown>): string[] {
  return validateDefinition(machine(states)).map((d) => d.code);
}

const pass = (params: Record<string, unknown>) => ({ A: { Type: 'Pass', Parameters: params, End: true } });

describe('intrinsic string literals (intrinsic functions page: \' { } \\ are reserved and escaped with a backslash)', () => {
  it.each([
    ["States.Format('it\\'s {}', $.a)", []],
    ["States.Format('a \\{literal\\} and {}', $.a)", []],
    ["States.Format('back\\\\slash {}', $.a)", []],
    ["States.Format('say \\\"hi\\\" {}', $.a)", ['intrinsic.invalid']],
    ["States.Format('tab\\t{}', $.a)", ['intrinsic.invalid']],
  ])('%s', (value, expected) => {
    expect(codes(pass({ 'x.$': value }))).toEqual(expected);
  });
});

describe('intrinsic nesting', () => {
  const nest = (n: number) => 'States.JsonToString('.repeat(n) + '$.a' + ')'.repeat(n);
  it('accepts calls nested 10 deep and refuses 11', () => {
    expect(codes(pass({ 'x.$': nest(10) }))).toEqual([]);
    expect(codes(pass({ 'x.$': nest(11) }))).toEqual(['intrinsic.invalid']);
  });
});

describe('Fail ErrorPath and CausePath (Fail state page: only Format, JsonToString, ArrayGetItem, Base64Encode/Decode, Hash, UUID)', () => {
  const fail = (field: string, value: string) => ({ F: { Type: 'Fail', [field]: value } });
  it.each([
    ['CausePath', "States.Format('failed: {}', $.why)", []],
    ['ErrorPath', 'States.JsonToString($.e)', []],
    ['CausePath', 'States.Format(States.UUID())', []],
    ['ErrorPath', 'States.MathAdd($.a, 1)', ['fail.intrinsic.notAllowed']],
    ['CausePath', "States.Format('{}', States.ArrayLength($.list))", ['fail.intrinsic.notAllowed']],
    ['CausePath', '$.cause', []],
  ])('%s %s', (field, value, expected) => {
    expect(codes(fail(field, value))).toEqual(expected);
  });
});

describe('Assign (variables page: "states" is reserved for $states)', () => {
  it.each([
    [{ states: 1 }, ['assign.reserved']],
    [{ 'states.$': '$.x' }, ['assign.reserved']],
    [{ myStates: 1, statesCount: 2 }, []],
  ])('%j', (assign, expected) => {
    expect(codes({ A: { Type: 'Pass', Assign: assign, End: true } })).toEqual(expected);
  });
});

describe('paths with surrounding whitespace (AWS trims them)', () => {
  it('are valid', () => {
    expect(codes({ A: { Type: 'Pass', InputPath: ' $.in ', Parameters: { 'x.$': ' $.a ' }, OutputPath: '$.x ', End: true } })).toEqual([]);
  });
});
