/**
 * The keyboard dialogs (one lazy chunk, not in the initial bundle): a modal primitive on the native <dialog>, the
 * shortcut sheet (?), "Connect to…" (C on a state) and "Go to state" (Ctrl+G).
 */
import { useState } from 'react';
import { useAppStore } from '../../store/store.ts';
import { connectAction } from '../canvas/actions.ts';
import { connectOptions, connectTargets } from './connectOptions.ts';
import { focusNode, useA11yUi, type A11yDialog } from './focus.ts';
import { shortcutsByScope } from './shortcuts.ts';
import { Dialog } from './Dialog.tsx';
import { GoToStateDialog } from './GoToState.tsx';

/** The keyboard shortcut sheet (opened with `?`; lazy-loaded). */
function ShortcutSheet() {
  return (
    <Dialog title="Keyboard shortcuts" className="shortcut-sheet">
      {shortcutsByScope().map(([scope, list]) => (
        <section key={scope} aria-labelledby={`shortcuts-${scope.replace(/\W/g, '')}`}>
          <h3 id={`shortcuts-${scope.replace(/\W/g, '')}`}>{scope}</h3>
          <table>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.keys + s.action}>
                  <th scope="row">
                    <kbd>{s.keys}</kbd>
                  </th>
                  <td>{s.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Dialog>
  );
}

/**
 * "Connect to…": pick the transition (Next, Default, a Choice rule or a Catch) and search for the target state.
 * The pick runs `transition.connect`; a refusal shows the rule's reason and leaves the document as it was.
 */
function ConnectDialog({ source }: { source: string }) {
  const definition = useAppStore((s) => s.doc.definition);
  const name = useAppStore((s) => s.doc.graph.byId.get(source)?.name ?? source);
  const options = connectOptions(definition, source);
  const [handle, setHandle] = useState(options[0]?.handle ?? '');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const option = options.find((o) => o.handle === handle) ?? options[0];
  const targets = connectTargets(definition, source, option, query);
  const pick = (target: string, verdict: true | string) => {
    if (!option) return;
    if (verdict !== true) return setError(verdict);
    if (connectAction(source, target, option.handle, option.replace)) {
      useA11yUi.getState().closeDialog();
      focusNode(source);
    } else setError(useAppStore.getState().ui.notice ?? 'The connection was refused');
  };
  return (
    <Dialog title={`Connect ${name} to…`} className="connect-dialog">
      {options.length === 0 ? (
        <p>{name} ends the execution: it has no outgoing transitions.</p>
      ) : (
        <>
          <label className="a11y-field">
            Transition
            <select value={option?.handle} onChange={(e) => setHandle(e.target.value)}>
              {options.map((o) => (
                <option key={o.handle} value={o.handle}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="a11y-field">
            Find a state
            <input
              type="search"
              value={query}
              data-autofocus
              onChange={(e) => {
                setQuery(e.target.value);
                setError(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && targets[0]) pick(targets[0].id, targets[0].verdict);
              }}
            />
          </label>
          {error && (
            <p className="a11y-error" role="alert">
              {error}
            </p>
          )}
          <ul className="connect-targets" aria-label="States">
            {targets.map((t) => (
              <li key={t.id}>
                <button type="button" aria-disabled={t.verdict !== true} title={t.verdict === true ? undefined : t.verdict} onClick={() => pick(t.id, t.verdict)}>
                  {t.name}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted" role="status">
            {targets.length} state{targets.length === 1 ? '' : 's'}
          </p>
        </>
      )}
    </Dialog>
  );
}

/** The open keyboard dialog. */
export default function KeyboardDialog({ dialog }: { dialog: A11yDialog }) {
  if (dialog.kind === 'shortcuts') return <ShortcutSheet />;
  if (dialog.kind === 'goto') return <GoToStateDialog />;
  return <ConnectDialog key={dialog.source} source={dialog.source} />;
}
