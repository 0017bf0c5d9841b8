/** The state's name: renaming goes through `state.rename` (every reference follows); refusals show inline. */
import { TextField } from '../../ui/TextField.tsx';
import { useAppStore } from '../../store/store.ts';
import { stateId } from '../../asl/ids.ts';
import { splitStateId } from '../../commands/stateScopes.ts';
import { rename } from './edits.ts';

export function NameField({ id, name }: { id: string; name: string }) {
  return (
    <TextField
      label="Name"
      value={name}
      help="Unique in the whole state machine, at most 80 characters. Every transition to it is renamed too."
      onCommit={(newName) => {
        const r = rename(id, newName);
        if (r === true) {
          // Keep the renamed state selected.
          useAppStore.getState().select(stateId(splitStateId(id).scope, newName), 'other');
        }
        return r;
      }}
    />
  );
}
