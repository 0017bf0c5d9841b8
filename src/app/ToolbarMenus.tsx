/** The toolbar's Edit, View and Help menus (the File menu belongs to the files feature). */
import { useAppStore } from '../store/store.ts';
import { useA11yUi } from '../features/a11y/focus.ts';
import { useTheme, type ThemePreference } from '../features/a11y/theme.ts';
import { Menu, MenuItem, MenuRadioGroup, MenuSeparator } from '../ui/Menu.tsx';

const THEMES = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: ThemePreference; label: string }[];

const DIRECTIONS = [
  { value: 'DOWN', label: 'Top-down' },
  { value: 'RIGHT', label: 'Left-right' },
] as const;

export function EditMenu() {
  const stale = useAppStore((s) => s.doc.stale);
  const undoLabel = useAppStore((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useAppStore((s) => s.history.future[s.history.future.length - 1]?.label);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const tidyUp = useAppStore((s) => s.tidyUp);
  const manual = useAppStore((s) => Object.keys(s.sidecar.positions).length);
  const openDialog = useA11yUi((s) => s.openDialog);
  const selectedState = useAppStore((s) => (s.ui.selectedId && s.doc.graph.byId.get(s.ui.selectedId)?.kind === 'state' ? s.ui.selectedId : undefined));
  return (
    <Menu label="Edit" title="Undo, connect, go to a state, tidy up">
      <MenuItem onSelect={undo} disabled={!undoLabel} hint="Ctrl+Z" keys="Control+Z">
        {undoLabel ? `Undo ${undoLabel}` : 'Undo'}
      </MenuItem>
      <MenuItem onSelect={redo} disabled={!redoLabel} hint="Ctrl+Shift+Z" keys="Control+Shift+Z">
        {redoLabel ? `Redo ${redoLabel}` : 'Redo'}
      </MenuItem>
      <MenuSeparator />
      <MenuItem
        onSelect={() => selectedState && openDialog({ kind: 'connect', source: selectedState })}
        disabled={!selectedState || stale}
        hint="C"
        keys="C"
        title="Connect the selected state to another (C on the canvas)"
      >
        Connect to…
      </MenuItem>
      <MenuItem onSelect={() => openDialog({ kind: 'goto' })} hint="Ctrl+G" keys="Control+G">
        Go to state…
      </MenuItem>
      <MenuSeparator />
      <MenuItem onSelect={tidyUp} disabled={manual === 0} title="Forget manual positions and lay the graph out again">
        Tidy up layout
      </MenuItem>
    </Menu>
  );
}

export function ViewMenu() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  const direction = useAppStore((s) => s.sidecar.direction);
  const setDirection = useAppStore((s) => s.setDirection);
  return (
    <Menu label="View" title="Theme and layout direction">
      <MenuRadioGroup label="Theme" value={preference} options={THEMES} onChange={setPreference} />
      <MenuSeparator />
      <MenuRadioGroup label="Layout direction" value={direction} options={DIRECTIONS} onChange={setDirection} />
    </Menu>
  );
}

export function HelpMenu() {
  const openDialog = useA11yUi((s) => s.openDialog);
  return (
    <Menu label="Help">
      <MenuItem onSelect={() => openDialog({ kind: 'shortcuts' })} hint="?" keys="?">
        Keyboard shortcuts
      </MenuItem>
    </Menu>
  );
}
