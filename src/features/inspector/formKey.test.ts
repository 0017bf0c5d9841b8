import { describe, expect, it } from 'vitest';
import { nextFormKey, type Inspected } from './formKey.ts';

const task = (id: string, parentId?: string): Inspected => ({ id, type: 'Task', parentId });
const graphOf = (...ids: string[]) => (id: string) => ids.includes(id);

describe('nextFormKey', () => {
  it('keeps the key while the same state stays inspected', () => {
    expect(nextFormKey('A', task('A'), task('A'), graphOf('A', 'B'))).toBe('A');
  });

  it('keeps the key through a rename of the inspected state', () => {
    expect(nextFormKey('A', task('A'), task('A2'), graphOf('A2', 'B'))).toBe('A');
    // …and through a second rename, keyed by the first id still.
    expect(nextFormKey('A', task('A2'), task('A3'), graphOf('A3', 'B'))).toBe('A');
  });

  it('starts a fresh form for another state while the previous one still exists', () => {
    expect(nextFormKey('A', task('A'), task('B'), graphOf('A', 'B'))).toBe('B');
  });

  it('starts a fresh form when the previous state is gone but the next one differs in type or scope', () => {
    expect(nextFormKey('A', task('A'), { id: 'B', type: 'Pass', parentId: undefined }, graphOf('B'))).toBe('B');
    expect(nextFormKey('A', task('A'), task('B', 'P/branch 0'), graphOf('B'))).toBe('B');
  });

  it('is empty with nothing inspected, and a fresh key after nothing was', () => {
    expect(nextFormKey('A', task('A'), undefined, graphOf('A'))).toBe('');
    expect(nextFormKey('', undefined, task('B'), graphOf('B'))).toBe('B');
  });
});
