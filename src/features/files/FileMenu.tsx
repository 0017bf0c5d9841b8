import { lazy, Suspense, useEffect, useRef } from 'react';
import './files.css';
import { useFiles } from './filesStore.ts';

const ACCEPT = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';

/** Loaded on first use: import, export and share code stays out of the initial bundle. */
const importer = () => import('./importFile.ts');
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

/** Toolbar "File" menu: import (file, paste, drop anywhere), export, share. */
export function FileMenu() {
  const open = useFiles((s) => s.menuOpen);
  const theme = useFiles((s) => s.imageTheme);
  const dialog = useFiles((s) => s.dialog !== undefined);
  const input = useRef<HTMLInputElement>(null);
  useDropAndShareLinks();
  const run = (action: () => Promise<void>) => () => {
    useFiles.setState({ menuOpen: false });
    void action();
  };
  return (
    <span className="file-menu-anchor">
      <button type="button" aria-expanded={open} aria-controls="file-menu" onClick={() => useFiles.setState({ menuOpen: !open })}>
        File
      </button>
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
      {open && (
        <div id="file-menu" className="file-menu" role="group" aria-label="Import, export and share">
          <span className="file-menu-heading">Import (adds a new workflow)</span>
          <button type="button" onClick={() => (useFiles.setState({ menuOpen: false }), input.current?.click())}>
            Open file…
          </button>
          <button type="button" onClick={() => useFiles.setState({ menuOpen: false, dialog: { kind: 'paste' } })}>
            Paste definition…
          </button>
          <span className="file-menu-heading">Export</span>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportAsl('json', 'download')))}>Download ASL JSON</button>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportAsl('yaml', 'download')))}>Download ASL YAML</button>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportAsl('json', 'copy')))}>Copy ASL JSON</button>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportAsl('yaml', 'copy')))}>Copy ASL YAML</button>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportSam()))}>Download SAM template</button>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportMocks()))}>Download mocks (MockConfigFile)</button>
          <label className="file-menu-theme">
            Image theme
            <select value={theme} onChange={(e) => useFiles.setState({ imageTheme: e.target.value as 'auto' | 'light' | 'dark' })}>
              <option value="auto">As the app</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportImage('svg')))}>Download graph as SVG</button>
          <button type="button" onClick={run(() => exporter().then((m) => m.exportImage('png')))}>Download graph as PNG</button>
          <span className="file-menu-heading">Share</span>
          <button type="button" onClick={run(() => exporter().then((m) => m.createShareLink()))}>Share link…</button>
        </div>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <FileDialogs />
        </Suspense>
      )}
    </span>
  );
}
