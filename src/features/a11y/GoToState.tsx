/**
 * "Go to state" (Ctrl+G): find a state by name in a machine of any size; the pick selects it, brings it into view
 * on the canvas (see useRevealSelection), shows it in the editor and the inspector, and focuses its node.
 */
import { useRef, useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { Dialog } from './Dialog.tsx';
import { findStates } from './findStates.ts';
import { focusNode, useA11yUi } from './focus.ts';

const SHOWN = 50;

export function GoToStateDialog() {
  const graph = useAppStore((s) => s.doc.graph);
  const [query, setQuery] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const { hits, total } = findStates(graph, query, SHOWN);
  const pick = (id: string) => {
    useAppStore.getState().select(id, 'search');
    useA11yUi.getState().closeDialog({ focusHandled: true });
    focusNode(id, { always: true });
  };
  return (
    <Dialog title="Go to state" className="connect-dialog goto-dialog">
      <label className="a11y-field">
        State name
        <input
          type="search"
          value={query}
          data-autofocus
          aria-describedby="goto-count"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && hits[0]) pick(hits[0].id);
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              list.current?.querySelector('button')?.focus();
            }
          }}
        />
      </label>
      <ul ref={list} className="connect-targets" aria-label="States">
        {hits.map((h) => (
          <li key={h.id}>
            <button type="button" onClick={() => pick(h.id)}>
              {h.name}
              <span className="muted">
                {' '}
                · {h.type ?? 'unknown type'}
                {h.where ? ` · ${h.where}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted" role="status" id="goto-count">
        {total === 0 ? 'No state matches' : total > hits.length ? `${hits.length} of ${total} states shown: type more of the name` : `${total} state${total === 1 ? '' : 's'}`}
      </p>
    </Dialog>
  );
}
