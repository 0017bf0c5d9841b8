import { describe, expect, it } from 'vitest';
import { allStates, generateRealisticMachine } from './generate.ts';
import { parseDocument } from './parse.ts';
import { validate } from './validate.ts';

const TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

describe('generateRealisticMachine', () => {
  it.each([100, 1000, 5000])('has exactly %i states', (size) => {
    expect(allStates(generateRealisticMachine(size, 7))).toHaveLength(size);
  });

  it.each([1, 2, 29, 31])('has exactly %i states for small sizes too', (size) => {
    expect(allStates(generateRealisticMachine(size))).toHaveLength(size);
  });

  it('is deterministic from the seed', () => {
    const a = JSON.stringify(generateRealisticMachine(1000, 42));
    const b = JSON.stringify(generateRealisticMachine(1000, 42));
    expect(a).toBe(b);
  });

  it('varies with the seed', () => {
    expect(JSON.stringify(generateRealisticMachine(1000, 1))).not.toBe(JSON.stringify(generateRealisticMachine(1000, 2)));
  });

  it.each([100, 1000, 5000])('uses all eight state types at %i states', (size) => {
    const types = new Set(allStates(generateRealisticMachine(size)).map(([, s]) => s.Type));
    expect([...types].sort()).toEqual([...TYPES].sort());
  });

  it('nests a Map inside a Parallel and has Choice fan-outs and Retry/Catch', () => {
    const states = allStates(generateRealisticMachine(1000)).map(([, s]) => s);
    const nestedMap = states.some((s) => s.Type === 'Parallel' && allStates({ States: (s.Branches as { States: Record<string, Record<string, unknown>> }[])[0]!.States }).some(([, x]) => x.Type === 'Map'));
    const widest = Math.max(...states.filter((s) => s.Type === 'Choice').map((s) => (s.Choices as unknown[]).length));
    expect({ nestedMap, wide: widest >= 4, retry: states.some((s) => s.Retry), catch: states.some((s) => s.Catch) }).toEqual({ nestedMap: true, wide: true, retry: true, catch: true });
  });

  it.each([100, 1000, 5000])('is valid at %i states (no error diagnostics)', (size) => {
    const doc = parseDocument(JSON.stringify(generateRealisticMachine(size, 3), null, 2));
    expect(validate(doc).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
