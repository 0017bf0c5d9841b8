import { Dialog } from './Dialog.tsx';
import { shortcutsByScope } from './shortcuts.ts';

/** The keyboard shortcut sheet (opened with `?`; lazy-loaded). */
export default function ShortcutSheet() {
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
