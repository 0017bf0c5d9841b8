import { useEffect } from 'react';
import { useAppStore } from '../store/store.ts';
import { handleGlobalKey, trackPaneFocus } from '../features/a11y/focus.ts';

function inTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.monaco-editor')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * App-wide shortcuts. The code editor handles its own (it routes undo/redo to the same store history). The
 * accessibility keys (F6 panes, F5/F10/F8 simulation, ? sheet, palette arrows) run first, in the capture phase, so
 * the editor cannot swallow F6.
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
    const onKey = (e: KeyboardEvent) => {
      if (inTextInput(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        useAppStore.getState().undo();
      } else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) {
        e.preventDefault();
        useAppStore.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onA11yKey, true);
      untrack();
    };
  }, []);
}
