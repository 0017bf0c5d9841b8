/**
 * The commands slice of the app store: the one pipeline every edit command takes. Check (the document parses,
 * the command's `canExecute`), apply, turn the new definition into minimal text edits, carry every piece of
 * per-state data along (identity changes: the sidecar here, every registered holder in stateData.ts), record one
 * undo step named after the command. A refusal is typed and shown as the notice; nothing changes then.
 */
import type { Command } from '../../commands/command.ts';
import { getCommand, type CommandArgs, type CommandId } from '../../commands/registry.ts';
import { refuse, type Refusal } from '../../commands/refusals.ts';
import { setSidecarPosition, type LayoutSidecar } from '../../layout/sidecar.ts';
import type { Point } from '../../layout/types.ts';
import { editText } from '../../textedit/textEdits.ts';
import type { DocumentModel } from '../document.ts';
import { record, type History } from '../history.ts';
import { applyToSidecar } from '../stateData.ts';
import type { StoreContext } from './context.ts';
import type { SliceGet, SliceSet } from './slice.ts';
import type { UiSlice } from './ui.ts';

export interface CommandOptions {
  /**
   * Manual positions (relative to the parent group) of states the command places, by their new ids (a state
   * dropped where the user let go). Everything else per-state follows the command's identity changes.
   */
  positions?: Record<string, Point>;
  /** Select this state id afterwards. */
  select?: string;
}

export interface CommandsSlice {
  /**
   * Run a named edit command on the current definition: the text gets the minimal edits (the user's formatting
   * survives) as one undo step. Returns true, or the reason the command is refused (nothing changes then).
   */
  runCommand: <A>(command: Command<A>, args: A, options?: CommandOptions) => true | string;
  /** Whether a command may run now: true, or the reason (e.g. the text has a syntax error). */
  canRun: <A>(command: Command<A>, args: A) => true | string;
  /**
   * Run a command by its id in the registry (what menus, shortcuts, the inspector, the canvas and the palette
   * do): true, or a typed refusal from the one message table (src/commands/refusals.ts), also shown as the notice.
   */
  run: <K extends CommandId>(id: K, args: CommandArgs<K>, options?: CommandOptions) => true | Refusal;
  /** Whether the command of that id may run now: true, or the typed refusal. */
  check: <K extends CommandId>(id: K, args: CommandArgs<K>) => true | Refusal;
}

type CommandsStore = CommandsSlice &
  Pick<UiSlice, 'ui' | 'select' | 'notify'> & { doc: DocumentModel; sidecar: LayoutSidecar; history: History; flushParse: () => void };

export function createCommandsSlice(set: SliceSet<CommandsStore>, get: SliceGet<CommandsStore>, ctx: StoreContext): CommandsSlice {
  const { stateData, derive, snapshot } = ctx;

  /** The refusal when the document cannot take a command now (its text does not parse, or is not parsed yet). */
  const checkDocument = (): Refusal | undefined => {
    const { doc } = get();
    if (doc.stale || !doc.definition || doc.text !== doc.validText) return refuse(doc.stale ? 'document.syntaxError' : 'document.parsing');
    return undefined;
  };

  function runChecked<A>(command: Command<A>, args: A, options: CommandOptions = {}): true | Refusal {
    get().flushParse();
    const verdict = checkDocument() ?? command.canExecute(get().doc.definition!, args);
    if (verdict !== true) {
      set((s) => ({ ui: { ...s.ui, notice: verdict.message } }));
      return verdict;
    }
    const s = get();
    const { doc } = s;
    const { definition: next, identityChanges } = command.apply(doc.definition!, args);
    // checkDocument guarantees the text is the parsed one: its value is the definition (no second parse of the text).
    const text = editText(doc.text, doc.format, doc.definition, next, doc.format === 'json' ? { value: doc.definition } : undefined, doc.incremental);
    // The one place per-state data follows the edit: the sidecar here, every registered holder in stateData.ts.
    let sidecar = applyToSidecar(s.sidecar, identityChanges);
    for (const [id, p] of Object.entries(options.positions ?? {})) sidecar = setSidecarPosition(sidecar, id, p);
    if (text !== doc.text || sidecar !== s.sidecar) {
      const before = stateData.capture();
      set({
        doc: derive(text, doc),
        sidecar,
        history: record(s.history, snapshot(), 'command', command.label, Date.now(), { changes: identityChanges, before }),
      });
      stateData.apply(identityChanges);
    }
    if (options.select !== undefined) get().select(options.select, 'other');
    return true;
  }

  return {
    canRun: (command, args) => {
      const r = checkDocument() ?? command.canExecute(get().doc.definition!, args);
      return r === true ? r : r.message;
    },
    check: (id, args) => {
      const command = getCommand(id as string);
      if (!command) return refuse('command.unknown', { id });
      return checkDocument() ?? command.canExecute(get().doc.definition!, args);
    },
    runCommand: (command, args, options) => {
      const r = runChecked(command, args, options);
      return r === true ? true : r.message;
    },
    run: (id, args, options) => {
      const command = getCommand(id as string);
      if (command) return runChecked(command, args, options);
      const refusal = refuse('command.unknown', { id });
      get().notify(refusal.message);
      return refusal;
    },
  };
}
