import type { KeyboardEvent } from 'react';
import { Dialog } from '../../ui/Dialog.tsx';
import { TEMPLATES, type WorkflowTemplate } from '../../asl/templates.ts';

interface Props {
  onChoose: (template: WorkflowTemplate) => void;
  onClose: () => void;
}

const COLUMNS = 2;

/** Arrow keys move between the cards (two columns), Home/End to the first/last; Tab works as usual. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>): void {
  const cards = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.template-card')];
  const at = cards.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const delta: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS };
  let next: number | undefined;
  if (e.key in delta) next = Math.min(cards.length - 1, Math.max(0, at + (delta[e.key] as number)));
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = cards.length - 1;
  if (next === undefined) return;
  e.preventDefault();
  cards[next]?.focus();
}

/**
 * "New from template": a card per template (name, tags, what it shows). Choosing one creates a new workflow with
 * the template's definition, simulation input and mocks. Escape closes the gallery only (not the drawer).
 */
export function TemplateGallery({ onChoose, onClose }: Props) {
  return (
    <Dialog title="New from template" label="Templates" onClose={onClose} className="template-gallery" closeLabel="Close templates">
      <p className="muted template-hint">Each template (but the blank one) comes with an execution input and mocks: open the Simulation tab and Run.</p>
      <ul className="template-grid" aria-label="Templates" onKeyDown={moveFocus}>
        {TEMPLATES.map((t, i) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-card"
              data-autofocus={i === 0 ? true : undefined}
              aria-label={t.name}
              aria-describedby={t.tags.length > 0 ? `template-tags-${t.id} template-desc-${t.id}` : `template-desc-${t.id}`}
              data-template-id={t.id}
              onClick={() => onChoose(t)}
            >
              <span className="template-name">{t.name}</span>
              {t.tags.length > 0 && (
                <span className="template-tags" id={`template-tags-${t.id}`}>
                  {t.tags.map((tag) => (
                    <span key={tag} className="template-tag">
                      {tag}
                    </span>
                  ))}
                </span>
              )}
              <span className="template-desc" id={`template-desc-${t.id}`}>
                {t.description}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
