/**
 * The File menu's items: a chunk of their own, fetched with the menus' chunk (src/ui/Menu.tsx `preload`), so the
 * menu opens with them, focus on the first item when opened from the keyboard.
 */
import { useAppStore } from '../../store/store.ts';
import { canRevert } from '../library/controller.ts';
import { FILE_COMMANDS, runFileCommand } from './fileCommands.ts';
import { MenuGroup, MenuItem, MenuRadioGroup, MenuSeparator } from '../../ui/Menu.tsx';
import { useFiles } from './filesStore.ts';

/** Loaded on first use: export and share code stays out of the menu's chunk too. */
const exporter = () => import('./exportActions.ts');

const IMAGE_THEMES = [
  { value: 'auto', label: 'As the app' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

const RUN_COLOURS = [
  { value: 'leave-out', label: 'Leave out' },
  { value: 'include', label: 'Include' },
] as const;

const exportWith = (action: (m: Awaited<ReturnType<typeof exporter>>) => Promise<void>) => () => void exporter().then(action);

export function FileMenuItems({ onImportHistory }: { onImportHistory: () => void }) {
  const theme = useFiles((s) => s.imageTheme);
  const runColours = useFiles((s) => s.imageRunColours);
  const revertable = useAppStore((s) => canRevert(s));
  return (
    <>
      <MenuItem onSelect={() => runFileCommand('file.new')} title="Add an empty workflow to the library and open it (the open one stays as it is)">
        {FILE_COMMANDS['file.new'].label}
      </MenuItem>
      <MenuItem onSelect={() => runFileCommand('file.openFromLibrary')} title="Open a stored workflow (the open one stays in the library as it is)">
        {FILE_COMMANDS['file.openFromLibrary'].label}
      </MenuItem>
      <MenuItem
        onSelect={() => runFileCommand('file.revert')}
        disabled={!revertable}
        title={!revertable ? 'No changes since the workflow was opened' : 'Go back to the text and layout the workflow had when it was opened (one step: Undo brings your edits back)'}
      >
        {FILE_COMMANDS['file.revert'].label}
      </MenuItem>
      <MenuSeparator />
      <MenuGroup label="Import (adds a new workflow)">
        <MenuItem onSelect={() => runFileCommand('file.open')}>{FILE_COMMANDS['file.open'].label}</MenuItem>
        <MenuItem onSelect={() => useFiles.setState({ dialog: { kind: 'paste' } })}>Paste definition…</MenuItem>
      </MenuGroup>
      <MenuSeparator />
      <MenuGroup label="Into the open workflow">
        <MenuItem onSelect={onImportHistory} title="Replay a recorded execution (aws stepfunctions get-execution-history output, SDK output or a console export) on this workflow, then turn it into a test">
          Import execution history…
        </MenuItem>
      </MenuGroup>
      <MenuSeparator />
      <MenuGroup label="Export">
        <MenuItem onSelect={exportWith((m) => m.exportAsl('json', 'download'))}>Download ASL JSON</MenuItem>
        <MenuItem onSelect={exportWith((m) => m.exportAsl('yaml', 'download'))}>Download ASL YAML</MenuItem>
        <MenuItem onSelect={exportWith((m) => m.exportAsl('json', 'copy'))}>Copy ASL JSON</MenuItem>
        <MenuItem onSelect={exportWith((m) => m.exportAsl('yaml', 'copy'))}>Copy ASL YAML</MenuItem>
        <MenuItem onSelect={exportWith((m) => m.exportSam())}>Download SAM template</MenuItem>
        <MenuItem onSelect={exportWith((m) => m.exportMocks())}>Download mocks (MockConfigFile)</MenuItem>
      </MenuGroup>
      <MenuSeparator />
      <MenuRadioGroup label="Image theme" value={theme} options={IMAGE_THEMES} onChange={(imageTheme) => useFiles.setState({ imageTheme })} stayOpen />
      <MenuRadioGroup label="Run colours in images" value={runColours} options={RUN_COLOURS} onChange={(imageRunColours) => useFiles.setState({ imageRunColours })} stayOpen />
      <MenuItem onSelect={exportWith((m) => m.exportImage('svg'))}>Download graph as SVG</MenuItem>
      <MenuItem onSelect={exportWith((m) => m.exportImage('png'))}>Download graph as PNG</MenuItem>
      <MenuSeparator />
      <MenuItem onSelect={exportWith((m) => m.createShareLink())}>Share link…</MenuItem>
    </>
  );
}
