/**
 * The File menu's commands by id (after the registry of document commands, src/commands/registry.ts): the menu,
 * shortcuts and any command list run them through `runFileCommand(id)`, never their own copies. None of them
 * overwrites the open workflow without a way back: New and Open add a library entry (Open from library switches
 * to a stored one, which keeps the one open now as it was), Revert is one undoable step.
 */
import { library, type Library } from '../library/controller.ts';

export interface FileCommand {
  label: string;
  /** Why it cannot run now (undefined: it can). */
  disabledReason?: () => string | undefined;
  run: () => void;
}

/** What the File commands ask of a workflow library (`createLibrary`, src/features/library/controller.ts). */
export type FileLibrary = Pick<Library, 'newWorkflow' | 'toggleDrawer' | 'canRevert' | 'revertToOpened'>;

export type FileCommandId = 'file.new' | 'file.open' | 'file.openFromLibrary' | 'file.revert';

/** The File commands of one library, with the file picker of the File menu that is mounted (if any). */
export interface FileCommands {
  readonly commands: Readonly<Record<FileCommandId, FileCommand>>;
  /** The File menu's file picker (a hidden `<input type=file>`), registered while the menu is mounted. */
  setFilePicker(pick: (() => void) | undefined): void;
  /** Run a command by id: true, or why it cannot run now. */
  run(id: FileCommandId): true | string;
}

export function createFileCommands(lib: FileLibrary): FileCommands {
  let pickFile: (() => void) | undefined;
  const commands: Record<FileCommandId, FileCommand> = {
    'file.new': { label: 'New workflow', run: () => void lib.newWorkflow('blank') },
    'file.open': { label: 'Open file…', run: () => pickFile?.() },
    'file.openFromLibrary': { label: 'Open from library…', run: () => lib.toggleDrawer(true) },
    'file.revert': {
      label: 'Revert to opened',
      disabledReason: () => (lib.canRevert() ? undefined : 'No changes since the workflow was opened'),
      run: () => void lib.revertToOpened(),
    },
  };
  return {
    commands,
    setFilePicker(pick) {
      pickFile = pick;
    },
    run(id) {
      const command = commands[id];
      const reason = command.disabledReason?.();
      if (reason !== undefined) return reason;
      command.run();
      return true;
    },
  };
}

/** The app's File commands (its library). */
export const appFileCommands: FileCommands = createFileCommands(library);

export const FILE_COMMANDS = appFileCommands.commands;

export function setFilePicker(pick: (() => void) | undefined): void {
  appFileCommands.setFilePicker(pick);
}

export function fileCommand(id: FileCommandId): FileCommand {
  return FILE_COMMANDS[id];
}

/** Run a File command by id: true, or why it cannot run now. */
export function runFileCommand(id: FileCommandId): true | string {
  return appFileCommands.run(id);
}
