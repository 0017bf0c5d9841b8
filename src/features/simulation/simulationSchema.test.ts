import { describe, expect, it } from 'vitest';
import { checkMockSet, checkSimulationSetup, mockProblem } from './simulationSchema.ts';

describe('saved simulation set-ups from outside (issue 18)', () => {
  it.each([
    [{ kind: 'code', code: 'export const handler = () => 1' }, undefined],
    [{ kind: 'result', result: { a: [1, null, 'x'] } }, undefined],
    [{ kind: 'error', error: 'E', cause: '' }, undefined],
    [{ kind: 'sequence', steps: [{ kind: 'error', error: 'E', cause: 'c' }, { kind: 'result', result: 1 }] }, undefined],
    [{ kind: 'sequence', steps: 'not a list' }, 'has a sequence that is not a list of 1 to 1000 entries'],
    [{ kind: 'sequence', steps: [] }, 'has a sequence that is not a list of 1 to 1000 entries'],
    [{ kind: 'sequence', steps: [{ kind: 'code', code: '' }] }, 'has a sequence entry 1 that has an unknown kind "code"'],
    [{ kind: 'code', code: 5 }, 'has code that is not text (or over 1 MB)'],
    [{ kind: 'result', result: Number.NaN }, 'has a result that is not a JSON value'],
    [{ kind: 'result' }, 'has a result that is not a JSON value'],
    [{ kind: 'error', error: null, cause: 'c' }, 'has an error or cause that is not text'],
    [{ kind: 'constructor' }, 'has an unknown kind "constructor"'],
    ['code', 'is not an object'],
  ])('mockProblem(%j) = %s', (mock, problem) => {
    expect(mockProblem(mock)).toBe(problem);
  });

  it('keeps the good mocks of a set (also one for __proto__) and names the bad ones', () => {
    const raw = JSON.parse('{"__proto__":{"kind":"result","result":1},"Bad":{"kind":"sequence"},"Good":{"kind":"error","error":"E","cause":"c"}}') as unknown;
    const { mocks, problems } = checkMockSet(raw);
    expect(Object.keys(mocks).sort()).toEqual(['Good', '__proto__']);
    expect(Object.getPrototypeOf(mocks)).toBeNull();
    expect(problems).toEqual(['the mock of “Bad” has a sequence that is not a list of 1 to 1000 entries']);
  });

  it('falls back field by field for a damaged set-up', () => {
    const { setup, problems } = checkSimulationSetup({ inputText: 7, presets: { a: '{}', b: 1 }, mocks: 'x' });
    expect(setup).toEqual({ inputText: '{}', presets: { a: '{}' }, mocks: {} });
    expect(problems).toEqual(['the execution input is not text (or over 1 MB)', 'the input preset “b” is not text', 'the mocks are not an object']);
    expect(checkSimulationSetup(undefined)).toEqual({ setup: { inputText: '{}', presets: {}, mocks: {} }, problems: [] });
  });
});
