import { describe, expect, it } from 'vitest';
import type { IdentityChange } from '../commands/identity.ts';
import { emptySidecar } from '../layout/sidecar.ts';
import { applyToEdgeKeyed, applyToIdKeyed, applyToNameKeyed, applyToSidecar } from './stateData.ts';

const keep = { copies: false };
const copy = { copies: true };

describe('per-state data follows identity changes', () => {
  it('id-keyed data: a rename or move carries nested keys, a deletion drops them, a restore brings them back', () => {
    const data = { P: 1, 'P/~b0/A': 2, Q: 3 };
    const renamed = applyToIdKeyed(data, [{ kind: 'rename', from: 'P', to: 'R' }], undefined, keep);
    expect({ ...renamed }).toEqual({ R: 1, 'R/~b0/A': 2, Q: 3 });
    const moved = applyToIdKeyed(data, [{ kind: 'move', from: 'Q', to: 'P/~b0/Q' }], undefined, keep);
    expect({ ...moved }).toEqual({ P: 1, 'P/~b0/A': 2, 'P/~b0/Q': 3 });
    const deleted = applyToIdKeyed(data, [{ kind: 'delete', id: 'P' }], undefined, keep);
    expect({ ...deleted }).toEqual({ Q: 3 });
    expect({ ...applyToIdKeyed(deleted, [{ kind: 'restore', id: 'P' }], data, keep) }).toEqual(data);
    // A prefix that is not a path segment is not nested: `PX` is not under `P`.
    expect({ ...applyToIdKeyed({ PX: 1 }, [{ kind: 'delete', id: 'P' }], undefined, keep) }).toEqual({ PX: 1 });
  });

  it('id-keyed data copies only when asked, and leaves the input untouched', () => {
    const data = Object.freeze({ A: 1 });
    const change: IdentityChange[] = [{ kind: 'copy', from: 'A', to: 'A (1)' }];
    expect(applyToIdKeyed(data, change, undefined, keep)).toBe(data);
    expect({ ...applyToIdKeyed(data, change, undefined, copy) }).toEqual({ A: 1, 'A (1)': 1 });
  });

  it('name-keyed data (mocks): renames follow, moves keep the name, copies are copied, deletions undone by restore', () => {
    const mocks = { SendNotification: 'm1', Inner: 'm2' };
    expect({ ...applyToNameKeyed(mocks, [{ kind: 'rename', from: 'SendNotification', to: 'Notify' }], undefined, copy) }).toEqual({
      Notify: 'm1',
      Inner: 'm2',
    });
    // Renaming a container leaves the names of states inside it alone.
    expect(applyToNameKeyed(mocks, [{ kind: 'rename', from: 'P', to: 'Q' }], undefined, copy)).toEqual(mocks);
    expect(applyToNameKeyed(mocks, [{ kind: 'move', from: 'P/~b0/Inner', to: 'Inner' }], undefined, copy)).toBe(mocks);
    expect({ ...applyToNameKeyed(mocks, [{ kind: 'copy', from: 'M/~p/Inner', to: 'M (1)/~p/Inner (1)' }], undefined, copy) }).toEqual({
      ...mocks,
      'Inner (1)': 'm2',
    });
    const gone = applyToNameKeyed(mocks, [{ kind: 'delete', id: 'P/~b0/Inner' }], undefined, copy);
    expect({ ...gone }).toEqual({ SendNotification: 'm1' });
    expect({ ...applyToNameKeyed(gone, [{ kind: 'restore', id: 'P/~b0/Inner' }], mocks, copy) }).toEqual(mocks);
  });

  it('a name a state is renamed to loses whatever was left under it', () => {
    expect({ ...applyToNameKeyed({ Old: 'stale' }, [{ kind: 'rename', from: 'A', to: 'Old' }], undefined, copy) }).toEqual({});
  });

  it('edge-keyed data follows both ends and goes with a deleted end', () => {
    const edges = { 'A->next->B': true, 'B->end': true, 'C->catch0->A': true } as Record<string, true>;
    expect(Object.keys(applyToEdgeKeyed(edges, [{ kind: 'rename', from: 'A', to: 'X' }]))).toEqual(['X->next->B', 'B->end', 'C->catch0->X']);
    expect(Object.keys(applyToEdgeKeyed(edges, [{ kind: 'delete', id: 'B' }]))).toEqual(['C->catch0->A']);
  });

  it('the sidecar: a renamed state keeps its position; a state moved to another scope is laid out afresh', () => {
    const sidecar = { ...emptySidecar(), positions: { P: { x: 1, y: 2 }, 'P/~b0/A': { x: 3, y: 4 } } };
    expect(applyToSidecar(sidecar, [{ kind: 'rename', from: 'P', to: 'Q' }]).positions).toEqual({ Q: { x: 1, y: 2 }, 'Q/~b0/A': { x: 3, y: 4 } });
    expect(applyToSidecar(sidecar, [{ kind: 'move', from: 'P', to: 'M/~p/P' }]).positions).toEqual({ 'M/~p/P/~b0/A': { x: 3, y: 4 } });
    expect(applyToSidecar(sidecar, [])).toBe(sidecar);
  });
});
