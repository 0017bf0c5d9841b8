/**
 * The document, history and commands slices on a store of their own (no UI or layout slice needed beyond the
 * fields they read). That two stores share nothing is createAppStore.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { renameState } from '../../commands/stateRename.ts';
import { emptySidecar, type LayoutSidecar } from '../../layout/sidecar.ts';
import { createCommandsSlice, type CommandsSlice } from './commands.ts';
import { createStoreContext } from './context.ts';
import type { DocumentSlice } from './document.ts';
import { createHistorySlice, type HistorySlice } from './history.ts';
import { createUiSlice, type UiSlice } from './ui.ts';

type Store = DocumentSlice & HistorySlice & CommandsSlice & UiSlice & { sidecar: LayoutSidecar };
const machine = (name: string) => JSON.stringify({ StartAt: name, States: { [name]: { Type: 'Succeed' } } }, null, 2);

function slicesStore() {
  return create<Store>()((set, get) => {
    const { ctx, document } = createStoreContext(set, get, undefined);
    return {
      sidecar: emptySidecar(),
      ...document,
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

});
