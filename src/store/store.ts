/**
 * The app store: one zustand store made by `createAppStore` from slices (src/store/slices/), each a file with its
 * fields, its actions and its test:
 *
 * - `document.ts`: the text (the source of truth), the derived document, parse debounce, deferred validation;
 * - `history.ts`: undo and redo (snapshots of text + sidecar, identity changes for the other per-state data);
 * - `commands.ts`: the command pipeline (`run`, `runCommand`, `check`, `canRun`);
 * - `layout.ts`: the layout sidecar and its moves; `ui.ts`: selection, rename in place, notice.
 *
 * What the slices share (the per-state data registry, timers, `derive`, `snapshot`) is a `StoreContext` made here
 * once per store, so two stores share nothing. Pure logic lives in src/asl, src/commands and src/layout.
 */
import { create } from 'zustand';
import type { Validator } from './document.ts';
import type { StateDataRegistry } from './stateData.ts';
import { createCommandsSlice, type CommandsSlice } from './slices/commands.ts';
import { createStoreContext } from './slices/context.ts';
import type { DocumentSlice } from './slices/document.ts';
import { createHistorySlice, sidecarRecorder, type HistorySlice } from './slices/history.ts';
import { createLayoutSlice, type LayoutSlice } from './slices/layout.ts';
import { createUiSlice, type UiSlice } from './slices/ui.ts';

export { PARSE_DEBOUNCE_MS, VALIDATE_WITHIN_MS } from './slices/timers.ts';
export type { CommandOptions } from './slices/commands.ts';

/** The store: one slice per concern (./slices/). */
export interface AppState extends DocumentSlice, HistorySlice, CommandsSlice, UiSlice, LayoutSlice {
  /**
   * This store's holders of per-state data (mocks, breakpoints, tests, …): they follow its commands, undo and redo.
   * Created with the store; never replaced.
   */
  stateData: StateDataRegistry;
}

/**
 * A new app store with its own document, history, sidecar, UI state, timers, canvas signal, validator and per-state
 * data holders. The app uses one (`useAppStore`); tests create their own, which share nothing with it.
 */
export function createAppStore(options: { validator?: Validator } = {}) {
  return create<AppState>()((set, get) => {
    const { ctx, document } = createStoreContext(set, get, options.validator);
    return {
      stateData: ctx.stateData,
      ...document,
      ...createHistorySlice(set, get, ctx),
      ...createCommandsSlice(set, get, ctx),
      ...createUiSlice(set),
      ...createLayoutSlice(get, sidecarRecorder(set, get, ctx)),
    };
  });
}

/** A store made by createAppStore. */
export type AppStore = ReturnType<typeof createAppStore>;

export const useAppStore = createAppStore();
