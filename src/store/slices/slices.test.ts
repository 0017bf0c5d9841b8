/**
 * The document, history and commands slices on a store of their own (no UI or layout slice needed beyond the
 * fields they read): each store keeps its own text, history, timers and per-state data.
 */
import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { renameState } from '../../commands/stateRename.ts';
import { emptySidecar, type LayoutSidecar } from '../../layout/sidecar.ts';
import { createCanvasShown } from '../canvasShown.ts';
import { createStateDataRegistry } from '../stateData.ts';
import { createCommandsSlice, type CommandsSlice } from './commands.ts';
import { createDocumentSlice, type DocumentSlice } from './document.ts';
import { createHistorySlice, type HistorySlice } from './history.ts';
import { createStoreTimers, PARSE_DEBOUNCE_MS } from './timers.ts';
import { createUiSlice, type UiSlice } from './ui.ts';

type Store = DocumentSlice & HistorySlice & CommandsSlice & UiSlice & { sidecar: LayoutSidecar };
const machine = (name: string) => JSON.stringify({ StartAt: name, States: { [name]: { Type: 'Succeed' } } }, null, 2);

function slicesStore() {
  return create<Store>()((set, get) => {
    const canvasShown = createCanvasShown();
    const base = {
      stateData: createStateDataRegistry(),
      timers: createStoreTimers(canvasShown),
      snapshot: () => ({ text: get().doc.text, sidecar: get().sidecar }),
    };
    const document = createDocumentSlice(set, get, base, canvasShown, undefined);
    const ctx = { ...base, derive: document.derive };
    return {
      sidecar: emptySidecar(),
      ...document.slice,
      ...createHistorySlice(set, get, ctx),
      ...createCommandsSlice(set, get, ctx),
      ...createUiSlice(set),
    };
  });
}

describe('document, history and commands slices', () => {
  it('run a command as one named undo step, and undo it', () => {
    const s = slicesStore();
    s.getState().loadText(machine('A'));
    expect(s.getState().run('state.rename', { id: 'A', newName: 'B' })).toBe(true);
    expect(s.getState().doc.definition?.StartAt).toBe('B');
    expect(s.getState().history.past.map((e) => e.label)).toEqual(['Rename state']);
    s.getState().undo();
    expect(s.getState().doc.definition?.StartAt).toBe('A');
    s.getState().redo();
    expect(s.getState().doc.definition?.StartAt).toBe('B');
  });

  it('refuse a command on text that does not parse, as the notice, changing nothing', () => {
    const s = slicesStore();
    s.getState().loadText(machine('A'));
    s.getState().setText('{ "StartAt": ');
    const r = s.getState().runCommand(renameState, { id: 'A', newName: 'B' });
    expect(r).not.toBe(true);
    expect(s.getState().ui.notice).toBe(r);
    expect(s.getState().doc.text).toBe('{ "StartAt": ');
  });

  it('keep each store its own parse debounce and history', () => {
    vi.useFakeTimers();
    try {
      const a = slicesStore();
      const b = slicesStore();
      a.getState().setText(machine('X'));
      b.getState().loadText(machine('Y'));
      vi.advanceTimersByTime(PARSE_DEBOUNCE_MS);
      expect(a.getState().doc.definition?.StartAt).toBe('X');
      expect(a.getState().history.past.map((e) => e.label)).toEqual(['Typing']);
      expect(b.getState().history.past).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
