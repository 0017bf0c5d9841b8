import { useEffect } from 'react';
import { useAppStore } from '../store/store.ts';
import { handleGlobalKey, trackPaneFocus } from '../features/a11y/focus.ts';
import { dispatchKey, type KeyHandler } from '../features/keyboard/keymap.ts';

/** Undo and redo outside the code editor (Monaco routes its own to the same store history). */
const HISTORY_KEYS: Readonly<Record<string, KeyHandler>> = {
  'history.undo': () => useAppStore.getState().undo(),
  'history.redo': () => useAppStore.getState().redo(),
};

/**
 * App-wide shortcuts, from the keymap (src/features/keyboard/keymap.ts). The accessibility keys (F6 panes,
 * F5/F10/F8 simulation, ? sheet, palette arrows) run first, in the capture phase, so the editor cannot swallow F6.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onA11yKey = (e: KeyboardEvent) => {
      if (!handleGlobalKey(e)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onA11yKey, true);
    const untrack = trackPaneFocus();
    const onKey = (e: KeyboardEvent) => void dispatchKey(e, HISTORY_KEYS);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onA11yKey, true);
      untrack();
    };
  }, []);
}
