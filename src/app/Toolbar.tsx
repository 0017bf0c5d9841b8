import { BLANK_DEFINITION_TEXT } from '../asl/blank.ts';
import { useAppStore } from '../store/store.ts';
import { LibraryControls } from '../features/library/LibraryControls.tsx';
import { FileMenu } from '../features/files/FileMenu.tsx';
import { AwsButton } from '../features/aws/AwsButton.tsx';
import { useA11yUi } from '../features/a11y/focus.ts';
import { useTheme, type ThemePreference } from '../features/a11y/theme.ts';

/** Light, dark, or the system setting (the default). */
function ThemeSelect() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return (
    <label className="field-inline">
      Theme
      <select value={preference} onChange={(e) => setPreference(e.target.value as ThemePreference)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

export function Toolbar() {
  const direction = useAppStore((s) => s.sidecar.direction);
  const setDirection = useAppStore((s) => s.setDirection);
  const stale = useAppStore((s) => s.doc.stale);
  const undoLabel = useAppStore((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useAppStore((s) => s.history.future[s.history.future.length - 1]?.label);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const replaceText = useAppStore((s) => s.replaceText);
  const tidyUp = useAppStore((s) => s.tidyUp);
  const manual = useAppStore((s) => Object.keys(s.sidecar.positions).length);
  const openDialog = useA11yUi((s) => s.openDialog);
  const selectedState = useAppStore((s) => (s.ui.selectedId && s.doc.graph.byId.get(s.ui.selectedId)?.kind === 'state' ? s.ui.selectedId : undefined));
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <span className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} /> asl-studio
      </span>
      <LibraryControls />
      <FileMenu />
      <span className="doc-status" role="status" aria-live="polite">
        {stale ? 'Syntax error — canvas shows the last valid machine' : 'Definition valid'}
      </span>
      <button type="button" onClick={() => replaceText(BLANK_DEFINITION_TEXT, 'New workflow')} title="Start an empty workflow (undoable)">
        New
      </button>
      <span className="spacer" />
      <AwsButton />
      <button type="button" onClick={tidyUp} disabled={manual === 0} title="Forget manual positions and lay the graph out again">
        Tidy up
      </button>
      <button type="button" onClick={undo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
        Redo
      </button>
      <label className="field-inline">
        Layout
        <select value={direction} onChange={(e) => setDirection(e.target.value as 'DOWN' | 'RIGHT')} aria-label="Layout direction">
          <option value="DOWN">Top-down</option>
          <option value="RIGHT">Left-right</option>
        </select>
      </label>
      <button
        type="button"
        onClick={() => selectedState && openDialog({ kind: 'connect', source: selectedState })}
        disabled={!selectedState || stale}
        aria-keyshortcuts="C"
        title="Connect the selected state to another (C on the canvas)"
      >
        Connect to…
      </button>
      <ThemeSelect />
      <button type="button" onClick={() => openDialog({ kind: 'shortcuts' })} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
        Shortcuts
      </button>
    </header>
  );
}
