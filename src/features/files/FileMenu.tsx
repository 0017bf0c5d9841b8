import { lazy, Suspense, useEffect, useRef } from 'react';
import './files.css';
import { useAppStore } from '../../store/store.ts';
import { canRevert } from '../library/controller.ts';
import { FILE_COMMANDS, runFileCommand, setFilePicker } from './fileCommands.ts';
import { Menu, MenuGroup, MenuItem, MenuRadioGroup, MenuSeparator } from '../../ui/Menu.tsx';
import { useFiles } from './filesStore.ts';

const ACCEPT = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';

/** Loaded on first use: import, export and share code stays out of the initial bundle. */
const importer = () => import('./importFile.ts');
const historyImporter = () => import('../aws/historyImport.ts');
const exporter = () => import('./exportActions.ts');
const FileDialogs = lazy(() => import('./FileDialogs.tsx'));

function useDropAndShareLinks() {
  useEffect(() => {
    const openShare = () => {
      if (location.hash.startsWith('#share=')) void import('./importFile.ts').then((m) => m.openSharedFragment(location.hash));
    };
    openShare();
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      const files = [...e.dataTransfer.files];
      void importer().then((m) => m.importFiles(files));
    };
    window.addEventListener('hashchange', openShare);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('hashchange', openShare);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

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

/** Toolbar "File" menu: new (a new library entry), import (file, paste, drop anywhere), export (ASL, SAM, mocks, images), share. */
export function FileMenu() {
  const theme = useFiles((s) => s.imageTheme);
  const runColours = useFiles((s) => s.imageRunColours);
  const dialog = useFiles((s) => s.dialog !== undefined);
  const input = useRef<HTMLInputElement>(null);
  const historyInput = useRef<HTMLInputElement>(null);
  useDropAndShareLinks();
  useEffect(() => {
    setFilePicker(() => input.current?.click());
    return () => setFilePicker(undefined);
  }, []);
  const revertable = useAppStore((s) => canRevert(s));
  return (
    <>
      <Menu label="File" title="New, import, export and share">
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
          <MenuItem onSelect={() => historyInput.current?.click()} title="Replay a recorded execution (aws stepfunctions get-execution-history output, SDK output or a console export) on this workflow, then turn it into a test">
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
      </Menu>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        aria-label="Import file"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void importer().then((m) => m.importFiles(files));
        }}
      />
      <input
        ref={historyInput}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label="Import execution history"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void historyImporter().then((m) => m.importHistoryFile(file));
        }}
      />
      {dialog && (
        <Suspense fallback={null}>
          <FileDialogs />
        </Suspense>
      )}
    </>
  );
}
