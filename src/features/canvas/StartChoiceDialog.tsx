import { Dialog } from '../../ui/Dialog.tsx';
import { deleteSelection } from '../actions/actions.ts';
import { useStartChoice } from '../actions/startChoice.ts';

/** Asks which state becomes the start when deleting the start state leaves that open. */
export function StartChoiceDialog() {
  const pending = useStartChoice((s) => s.pending);
  const ask = useStartChoice((s) => s.ask);
  if (!pending) return null;
  const cancel = () => ask(undefined);
  return (
    <Dialog title="Choose the new start state" onClose={cancel} className="start-choice">
      <p>
        Deleting <strong>{pending.start}</strong> leaves no single state to start from. Which state should start?
      </p>
      <div className="start-choice-buttons">
        {pending.candidates.map((c, i) => (
          <button
            key={c.id}
            data-autofocus={i === 0 ? true : undefined}
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
    </Dialog>
  );
}
