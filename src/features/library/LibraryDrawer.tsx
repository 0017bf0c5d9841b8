import { useMemo, useState } from 'react';
import { TEMPLATES } from '../../asl/templates.ts';
import { searchWorkflows } from '../../persistence/library.ts';
import { newWorkflow, toggleDrawer } from './controller.ts';
import { useLibrary } from './libraryStore.ts';
import { WorkflowRow } from './WorkflowRow.tsx';

/** The "Workflows" drawer (lazy chunk): new from a template, search, and the list of local workflows. */
export default function LibraryDrawer() {
  const list = useLibrary((s) => s.list);
  const currentId = useLibrary((s) => s.workflowId);
  const [query, setQuery] = useState('');
  const [template, setTemplate] = useState('blank');
  const shown = useMemo(() => searchWorkflows(list, query), [list, query]);
  const close = () => toggleDrawer(false);
  return (
    <section
      className="library-drawer"
      role="dialog"
      aria-label="Workflows"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <header className="library-header">
        <h2>Workflows</h2>
        <button type="button" onClick={close} aria-label="Close workflows">
          ×
        </button>
      </header>
      <form
        className="library-new"
        onSubmit={(e) => {
          e.preventDefault();
          void newWorkflow(template);
        }}
      >
        <label>
          Start from
          <select value={template} onChange={(e) => setTemplate(e.target.value)} aria-label="Template">
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id} title={t.description}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Create workflow</button>
      </form>
      <input
        type="search"
        className="library-search"
        placeholder="Search by name"
        aria-label="Search workflows"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="library-list" aria-label="Local workflows">
        {shown.map((w) => (
          <WorkflowRow key={w.id} workflow={w} current={w.id === currentId} />
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">{query ? 'No workflow matches that name.' : 'No workflows yet.'}</p>}
    </section>
  );
}
