/**
 * Always-mounted accessibility pieces: the keyboard dialogs (loaded on first use) and a polite live region that
 * announces each edit (e.g. "Add state: LambdaInvoke2"), undo and redo.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { historyAnnouncement } from './describe.ts';
import { useA11yUi } from './focus.ts';
import './a11y.css';

const KeyboardDialog = lazy(() => import('./Dialogs.tsx'));

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
  return (
    <>
      {dialog && (
        <Suspense fallback={null}>
          <KeyboardDialog dialog={dialog} />
        </Suspense>
      )}
      <Announcer />
    </>
  );
}
