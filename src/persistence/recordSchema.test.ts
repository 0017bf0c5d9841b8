import { describe, expect, it } from 'vitest';
import { makeRecord } from './library.ts';
import { recordProblem } from './recordSchema.ts';

const good = makeRecord({ name: 'Orders', text: '{"StartAt":"A","States":{}}' }, 1_700_000_000_000, 'id-1');

describe('library records read back from IndexedDB (issue 18)', () => {
  it('accepts a record the app wrote', () => {
    expect(recordProblem(good)).toBeUndefined();
    expect(recordProblem({ ...good, sidecar: { positions: { A: { x: 1e19, y: 0 } } } })).toBeUndefined();
  });

  it.each([
    [null, 'the stored entry is not a workflow record'],
    [{ ...good, id: '' }, 'it has no id'],
    [{ ...good, name: 5 }, 'its name is not text'],
    [{ ...good, text: { StartAt: 'A' } }, 'its definition is not text'],
    [{ ...good, format: 'xml' }, 'its format "xml" is neither json nor yaml'],
    [{ ...good, revision: -1 }, 'its revision is not a whole number'],
    [{ ...good, updatedAt: Number.NaN }, 'its dates are not numbers'],
    [{ ...good, extras: [] }, 'its extras (input and mocks) are not an object'],
  ])('refuses %j, saying why', (record, why) => {
    expect(recordProblem(record)).toBe(why);
  });
});
