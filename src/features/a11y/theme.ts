/**
 * Light and dark themes: the system setting (`prefers-color-scheme`) by default, or the user's choice from the
 * toolbar (remembered in localStorage when available). The resolved theme is `data-theme` on <html>, which the CSS
 * custom properties follow; React Flow's `colorMode` and Monaco's theme read it from this store.
 */
import { create } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const KEY = 'asl-studio:theme';

export function resolveTheme(pref: ThemePreference, systemDark: boolean): Theme {
  return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

function stored(): ThemePreference {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

interface ThemeState {
  preference: ThemePreference;
  theme: Theme;
  setPreference: (p: ThemePreference) => void;
}

export const useTheme = create<ThemeState>()((set) => ({
  preference: stored(),
  theme: resolveTheme(stored(), media?.matches ?? false),
  setPreference: (preference) => {
    try {
      if (preference === 'system') globalThis.localStorage?.removeItem(KEY);
      else globalThis.localStorage?.setItem(KEY, preference);
    } catch {
      // Storage unavailable: the choice lasts for this page only.
    }
    set({ preference, theme: resolveTheme(preference, media?.matches ?? false) });
  },
}));

function apply(theme: Theme): void {
  if (typeof document === 'undefined') return;
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

apply(useTheme.getState().theme);
useTheme.subscribe((s) => apply(s.theme));
media?.addEventListener('change', (e) => {
  const { preference } = useTheme.getState();
  useTheme.setState({ theme: resolveTheme(preference, e.matches) });
});
