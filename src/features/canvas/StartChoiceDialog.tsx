import { useEffect, useRef } from 'react';
import { deleteSelection } from './actions.ts';
import { useStartChoice } from './startChoice.ts';

/** Asks which state becomes the start when deleting the start state leaves that open. */
export function StartChoiceDialog() {
  const pending = useStartChoice((s) => s.pending);
  const ask = useStartChoice((s) => s.ask);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) first.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const cancel = () => ask(undefined);
  return (
    <div
      className="notice-banner start-choice"
      role="dialog"
      aria-label="Choose the new start state"
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p>
        Deleting <strong>{pending.start}</strong> leaves no single state to start from. Which state should start?
      </p>
      <div className="start-choice-buttons">
        {pending.candidates.map((c, i) => (
          <button
            key={c.id}
            ref={i === 0 ? first : undefined}
            type="button"
            onClick={() => {
              ask(undefined);
              deleteSelection(c.id, pending.ids);
            }}
          >
            Start at {c.name}
          </button>
        ))}
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
