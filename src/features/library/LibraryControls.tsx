import { lazy, Suspense } from 'react';
import './library.css';
import { toggleDrawer } from './controller.ts';
import { LibraryOverlays } from './LibraryOverlays.tsx';
import { useLibrary } from './libraryStore.ts';

/** Loaded on first use (with the templates): the start-up path stays small. */
const LibraryDrawer = lazy(() => import('./LibraryDrawer.tsx'));

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
      <LibraryOverlays />
    </>
  );
}
