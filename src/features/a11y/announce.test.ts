import { describe, expect, it } from 'vitest';
import type { History, HistoryEntry } from '../../store/history.ts';
import { historyAnnouncement } from './announce.ts';

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
