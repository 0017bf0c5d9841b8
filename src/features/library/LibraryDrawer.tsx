import { useMemo, useState } from 'react';
import { searchWorkflows } from '../../persistence/library.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { newWorkflow, toggleDrawer } from './controller.ts';
import { useLibrary } from './libraryStore.ts';
import { TemplateGallery } from './TemplateGallery.tsx';
import { WorkflowRow } from './WorkflowRow.tsx';

/** The "Workflows" drawer (lazy chunk): new (blank or from the templates gallery), search, and the list of local workflows. */
export default function LibraryDrawer() {
  const list = useLibrary((s) => s.list);
  const currentId = useLibrary((s) => s.workflowId);
  const [query, setQuery] = useState('');
  const [galleryOpen, setGalleryOpen] = useState(false);
  const shown = useMemo(() => searchWorkflows(list, query), [list, query]);
  const close = () => toggleDrawer(false);
  // The gallery gives the focus back to its opener itself (the dialog primitive).
  const closeGallery = () => setGalleryOpen(false);
  return (
    <Dialog title="Workflows" onClose={close} className="library-drawer" placement="start" modal={false} closeLabel="Close workflows">
      <div className="library-new">
        <button type="button" onClick={() => void newWorkflow('blank')}>
          New workflow
        </button>
        <button type="button" aria-haspopup="dialog" aria-expanded={galleryOpen} onClick={() => setGalleryOpen(true)}>
          New from template…
        </button>
      </div>
      {galleryOpen && (
        <TemplateGallery
          onClose={closeGallery}
          onChoose={(t) => {
            closeGallery();
            void newWorkflow(t.id);
          }}
        />
      )}
      <input
        type="search"
        className="library-search"
        placeholder="Search by name"
        aria-label="Search workflows"
        data-autofocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="library-list" aria-label="Local workflows">
        {shown.map((w) => (
          <WorkflowRow key={w.id} workflow={w} current={w.id === currentId} />
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">{query ? 'No workflow matches that name.' : 'No workflows yet.'}</p>}
    </Dialog>
  );
}
