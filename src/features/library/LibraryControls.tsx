import { lazy, Suspense, useEffect } from 'react';
import './library.css';
import { whenIdle } from '../../ui/idle.ts';
import { toggleDrawer } from './controller.ts';
import { useLibrary } from './libraryStore.ts';

/** Loaded on first use (with the templates): the start-up path stays small. */
const LibraryDrawer = lazy(() => import('./LibraryDrawer.tsx'));

/** The banners and the toast: a chunk fetched when the page is first idle, or when one is first shown. */
const loadOverlays = () => import('./LibraryOverlays.tsx');
const LibraryOverlays = lazy(() => loadOverlays().then((m) => ({ default: m.LibraryOverlays })));

function Overlays() {
  const shown = useLibrary((s) => s.status.kind === 'conflict' || s.status.kind === 'error' || s.storageError !== undefined || s.notice !== undefined || s.toast !== undefined);
  useEffect(() => whenIdle(() => void loadOverlays()), []);
  if (!shown) return null;
  return (
    <Suspense
      fallback={
        <div className="library-overlays">
          <div className="persist-banner" role="status">
            Loading…
          </div>
        </div>
      }
    >
      <LibraryOverlays />
    </Suspense>
  );
}

const STATUS_TEXT = { saved: 'Saved', pending: 'Saving…', error: 'Not saved', conflict: 'Not saved (conflict)' } as const;

/** Toolbar part of the library: the open workflow's name, the Workflows drawer toggle and the save status. */
export function LibraryControls() {
  const name = useLibrary((s) => s.name);
  const status = useLibrary((s) => s.status.kind);
  const drawerOpen = useLibrary((s) => s.drawerOpen);
  return (
    <>
      <button
        type="button"
        aria-expanded={drawerOpen}
        onClick={() => toggleDrawer(!drawerOpen)}
        title="Local workflows: new, open, rename, duplicate, delete"
      >
        Workflows
      </button>
      <span className="workflow-title" title={`${name}: the open workflow (autosaved in this browser)`} data-testid="workflow-name">
        {name}
      </span>
      <span className={`save-status save-${status}`} role="status" aria-live="polite" aria-label="Save status">
        {STATUS_TEXT[status]}
      </span>
      {drawerOpen && (
        <Suspense fallback={null}>
          <LibraryDrawer />
        </Suspense>
      )}
      <Overlays />
    </>
  );
}
