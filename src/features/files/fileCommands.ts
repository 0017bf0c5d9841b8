/**
 * The File menu's commands by id (after the registry of document commands, src/commands/registry.ts): the menu,
 * shortcuts and any command list run them through `runFileCommand(id)`, never their own copies. None of them
 * overwrites the open workflow without a way back: New and Open add a library entry (Open from library switches
 * to a stored one, which keeps the one open now as it was), Revert is one undoable step.
 */
import { canRevert, newWorkflow, revertToOpened, toggleDrawer } from '../library/controller.ts';

export interface FileCommand {
  label: string;
  /** Why it cannot run now (undefined: it can). */
  disabledReason?: () => string | undefined;
  run: () => void;
}

/** The file picker of the File menu (a hidden `<input type=file>`), registered while the menu is mounted. */
let pickFile: (() => void) | undefined;

export function setFilePicker(pick: (() => void) | undefined): void {
  pickFile = pick;
}

export const FILE_COMMANDS = {
  'file.new': { label: 'New workflow', run: () => void newWorkflow('blank') },
  'file.open': { label: 'Open file…', run: () => pickFile?.() },
  'file.openFromLibrary': { label: 'Open from library…', run: () => toggleDrawer(true) },
  'file.revert': {
    label: 'Revert to opened',
    disabledReason: () => (canRevert() ? undefined : 'No changes since the workflow was opened'),
    run: () => void revertToOpened(),
  },
} as const satisfies Record<string, FileCommand>;

export type FileCommandId = keyof typeof FILE_COMMANDS;

export function fileCommand(id: FileCommandId): FileCommand {
  return FILE_COMMANDS[id];
}

/** Run a File command by id: true, or why it cannot run now. */
export function runFileCommand(id: FileCommandId): true | string {
  const command: FileCommand = FILE_COMMANDS[id];
  const reason = command.disabledReason?.();
  if (reason !== undefined) return reason;
  command.run();
  return true;
}
