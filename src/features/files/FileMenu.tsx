import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import './files.css';
import { setFilePicker } from './fileCommands.ts';
import { Menu } from '../../ui/Menu.tsx';
import { useFiles } from './filesStore.ts';

const ACCEPT = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';

/** Loaded on first use: import, export and share code stays out of the initial bundle. */
const importer = () => import('./importFile.ts');
const historyImporter = () => import('../aws/historyImport.ts');
const FileDialogs = lazy(() => import('./FileDialogs.tsx'));

/** The menu's items, a chunk fetched with the menus' own (they only render in the open menu). */
type ItemsModule = typeof import('./FileMenuItems.tsx');
let items: ItemsModule | undefined;
const loadItems = () => import('./FileMenuItems.tsx').then((m) => (items = m));

function Items(props: { onImportHistory: () => void }) {
  const [mod, setMod] = useState(items);
  useEffect(() => {
    if (!mod) void loadItems().then(setMod);
  }, [mod]);
  if (!mod) {
    return (
      <div className="menu-loading" role="none">
        Loading…
      </div>
    );
  }
  return <mod.FileMenuItems {...props} />;
}

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

/** Toolbar "File" menu: new (a new library entry), import (file, paste, drop anywhere), export (ASL, SAM, mocks, images), share. */
export function FileMenu() {
  const dialog = useFiles((s) => s.dialog !== undefined);
  const input = useRef<HTMLInputElement>(null);
  const historyInput = useRef<HTMLInputElement>(null);
  useDropAndShareLinks();
  useEffect(() => {
    setFilePicker(() => input.current?.click());
    return () => setFilePicker(undefined);
  }, []);
  return (
    <>
      <Menu label="File" title="New, import, export and share" preload={loadItems}>
        <Items onImportHistory={() => historyInput.current?.click()} />
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
