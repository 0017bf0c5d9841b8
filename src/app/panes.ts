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

/**
 * The least widths a drag can give (px). The side panel's least width (300) still fits its three tabs on one row, the
 * editor's about 30 columns of JSON beside its line numbers.
 */
export const PANE_LIMITS = {
  palette: { min: 112, max: 320 },
  editor: { min: 320 },
  side: { min: 300 },
  canvas: { min: 240 },
} as const;

/** The code editor's default width in Split: room for a Task's `"Resource": "arn:aws:states:::lambda:invoke"` line. */
export const EDITOR_DEFAULT = { min: 420, max: 520, share: 0.26 } as const;

/** The panels' ids in the workspace's panel group. */
export const PANE_IDS = { palette: 'pane-palette', canvas: 'pane-canvas', editor: 'pane-editor', side: 'pane-side' } as const;

/** The element each pane renders into (moved between panels, see PaneSlot.tsx). */
export interface PaneHosts {
  palette: HTMLDivElement;
  canvas: HTMLDivElement;
  editor: HTMLDivElement;
  side: HTMLDivElement;
}

/**
 * The sizes a pane starts with in a window (workspace) this wide, unless the user has resized it. In a laptop's
 * window (1280 px) Split gives the editor 420 px (at 256 px it showed 20 columns: unusable), the side panel a
 * narrow 300 px (the simulation and the tests 360 px) and the canvas the rest (405 px, 345 px with the simulation:
 * a machine is drawn top-down, and Fit View shrinks a wide one).
 */
export function defaultSize(pane: SizedPane, width: number): number {
  switch (pane) {
    case 'palette':
      return 140;
    case 'editor':
      return Math.round(Math.min(Math.max(width * EDITOR_DEFAULT.share, EDITOR_DEFAULT.min), EDITOR_DEFAULT.max));
    case 'inspector':
      return width < 1440 ? 300 : 320;
    case 'simulation':
    case 'tests':
      return width < 1440 ? 360 : 460;
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
