import { useAppStore } from '../store/store.ts';
import { docStatus } from '../features/problems/docStatus.ts';
import { LibraryControls } from '../features/library/LibraryControls.tsx';
import { FileMenu } from '../features/files/FileMenu.tsx';
import { AwsButton } from '../features/aws/AwsButton.tsx';
import { EditMenu, HelpMenu, ViewMenu } from './ToolbarMenus.tsx';

/**
 * The main toolbar: one line that fits from 1280 px. Rarely used commands live in its menus (File, Edit, View,
 * Help), which open in a layer above the panes; undo and redo stay one click away.
 */
export function Toolbar() {
  const stale = useAppStore((s) => s.doc.stale);
  const diagnostics = useAppStore((s) => s.doc.diagnostics);
  const status = docStatus(stale, diagnostics);
  const undoLabel = useAppStore((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useAppStore((s) => s.history.future[s.history.future.length - 1]?.label);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <span className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} /> <span className="brand-name">asl-studio</span>
      </span>
      <LibraryControls />
      <nav className="toolbar-menus" aria-label="Menus">
        <FileMenu />
        <EditMenu />
        <ViewMenu />
        <HelpMenu />
      </nav>
      <span
        className="doc-status"
        role="status"
        aria-live="polite"
        data-doc-status={status.kind}
        title={stale ? 'The canvas shows the last valid machine until the text parses again' : status.kind === 'errors' ? 'The Problems list (Inspector tab) says what is wrong' : undefined}
      >
        {status.text}
      </span>
      <span className="spacer" />
      <AwsButton />
      <button type="button" onClick={undo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
        Redo
      </button>
    </header>
  );
}
