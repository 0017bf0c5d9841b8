/**
 * What the user sets up for simulations of a workflow: the execution input text, named input presets, the mock
 * set and the animation speed. Saved with the open workflow (its `simulation` extras: autosaved to IndexedDB,
 * carried by share links and exports) and swapped when another workflow opens. Not part of the undo history.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { JsonValue } from '../../asl/types.ts';
import { persistExtras, workflowStorage, type WorkflowExtras } from '../library/workflowStorage.ts';
import { dictFrom, own, withKey } from '../../asl/own.ts';
import { nameOf, type IdentityChange } from '../../commands/identity.ts';
import { starterMock, type MockSet, type MockSpec } from './mockSet.ts';
import { checkSimulationSetup } from './simulationSchema.ts';
import { applyToNameKeyed, type StateDataRegistry } from '../../store/stateData.ts';
import { useAppStore } from '../../store/store.ts';

const EXTRAS_KEY = 'simulation';

export type Speed = 'instant' | 'fast' | 'normal' | 'slow';
export const SPEEDS: Record<Speed, { label: string; delayMs: number; msPerVirtualSecond: number }> = {
  instant: { label: 'Instant', delayMs: 0, msPerVirtualSecond: 0 },
  fast: { label: 'Fast', delayMs: 80, msPerVirtualSecond: 20 },
  normal: { label: 'Normal', delayMs: 350, msPerVirtualSecond: 100 },
  slow: { label: 'Slow', delayMs: 1000, msPerVirtualSecond: 300 },
};

interface Saved {
  inputText: string;
  presets: Record<string, string>;
  mocks: MockSet;
}

/** When a run starts: now (real-looking timestamps) or the fixed clock reproducible runs and tests use. */
export type ClockMode = 'now' | 'fixed';
/** The fixed clock's start: the simulator's own default (src/simulator/engine.ts), 2024-01-01T00:00:00Z. */
export const FIXED_START_TIME = Date.UTC(2024, 0, 1);

export interface SimulationSettings extends Saved {
  speed: Speed;
  clock: ClockMode;
  setClock: (clock: ClockMode) => void;
  /** Real-time limit of one JavaScript mock call. */
  sandboxTimeoutMs: number;
  setInputText: (text: string) => void;
  savePreset: (name: string) => void;
  deletePreset: (name: string) => void;
  setMock: (state: string, mock: MockSpec) => void;
  setMocks: (mocks: MockSet) => void;
  setSpeed: (speed: Speed) => void;
}

/**
 * Mocks after identity changes: keyed by state name, they follow renames, go with deleted states, a duplicate or
 * paste gets a copy of its source's mock, and a new Task (added, inserted, pasted from elsewhere) its starter mock
 * unless its name already has one (see src/store/stateData.ts). Undo of the add takes the starter mock away again.
 */
export function mocksAfter(mocks: MockSet, changes: readonly IdentityChange[], before: MockSet | undefined): MockSet {
  let out = applyToNameKeyed(mocks, changes, before, { copies: true });
  for (const c of changes) {
    if (c.kind !== 'add' || c.type !== 'Task') continue;
    const name = nameOf(c.id);
    if (own(out, name) === undefined) out = withKey(out, name, starterMock(name));
  }
  return out;
}

/**
 * The open workflow's saved settings, checked (simulationSchema.ts): a malformed field falls back to its default
 * and a malformed mock is dropped (its state gets the default mock), so stored data never crashes the panel.
 */
function load(storage: WorkflowExtras): Saved {
  return checkSimulationSetup(storage.getExtras<unknown>(EXTRAS_KEY)).setup;
}

export type SimulationSettingsStore = UseBoundStore<StoreApi<SimulationSettings>>;

/**
 * A settings store saved in `storage` (the open workflow's extras), its mocks following identity changes through
 * `stateData`. The app's is `useSimulationSettings`; tests make their own, which share nothing with it.
 */
export function createSimulationSettings(storage: WorkflowExtras, stateData: StateDataRegistry): SimulationSettingsStore {
  const store = create<SimulationSettings>()((set) => ({
    ...load(storage),
    speed: 'instant',
    clock: 'now',
    setClock: (clock) => set({ clock }),
    sandboxTimeoutMs: 2000,
    setInputText: (inputText) => set({ inputText }),
    savePreset: (name) => set((s) => ({ presets: withKey(s.presets, name, s.inputText) })),
    deletePreset: (name) =>
      set((s) => {
        const presets = dictFrom(s.presets);
        delete presets[name];
        return { presets };
      }),
    setMock: (state, mock) => set((s) => ({ mocks: withKey(s.mocks, state, mock) })),
    setMocks: (mocks) => set({ mocks }),
    setSpeed: (speed) => set({ speed }),
  }));

  // Presets and the input text are not per state.
  stateData.register<MockSet>({ key: 'mocks', get: () => store.getState().mocks, set: (m) => store.getState().setMocks(m), apply: mocksAfter });

  // Another workflow opened (library, import, share link): its own input, presets and mocks replace these.
  const changed = (s: Saved, prev: Saved): boolean => s.inputText !== prev.inputText || s.presets !== prev.presets || s.mocks !== prev.mocks;
  persistExtras(store, storage, EXTRAS_KEY, (s, prev) => (changed(s, prev) ? { inputText: s.inputText, presets: s.presets, mocks: s.mocks } : undefined), () => load(storage));
  return store;
}

/** The app's simulation settings. */
export const useSimulationSettings: SimulationSettingsStore = createSimulationSettings(workflowStorage, useAppStore.getState().stateData);

/** The start time of a new run under the chosen clock. */
export function runStartTime(clock: ClockMode, now: () => number = Date.now): number {
  return clock === 'fixed' ? FIXED_START_TIME : now();
}

/** The input text parsed, or the reason it is not valid JSON. */
export function parseInput(text: string): { ok: true; value: JsonValue } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
