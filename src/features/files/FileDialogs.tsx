import { useState } from 'react';
import { showToast } from '../library/libraryStore.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { closeDialog, useFiles } from './filesStore.ts';

/** The dialogs of import and share (lazy chunk): paste a definition, pick a state machine of a template, the share link. */
export default function FileDialogs() {
  const dialog = useFiles((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'paste') return <PasteDialog />;
  if (dialog.kind === 'pick') {
    return (
      <Dialog title="Choose a state machine" onClose={closeDialog} className="file-dialog">
        <p>
          {dialog.fileName} has {dialog.machines.length} state machines.
        </p>
        <ul>
          {dialog.machines.map((m) => (
            <li key={m.logicalId}>
              <button
                type="button"
                disabled={m.text === undefined}
                onClick={() => void import('./importFile.ts').then((i) => i.openMachine(dialog.fileName, m))}
              >
                Open {m.logicalId}
              </button>
              <span className="muted"> {m.type}</span>
              {m.error && <p className="muted">{m.error}</p>}
            </li>
          ))}
        </ul>
        <button type="button" onClick={closeDialog}>Cancel</button>
      </Dialog>
    );
  }
  return (
    <Dialog title="Share link" onClose={closeDialog} className="file-dialog">
      {dialog.tooLong ? (
        <p role="alert">
          This workflow makes a {dialog.size} link, too long to share reliably (the limit is 32 KB). Export it as a file instead (File → Download ASL JSON).
        </p>
      ) : (
        <>
          <p className="muted">The whole workflow ({dialog.size}) is in the link itself, after the #: it never reaches a server. Opening it adds a copy to the library.</p>
          <input className="share-url" readOnly data-autofocus value={dialog.url} aria-label="Share link URL" onFocus={(e) => e.target.select()} />
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard.writeText(dialog.url).then(
                () => showToast({ message: 'Share link copied' }),
                () => showToast({ message: 'Could not copy: select the link and copy it' }),
              )
            }
          >
            Copy link
          </button>
        </>
      )}
      <button type="button" onClick={closeDialog}>Done</button>
    </Dialog>
  );
}

function PasteDialog() {
  const [text, setText] = useState('');
  return (
    <Dialog title="Paste definition" onClose={closeDialog} className="file-dialog">
      <p className="muted">ASL JSON or YAML, or a SAM / CloudFormation template. It opens as a new workflow.</p>
      <textarea aria-label="Definition text" rows={14} value={text} onChange={(e) => setText(e.target.value)} data-autofocus />
      <button
        type="button"
        disabled={!text.trim()}
        onClick={() => {
          closeDialog();
          void import('./importFile.ts').then((m) => m.importText(text, 'Pasted workflow'));
        }}
      >
        Import
      </button>
      <button type="button" onClick={closeDialog}>Cancel</button>
    </Dialog>
  );
}
