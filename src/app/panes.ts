/**
 * The workspace's panes: which view is shown (Design: palette, canvas and side panel; Code: the code editor and the
 * side panel; Split: all four), whether the palette and the side panel are open, and the sizes the user gave them.
 * Remembered in localStorage when available; the sizes are pixels, null until the user
 * resizes (then the defaults for the window's width apply).
 */
import { create } from 'zustand';
import type { SideTab } from '../features/a11y/focus.ts';

export type ViewMode = 'design' | 'code' | 'split';
export type SizedPane = 'palette' | 'editor' | SideTab;

export interface PaneSizes {
  palette: number | null;
  editor: number | null;
  inspector: number | null;
  simulation: number | null;
  tests: number | null;
}

export interface PanesPrefs {
  mode: ViewMode;
  paletteOpen: boolean;
  sideOpen: boolean;
  sizes: PaneSizes;
}

export const VIEW_MODES: readonly { id: ViewMode; label: string; hint: string }[] = [
  { id: 'design', label: 'Design', hint: 'Canvas, palette and side panel' },
  { id: 'code', label: 'Code', hint: 'The code editor and the side panel' },
  { id: 'split', label: 'Split', hint: 'Canvas and code editor side by side' },
];

export const PANE_LIMITS = {
  palette: { min: 112, max: 320 },
  editor: { min: 220 },
  side: { min: 240 },
  canvas: { min: 240 },
} as const;

/**
 * The sizes a pane starts with in a window (workspace) this wide, unless the user has resized it: a narrow editor
 * and side panel so that the canvas keeps most of a laptop's window (the editor has its own Code view).
 */
export function defaultSize(pane: SizedPane, width: number): number {
  switch (pane) {
    case 'palette':
      return 140;
    case 'editor':
      return Math.round(Math.min(Math.max(width * 0.2, 240), 520));
    case 'inspector':
      return width < 1440 ? 280 : 320;
    case 'simulation':
    case 'tests':
      return width < 1440 ? 400 : 460;
  }
}

/** The pixel size of a pane: the user's, else the default (the panel group's limits still apply). */
export function paneSize(sizes: PaneSizes, pane: SizedPane, width: number): number {
  return sizes[pane] ?? defaultSize(pane, width);
}

export const DEFAULT_PREFS: PanesPrefs = {
  mode: 'split',
  paletteOpen: true,
  sideOpen: true,
  sizes: { palette: null, editor: null, inspector: null, simulation: null, tests: null },
};

const KEY = 'asl-studio:panes';

const size = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 10_000 ? Math.round(v) : null);

/** Stored preferences, checked field by field (an older or damaged entry falls back to the defaults). */
export function parsePrefs(text: string | null | undefined): PanesPrefs {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    raw = undefined;
  }
  if (!raw || typeof raw !== 'object') return DEFAULT_PREFS;
  const r = raw as Record<string, unknown>;
  const s = (r.sizes && typeof r.sizes === 'object' ? r.sizes : {}) as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  return {
    mode: VIEW_MODES.some((m) => m.id === r.mode) ? (r.mode as ViewMode) : DEFAULT_PREFS.mode,
    paletteOpen: bool(r.paletteOpen, DEFAULT_PREFS.paletteOpen),
    sideOpen: bool(r.sideOpen, DEFAULT_PREFS.sideOpen),
    sizes: { palette: size(s.palette), editor: size(s.editor), inspector: size(s.inspector), simulation: size(s.simulation), tests: size(s.tests) },
  };
}

function load(): PanesPrefs {
  try {
    return parsePrefs(globalThis.localStorage?.getItem(KEY));
  } catch {
    return DEFAULT_PREFS;
  }
}

interface PanesState extends PanesPrefs {
  setMode: (mode: ViewMode) => void;
  setPaletteOpen: (open: boolean) => void;
  setSideOpen: (open: boolean) => void;
  setSize: (pane: SizedPane, px: number) => void;
}

export const usePanes = create<PanesState>()((set) => ({
  ...load(),
  setMode: (mode) => set({ mode }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  setSideOpen: (sideOpen) => set({ sideOpen }),
  setSize: (pane, px) => set((s) => (s.sizes[pane] === Math.round(px) ? s : { sizes: { ...s.sizes, [pane]: Math.round(px) } })),
}));

usePanes.subscribe((s) => {
  const prefs: PanesPrefs = { mode: s.mode, paletteOpen: s.paletteOpen, sideOpen: s.sideOpen, sizes: s.sizes };
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage unavailable: the layout lasts for this page only.
  }
});
