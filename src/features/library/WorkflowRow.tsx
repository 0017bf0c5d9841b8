import { useState } from 'react';
import type { WorkflowMeta } from '../../persistence/db.ts';
import { deleteWorkflow, duplicateWorkflow, openWorkflow, renameWorkflow, toggleDrawer } from './controller.ts';

/** One workflow in the library list: open it (the drawer then closes), rename it in place, duplicate or delete it. */
export function WorkflowRow({ workflow, current }: { workflow: WorkflowMeta; current: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(workflow.name);
  const { id, name } = workflow;
  const commit = () => {
    setRenaming(false);
    if (draft.trim() && draft.trim() !== name) void renameWorkflow(id, draft);
  };
  return (
    <li className={`workflow-row${current ? ' current' : ''}`} data-workflow-name={name}>
      {renaming ? (
        <form
          className="workflow-rename"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <input
            aria-label={`New name for ${name}`}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit">Save name</button>
        </form>
      ) : (
        <button
          type="button"
          className="workflow-open"
          aria-current={current ? 'true' : undefined}
          aria-label={`Open ${name}`}
          // The drawer closes once the workflow is open (it stays open, with the reason, when opening failed).
          onClick={() => void openWorkflow(id).then((ok) => ok && toggleDrawer(false))}
        >
          <span className="workflow-name">{name}</span>
          <span className="workflow-date">{new Date(workflow.updatedAt).toLocaleString()}</span>
        </button>
      )}
      <span className="workflow-actions">
        <button
          type="button"
          aria-label={`Rename ${name}`}
          onClick={() => {
            setDraft(name);
            setRenaming(true);
          }}
        >
          Rename
        </button>
        <button type="button" aria-label={`Duplicate ${name}`} onClick={() => void duplicateWorkflow(id)}>
          Duplicate
        </button>
        <button type="button" aria-label={`Delete ${name}`} onClick={() => void deleteWorkflow(id)}>
          Delete
        </button>
      </span>
    </li>
  );
}
