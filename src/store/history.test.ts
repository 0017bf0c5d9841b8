import { describe, expect, it } from 'vitest';
import { emptyHistory, record as recordSnapshot, redo as redoSnapshot, undo as undoSnapshot, BURST_MS, type EditOrigin, type History } from './history.ts';

// These tests exercise texts; the sidecar travels along unchanged.
const snap = (text: string) => ({ text, sidecar: null });
const record = (h: History, text: string, origin: EditOrigin, label: string, now: number) => recordSnapshot(h, snap(text), origin, label, now);
const wrap = (step: ReturnType<typeof undoSnapshot>) => step && { ...step, text: step.snapshot.text };
const undo = (h: History, text: string) => wrap(undoSnapshot(h, snap(text)));
const redo = (h: History, text: string) => wrap(redoSnapshot(h, snap(text)));

describe('history', () => {
  it('undoes and redoes command steps in order', () => {
    let h = emptyHistory();
    h = record(h, 'a', 'command', 'Add state', 0);
    h = record(h, 'b', 'command', 'Rename state', 10);
    const u1 = undo(h, 'c')!;
    expect(u1.text).toBe('b');
    expect(u1.label).toBe('Rename state');
    const u2 = undo(u1.history, u1.text)!;
    expect(u2.text).toBe('a');
    expect(undo(u2.history, u2.text)).toBeUndefined();
    const r1 = redo(u2.history, u2.text)!;
    expect(r1.text).toBe('b');
    const r2 = redo(r1.history, r1.text)!;
    expect(r2.text).toBe('c');
    expect(redo(r2.history, r2.text)).toBeUndefined();
  });

  it('groups a burst of typing into one step but not typing after a command', () => {
    let h = emptyHistory();
    h = record(h, 'x', 'command', 'Add state', 0);
    h = record(h, 'x1', 'editor', 'Typing', 100);
    h = record(h, 'x12', 'editor', 'Typing', 200);
    h = record(h, 'x123', 'editor', 'Typing', 200 + BURST_MS + 1);
    expect(h.past.map((e) => e.snapshot.text)).toEqual(['x', 'x1', 'x123']);
  });

  it('a new edit clears redo', () => {
    let h = record(emptyHistory(), 'a', 'command', 'A', 0);
    const u = undo(h, 'b')!;
    h = record(u.history, 'a', 'command', 'C', 5);
    expect(h.future).toEqual([]);
  });
});
