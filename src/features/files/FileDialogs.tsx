import { useState } from 'react';
import { showToast } from '../library/libraryStore.ts';
import { closeDialog, useFiles } from './filesStore.ts';

const escapeCloses = (e: { key: string }) => {
  if (e.key === 'Escape') closeDialog();
};

/** The dialogs of import and share (lazy chunk): paste a definition, pick a state machine of a template, the share link. */
export default function FileDialogs() {
  const dialog = useFiles((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'paste') return <PasteDialog />;
  if (dialog.kind === 'pick') {
    return (
      <section className="file-dialog" role="dialog" onKeyDown={escapeCloses} aria-label="Choose a state machine">
        <h2>{dialog.fileName} has {dialog.machines.length} state machines</h2>
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
      </section>
    );
  }
  return (
    <section className="file-dialog" role="dialog" onKeyDown={escapeCloses} aria-label="Share link">
      <h2>Share link</h2>
      {dialog.tooLong ? (
        <p role="alert">
          This workflow makes a {dialog.size} link, too long to share reliably (the limit is 32 KB). Export it as a file instead (File → Download ASL JSON).
        </p>
      ) : (
        <>
          <p className="muted">The whole workflow ({dialog.size}) is in the link itself, after the #: it never reaches a server. Opening it adds a copy to the library.</p>
          <input className="share-url" readOnly autoFocus value={dialog.url} aria-label="Share link URL" onFocus={(e) => e.target.select()} />
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
      <button type="button" onClick={closeDialog}>Close</button>
    </section>
  );
}

function PasteDialog() {
  const [text, setText] = useState('');
  return (
    <section className="file-dialog" role="dialog" onKeyDown={escapeCloses} aria-label="Paste definition">
      <h2>Paste a definition</h2>
      <p className="muted">ASL JSON or YAML, or a SAM / CloudFormation template. It opens as a new workflow.</p>
      <textarea aria-label="Definition text" rows={14} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
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
    </section>
  );
}
