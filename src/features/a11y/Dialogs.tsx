/**
 * The keyboard dialogs (one lazy chunk, not in the initial bundle): a modal primitive on the native <dialog>, the
 * shortcut sheet (?), "Connect to…" (C on a state) and "Go to state" (Ctrl+G).
 */
import { ConnectDialog } from './ConnectDialog.tsx';
import type { A11yDialog } from './focus.ts';
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

/** The open keyboard dialog. */
export default function KeyboardDialog({ dialog }: { dialog: A11yDialog }) {
  if (dialog.kind === 'shortcuts') return <ShortcutSheet />;
  if (dialog.kind === 'goto') return <GoToStateDialog />;
  return <ConnectDialog key={dialog.source} source={dialog.source} />;
}
