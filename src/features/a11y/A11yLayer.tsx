/**
 * Always-mounted accessibility pieces: the keyboard dialogs (loaded on first use) and a polite live region that
 * announces each edit (e.g. "Add state: LambdaInvoke2"), undo and redo.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { historyAnnouncement } from './describe.ts';
import { useA11yUi, type A11yDialog } from './focus.ts';
import './a11y.css';

type DialogsModule = typeof import('./Dialogs.tsx');
let dialogs: DialogsModule | undefined;
const loadDialogs = () => import('./Dialogs.tsx').then((m) => (dialogs = m));

/**
 * The open keyboard dialog. Its code is a chunk of its own, fetched once the page is idle (usePreloadDialogs): then
 * the dialog renders in the same task as the key that opened it (no suspense round trip), so keys typed right after
 * Ctrl+G (or C, or ?) land in it rather than being lost.
 */
function KeyboardDialog({ dialog }: { dialog: A11yDialog }) {
  const [mod, setMod] = useState(dialogs);
  useEffect(() => {
    if (!mod) void loadDialogs().then(setMod);
  }, [mod]);
  if (!mod) return null;
  const Dialogs = mod.default;
  return <Dialogs dialog={dialog} />;
}

function usePreloadDialogs(): void {
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };
    if (w.requestIdleCallback) {
      const h = w.requestIdleCallback(() => void loadDialogs(), { timeout: 5000 });
      return () => w.cancelIdleCallback?.(h);
    }
    const t = setTimeout(() => void loadDialogs(), 2000);
    return () => clearTimeout(t);
  }, []);
}

function Announcer() {
  const [text, setText] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.history === prev.history || document.activeElement?.closest('.monaco-editor')) return;
        // The selection is set right after the edit: name the state once the action has finished.
        queueMicrotask(() => {
          const now = useAppStore.getState();
          const name = now.ui.selectedId ? now.doc.graph.byId.get(now.ui.selectedId)?.name : undefined;
          const said = historyAnnouncement(prev.history, s.history, name);
          if (said) setText(said);
        });
      }),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="edit-announcer">
      {text}
    </div>
  );
}

export function A11yLayer() {
  const dialog = useA11yUi((s) => s.dialog);
  usePreloadDialogs();
  return (
    <>
      {dialog && <KeyboardDialog dialog={dialog} />}
      <Announcer />
    </>
  );
}
