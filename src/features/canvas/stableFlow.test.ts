import { describe, expect, it } from 'vitest';
import { flowCache, reuseUnchanged, sameNode } from './stableFlow.ts';
import type { StateFlowNode } from './nodeData.ts';

const node = (id: string, x = 0, selected = false, problems: string[] = []): StateFlowNode => ({
  id,
  type: 'state',
  position: { x, y: 0 },
  selected,
  data: { name: id, kind: 'state', errors: 0, warnings: problems.length, problems, horizontal: false, ruleCount: 0, canCatch: true, renaming: false },
});

describe('reuseUnchanged', () => {
  it('keeps the objects of unchanged nodes and replaces changed ones', () => {
    const cache = flowCache<StateFlowNode>();
    const first = reuseUnchanged(cache, [node('a'), node('b'), node('c')], sameNode);
    const second = reuseUnchanged(cache, [node('a'), node('b', 0, true), node('c', 5)], sameNode);
    expect(second.map((n, i) => n === first[i])).toEqual([true, false, false]);
  });

  it('returns the previous array itself when nothing changed', () => {
    const cache = flowCache<StateFlowNode>();
    const first = reuseUnchanged(cache, [node('a', 0, false, ['x']), node('b')], sameNode);
    expect(reuseUnchanged(cache, [node('a', 0, false, ['x']), node('b')], sameNode)).toBe(first);
  });

  it('sees changes in nested arrays and new fields', () => {
    expect([sameNode(node('a', 0, false, ['x']), node('a', 0, false, ['y'])), sameNode(node('a'), { ...node('a'), ariaLabel: 'A' } as StateFlowNode)]).toEqual([false, false]);
  });

  it('follows removals and reordering', () => {
    const cache = flowCache<StateFlowNode>();
    const first = reuseUnchanged(cache, [node('a'), node('b')], sameNode);
    const second = reuseUnchanged(cache, [node('b')], sameNode);
    expect([second.length, second[0] === first[1]]).toEqual([1, true]);
  });
});
