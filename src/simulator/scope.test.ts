import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../asl/types.ts';
import { copyObject, deepEqual, getOwn, isJsonObject, jsonText, jsonTypeName, setOwn } from './scope.ts';

describe('deepEqual', () => {
  it.each<[JsonValue | undefined, JsonValue | undefined, boolean]>([
    [1, 1, true],
    [0, -0, true],
    ['a', 'a', true],
    [null, null, true],
    [null, {}, false],
    [1, '1', false],
    [true, 1, false],
    [[1, [2, { a: 3 }]], [1, [2, { a: 3 }]], true],
    [[1, 2], [2, 1], false],
    [[1], [1, 1], false],
    [{ a: 1, b: [2] }, { b: [2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: undefined as unknown as JsonValue }, { b: undefined as unknown as JsonValue }, false],
    [[], {}, false],
    [{}, [], false],
    [undefined, null, false],
  ])('%j vs %j → %s', (a, b, want) => {
    expect(deepEqual(a, b)).toBe(want);
    expect(deepEqual(b, a)).toBe(want);
  });
});

describe('prototype-safe object helpers', () => {
  it('setOwn stores __proto__ as an own data property', () => {
    const o: Record<string, JsonValue> = {};
    setOwn(o, '__proto__', { polluted: true });
    setOwn(o, 'a', 1);
    expect(Object.keys(o)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getOwn(o, '__proto__')).toEqual({ polluted: true });
  });

  it('copyObject keeps __proto__ keys and makes a new object', () => {
    const src = JSON.parse('{"__proto__": 1, "b": 2}') as Record<string, JsonValue>;
    const copy = copyObject(src);
    expect(copy).not.toBe(src);
    expect(Object.keys(copy)).toEqual(['__proto__', 'b']);
    expect(getOwn(copy, '__proto__')).toBe(1);
  });

  it('getOwn ignores inherited names', () => {
    expect(getOwn({}, 'constructor')).toBeUndefined();
    expect(getOwn({}, 'toString')).toBeUndefined();
    expect(getOwn({ x: 0 }, 'x')).toBe(0);
  });
});

describe('type helpers', () => {
  it.each<[unknown, string, boolean]>([
    [null, 'null', false],
    [[], 'array', false],
    [{}, 'object', true],
    ['s', 'string', false],
    [1, 'number', false],
    [true, 'boolean', false],
  ])('%j is %s', (v, name, isObject) => {
    expect(jsonTypeName(v)).toBe(name);
    expect(isJsonObject(v)).toBe(isObject);
  });

  it('jsonText prints undefined', () => {
    expect(jsonText(undefined)).toBe('undefined');
    expect(jsonText({ a: [1] })).toBe('{"a":[1]}');
  });
});
