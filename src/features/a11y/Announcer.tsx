import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { historyAnnouncement } from './announce.ts';

/** A polite live region: announces each edit (e.g. "Add state: LambdaInvoke2"), undo and redo. */
export function Announcer() {
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
