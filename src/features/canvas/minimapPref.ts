/**
 * Whether the user wants the minimap (the canvas hides it anyway while it is narrower than MINIMAP_MIN_WIDTH, where
 * it would cover states). Remembered in localStorage when available.
 */
import { create } from 'zustand';

export const MINIMAP_MIN_WIDTH = 700;
const KEY = 'asl-studio:minimap';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export const useMinimapPref = create<{ on: boolean; toggle: () => void }>()((set, get) => ({
  on: stored(),
  toggle: () => {
    const on = !get().on;
    try {
      globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Storage unavailable: the choice lasts for this page only.
    }
    set({ on });
  },
}));
