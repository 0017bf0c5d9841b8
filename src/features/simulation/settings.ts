/**
 * What the user sets up for simulations of a workflow: the execution input text, named input presets, the mock
 * set and the animation speed. Saved in localStorage under the workflow's id (one workflow for now; persistence
 * proper comes with files). Not part of the undo history.
 */
import { create } from 'zustand';
import type { JsonValue } from '../../asl/types.ts';
import type { MockSet, MockSpec } from './mockSet.ts';

export const WORKFLOW_ID = 'default';
const KEY = `asl-studio:simulation:${WORKFLOW_ID}`;

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

export interface SimulationSettings extends Saved {
  speed: Speed;
  /** Real-time limit of one JavaScript mock call. */
  sandboxTimeoutMs: number;
  setInputText: (text: string) => void;
  savePreset: (name: string) => void;
  deletePreset: (name: string) => void;
  setMock: (state: string, mock: MockSpec) => void;
  setMocks: (mocks: MockSet) => void;
  setSpeed: (speed: Speed) => void;
}

function load(): Saved {
  const empty: Saved = { inputText: '{}', presets: {}, mocks: {} };
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    return raw ? { ...empty, ...(JSON.parse(raw) as Partial<Saved>) } : empty;
  } catch {
    return empty;
  }
}

export const useSimulationSettings = create<SimulationSettings>()((set) => ({
  ...load(),
  speed: 'instant',
  sandboxTimeoutMs: 2000,
  setInputText: (inputText) => set({ inputText }),
  savePreset: (name) => set((s) => ({ presets: { ...s.presets, [name]: s.inputText } })),
  deletePreset: (name) =>
    set((s) => {
      const presets = { ...s.presets };
      delete presets[name];
      return { presets };
    }),
  setMock: (state, mock) => set((s) => ({ mocks: { ...s.mocks, [state]: mock } })),
  setMocks: (mocks) => set({ mocks }),
  setSpeed: (speed) => set({ speed }),
}));

useSimulationSettings.subscribe((s, prev) => {
  if (s.inputText === prev.inputText && s.presets === prev.presets && s.mocks === prev.mocks) return;
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ inputText: s.inputText, presets: s.presets, mocks: s.mocks }));
  } catch {
    // Storage full or unavailable: settings stay in memory.
  }
});

/** The input text parsed, or the reason it is not valid JSON. */
export function parseInput(text: string): { ok: true; value: JsonValue } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
