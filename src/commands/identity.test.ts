import { describe, expect, it } from 'vitest';
import { tryCommand } from './registry.ts';
import { completeChanges, invertChanges, idsByName } from './identity.ts';
import { CHAIN, NESTED, defOf } from './testUtil.ts';

const changesOf = (text: string, id: Parameters<typeof tryCommand>[1], args: unknown) => {
  const r = tryCommand(defOf(text), id, args);
  if (!r.ok) throw new Error(r.reason);
  return r.identityChanges;
};

describe('identity changes declared by commands', () => {
  it('state.rename: the renamed state (nested states follow by id)', () => {
    expect(changesOf(CHAIN, 'state.rename', { id: 'B', newName: 'Work' })).toEqual([{ kind: 'rename', from: 'B', to: 'Work' }]);
    expect(changesOf(NESTED, 'state.rename', { id: 'P', newName: 'Q' })).toEqual([{ kind: 'rename', from: 'P', to: 'Q' }]);
  });

  it('state.delete: each deleted state and everything nested in it', () => {
    expect(changesOf(NESTED, 'state.delete', { ids: ['P'] })).toEqual([
      { kind: 'delete', id: 'P' },
      { kind: 'delete', id: 'P/~b0/B1' },
      { kind: 'delete', id: 'P/~b0/B2' },
      { kind: 'delete', id: 'P/~b1/C1' },
    ]);
  });

  it('state.move: from one scope to another', () => {
    expect(changesOf(NESTED, 'state.move', { id: 'P/~b1/C1', scope: '' })).toEqual([{ kind: 'move', from: 'P/~b1/C1', to: 'C1' }]);
  });

  it('state.duplicate and clipboard.paste: copies, nested states paired with their copies', () => {
    expect(changesOf(NESTED, 'state.duplicate', { id: 'M' })).toEqual([
      { kind: 'copy', from: 'M', to: 'M (1)' },
      { kind: 'copy', from: 'M/~p/I1', to: 'M (1)/~p/I1 (1)' },
    ]);
    const fragment = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } });
    expect(changesOf(CHAIN, 'clipboard.paste', { content: fragment, scope: '' })).toEqual([
      { kind: 'copy', from: 'A', to: 'A (1)' },
      { kind: 'copy', from: 'B', to: 'B (1)' },
    ]);
  });

  it('commands that drop or renumber states as a side effect: inferred deletions and moves', () => {
    // Removing branch 0 drops B1 and B2, and C1 moves from branch 1 to branch 0.
    expect(changesOf(NESTED, 'branch.remove', { id: 'P', index: 0 })).toEqual([
      { kind: 'delete', id: 'P/~b0/B1' },
      { kind: 'delete', id: 'P/~b0/B2' },
      { kind: 'move', from: 'P/~b1/C1', to: 'P/~b0/C1' },
    ]);
    expect(changesOf(CHAIN, 'state.update', { id: 'A', path: ['Comment'], value: 'x' })).toEqual([]);
  });

  it('adds: every new state with its type (nested ones too); copies, renames and moves are no adds', () => {
    expect(changesOf(CHAIN, 'state.add', { type: 'Task', name: 'Charge', scope: '' })).toEqual([{ kind: 'add', id: 'Charge', type: 'Task' }]);
    expect(changesOf(NESTED, 'state.insertOnEdge', { type: 'Pass', name: 'Mid', source: 'P/~b0/B1', kind: 'next' })).toEqual([
      { kind: 'add', id: 'P/~b0/Mid', type: 'Pass' },
    ]);
    // Pasted from another workflow: no state of that name here, so the states are new (nested ones included).
    const fragment = JSON.stringify({
      StartAt: 'Loop',
      States: { Loop: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: 'arn:x', End: true } } } } },
    });
    expect(changesOf(CHAIN, 'clipboard.paste', { content: fragment, scope: '' })).toEqual([
      { kind: 'add', id: 'Loop', type: 'Map' },
      { kind: 'add', id: 'Loop/~p/Call', type: 'Task' },
    ]);
    expect(changesOf(CHAIN, 'state.rename', { id: 'B', newName: 'Work' })).toEqual([{ kind: 'rename', from: 'B', to: 'Work' }]);
    expect(changesOf(NESTED, 'state.duplicate', { id: 'P/~b1/C1' })).toEqual([{ kind: 'copy', from: 'P/~b1/C1', to: 'P/~b1/C1 (1)' }]);
  });

  it('an add is undone by a deletion', () => {
    expect(invertChanges([{ kind: 'add', id: 'X', type: 'Task' }])).toEqual([{ kind: 'delete', id: 'X' }]);
  });

  it('a rename of a container does not also report its nested states as moved', () => {
    const before = defOf(NESTED);
    const r = tryCommand(before, 'state.rename', { id: 'P', newName: 'Q' });
    expect(r.ok && completeChanges(before, r.definition, [{ kind: 'rename', from: 'P', to: 'Q' }])).toEqual([
      { kind: 'rename', from: 'P', to: 'Q' },
    ]);
  });

  it('inverts in reverse order: a copy is undone by a deletion, a deletion by a restore', () => {
    expect(
      invertChanges([
        { kind: 'rename', from: 'A', to: 'B' },
        { kind: 'copy', from: 'B', to: 'C' },
        { kind: 'delete', id: 'D' },
      ]),
    ).toEqual([
      { kind: 'restore', id: 'D' },
      { kind: 'delete', id: 'C' },
      { kind: 'rename', from: 'B', to: 'A' },
    ]);
  });

  it('ignores names that occur twice in a loaded document', () => {
    const def = defOf(JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [
      { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } },
      { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } },
    ] } } }));
    expect([...idsByName(def).keys()]).toEqual(['P']);
  });
});
