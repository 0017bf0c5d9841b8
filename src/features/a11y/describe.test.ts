import { describe, expect, it } from 'vitest';
import { toGraph } from '../../asl/graph.ts';
import type { History, HistoryEntry } from '../../store/history.ts';
import { describeState, historyAnnouncement, outgoingTransitions, transitionText } from './describe.ts';

describe('describeState', () => {
  it.each([
    [{ name: 'A', typeLabel: 'Task' }, 'A, Task state'],
    [{ name: 'A', typeLabel: 'Task', status: 'not-run' }, 'A, Task state'],
    [{ name: 'A', typeLabel: 'Task', status: 'succeeded', transitions: ['next: B'] }, 'A, Task state, succeeded, next: B'],
    [{ name: 'A', typeLabel: 'Pass', status: 'caught-error', isStart: true }, 'A, Pass state, start, caught error'],
    [{ name: 'A', typeLabel: 'Task', errors: 2, warnings: 1, breakpoint: true }, 'A, Task state, breakpoint, 2 errors, 1 warning'],
    [{ name: 'Done', typeLabel: 'Succeed', isTerminal: true }, 'Done, Succeed state, end'],
    [{ name: 'A', typeLabel: 'Task', isTerminal: true, transitions: ['end'] }, 'A, Task state, end'],
  ])('%j → %s', (input, expected) => {
    expect(describeState(input)).toBe(expected);
  });
});

describe('transitionText', () => {
  it.each([
    [{ id: 'e', source: 'A', target: 'B', kind: 'next' as const }, 'B', 'next: B'],
    [{ id: 'e', source: 'A', target: 'B', kind: 'choice' as const, index: 1 }, 'B', 'rule 2: B'],
    [{ id: 'e', source: 'A', target: 'C', kind: 'default' as const }, 'C', 'default: C'],
    [{ id: 'e', source: 'A', target: 'F', kind: 'catch' as const, label: 'States.ALL' }, 'F', 'catch States.ALL: F'],
    [{ id: 'e', source: 'A', target: '~end', kind: 'end' as const }, undefined, 'end'],
  ])('%j', (edge, target, expected) => {
    expect(transitionText(edge, target)).toBe(expected);
  });
});

describe('outgoingTransitions', () => {
  it('phrases every outgoing transition of a state, once per graph', () => {
    const graph = toGraph({
      StartAt: 'Pick',
      States: {
        Pick: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'A' }], Default: 'B' },
        A: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', Next: 'B', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'B' }] },
        B: { Type: 'Succeed' },
      },
    });
    expect(outgoingTransitions(graph, 'Pick')).toEqual(['rule 1: A', 'default: B']);
    expect(outgoingTransitions(graph, 'A')).toEqual(expect.arrayContaining(['next: B', expect.stringMatching(/^catch.*: B$/)]));
    expect(outgoingTransitions(graph, 'A')).toBe(outgoingTransitions(graph, 'A'));
    expect(outgoingTransitions(graph, 'Nope')).toEqual([]);
  });
});

const entry = (label: string) => ({ label, snapshot: {} }) as unknown as HistoryEntry;
const h = (past: HistoryEntry[], future: HistoryEntry[] = []) => ({ past, future, lastAt: 0 }) as History;

describe('historyAnnouncement', () => {
  const add = entry('Add state');
  const rename = entry('Rename state');
  it('names a new edit and the selected state', () => {
    expect(historyAnnouncement(h([add]), h([add, rename]), 'B')).toBe('Rename state: B');
    expect(historyAnnouncement(h([]), h([add]), undefined)).toBe('Add state');
  });
  it('says what was undone and redone', () => {
    expect(historyAnnouncement(h([add, rename]), h([add], [rename]), 'B')).toBe('Undone: Rename state');
    const future = [rename, add];
    expect(historyAnnouncement(h([], future), h([add], [rename]), 'A')).toBe('Redone: Add state');
    expect(historyAnnouncement(h([add], [rename]), h([add, rename]), 'B')).toBe('Redone: Rename state');
  });
  it('says nothing when the history did not change or an edit was coalesced', () => {
    const same = h([add]);
    expect(historyAnnouncement(same, same, 'A')).toBeUndefined();
    expect(historyAnnouncement(h([add]), h([add]), 'A')).toBeUndefined();
  });
});
