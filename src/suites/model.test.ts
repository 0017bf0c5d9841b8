import { describe, expect, it } from 'vitest';
import { addCase, duplicateCase, EMPTY_SUITE, removeCase, renameCase, renameProblem, uniqueCaseName, updateCase, type TestCase, type TestSuite } from './model.ts';
import { parseSuite } from './schema.ts';

const c = (name: string): TestCase => ({ name, input: { n: 1 }, mocks: { T: { '0': { Return: 1 } } }, expect: { status: 'SUCCEEDED', output: 1 } });

describe('suite edits', () => {
  it('adds under a free name, renames, duplicates next to the source and removes, never mutating', () => {
    let s: TestSuite = addCase(EMPTY_SUITE, c('Happy'));
    s = addCase(s, c('Happy'));
    expect(s.cases.map((x) => x.name)).toEqual(['Happy', 'Happy 2']);
    expect(uniqueCaseName(s, 'Happy 2')).toBe('Happy 3');
    const before = JSON.stringify(s);
    const d = duplicateCase(s, 'Happy');
    expect(d.cases.map((x) => x.name)).toEqual(['Happy', 'Happy 3', 'Happy 2']);
    expect(d.cases[1]!.mocks).toEqual(d.cases[0]!.mocks);
    expect(d.cases[1]!.mocks).not.toBe(d.cases[0]!.mocks);
    expect(renameProblem(d, 'Happy', 'Happy 2')).toBe("A test named 'Happy 2' already exists");
    expect(renameCase(d, 'Happy', 'Happy 2')).toBe(d);
    const r = renameCase(d, 'Happy', 'Sad');
    expect(r.cases.map((x) => x.name)).toEqual(['Sad', 'Happy 3', 'Happy 2']);
    const u = updateCase(r, 'Sad', (x) => ({ ...x, expect: { status: 'FAILED', error: 'E' } }));
    expect(u.cases[0]!.expect).toEqual({ status: 'FAILED', error: 'E' });
    expect(removeCase(u, 'Sad').cases.map((x) => x.name)).toEqual(['Happy 3', 'Happy 2']);
    expect(JSON.stringify(s)).toBe(before);
    expect(EMPTY_SUITE.cases).toEqual([]);
  });
});

describe('parseSuite', () => {
  it('accepts a stored suite and gives back an equal one', () => {
    const s = addCase(addCase(EMPTY_SUITE, c('a')), { ...c('b'), expect: { status: 'SUCCEEDED', output: { x: 1 }, outputMatch: 'subset', visits: ['P/~b0/X'] } });
    const p = parseSuite(JSON.parse(JSON.stringify(s)));
    expect(p).toEqual({ ok: true, value: s });
  });

  it('names the first problem', () => {
    expect(parseSuite({})).toEqual({ ok: false, message: 'a test suite is an object with a list of cases' });
    expect(parseSuite({ cases: [c('a'), c('a')] })).toEqual({ ok: false, message: "two tests are named 'a'" });
    expect(parseSuite({ cases: [{ ...c('a'), expect: { status: 'DONE' } }] })).toMatchObject({ ok: false, message: expect.stringMatching(/^test 'a': status must be one of/) });
    expect(parseSuite({ cases: [{ ...c('a'), mocks: { T: { x: { Return: 1 } } } }] })).toMatchObject({ ok: false, message: expect.stringMatching(/^test 'a': mocks\.T: Invalid invocation key 'x'/) });
    expect(parseSuite({ cases: [{ ...c('a'), expect: { status: 'FAILED', visits: [1] } }] })).toMatchObject({ ok: false, message: "test 'a': visits is not a list of state names" });
  });
});
