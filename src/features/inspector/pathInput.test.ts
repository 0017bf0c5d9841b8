import { describe, expect, it } from 'vitest';
import { parsePathInput, pathText } from './pathInput.ts';

describe('parsePathInput', () => {
  it.each([
    ['', 'path', undefined],
    ['$', 'path', '$'],
    ['$.a.b', 'path', '$.a.b'],
    [' $.a ', 'path', '$.a'],
    ['$$.Execution.Id', 'path', '$$.Execution.Id'],
    ["$['a b']", 'path', "$['a b']"],
    ['$.items[0]', 'referencePath', '$.items[0]'],
    ['null', 'nullablePath', null],
    ['null', 'referencePath', null],
    ['States.Format(\'{}\', $.x)', 'pathOrIntrinsic', "States.Format('{}', $.x)"],
  ] as const)('accepts %j as %s', (text, kind, value) => {
    expect(parsePathInput(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ['a.b', 'path', /starts with \$/],
    ['null', 'path', /null is not allowed/],
    ['$.a[0', 'path', /Unbalanced/],
    ['$.a.', 'path', /cannot end/],
    ['$..a', 'path', /contain \.\./],
    ['$.a b', 'path', /spaces/],
    ['$.items[*]', 'referencePath', /single node/],
    ['$.items[?(@.x)]', 'referencePath', /single node/],
    ['States.Format(', 'pathOrIntrinsic', /must end/],
  ] as const)('refuses %j as %s', (text, kind, message) => {
    const r = parsePathInput(text, kind);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(message);
  });

  it('shows null and strings', () => {
    expect(pathText(null)).toBe('null');
    expect(pathText('$.x')).toBe('$.x');
    expect(pathText(undefined)).toBe('');
  });
});
