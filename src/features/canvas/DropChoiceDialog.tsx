import { useEffect, useRef } from 'react';
import type { DropMode } from '../../commands/stateDrop.ts';
import { addOnState } from '../actions/actions.ts';
import { useDropChoice, type DropChoice } from '../actions/dropChoice.ts';

function modeLabel(mode: DropMode, c: DropChoice): string {
  switch (mode) {
    case 'end':
      return `Add it after ${c.chainEnd ?? 'the end of the chain'}`;
    case 'unconnected':
      return 'Add it unconnected';
    case 'catch':
      return `Catch errors of ${c.targetName} with it`;
    case 'choice':
      return `Add a rule of ${c.targetName} to it`;
    case 'after':
      return `Add it after ${c.targetName}`;
  }
}

/** Asks where a Succeed or Fail dropped onto a state in the middle of a chain goes (never cutting the chain). */
export function DropChoiceDialog() {
  const pending = useDropChoice((s) => s.pending);
  const ask = useDropChoice((s) => s.ask);
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
      aria-label={`Where should the ${pending.entry.type} state go?`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p>
        A {pending.entry.type} state after <strong>{pending.targetName}</strong> would cut the chain: the states after it
        would become unreachable. Where should it go?
      </p>
      <div className="start-choice-buttons">
        {pending.modes.map((mode, i) => (
          <button
            key={mode}
            ref={i === 0 ? first : undefined}
            type="button"
            onClick={() => {
              ask(undefined);
              addOnState(pending.entry, pending.target, mode);
            }}
          >
            {modeLabel(mode, pending)}
          </button>
        ))}
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
