/**
 * File command sets made by `createFileCommands` share nothing: each has its own file picker (the File menu
 * registers one while mounted) and runs against its own library.
 */
import { describe, expect, it, vi } from 'vitest';
import { createFileCommands, type FileLibrary } from './fileCommands.ts';

function lib(canRevert: boolean) {
  return {
    newWorkflow: vi.fn<FileLibrary['newWorkflow']>(() => Promise.resolve(true)),
    toggleDrawer: vi.fn<FileLibrary['toggleDrawer']>(),
    canRevert: vi.fn<FileLibrary['canRevert']>(() => canRevert),
    revertToOpened: vi.fn<FileLibrary['revertToOpened']>(() => true),
  } satisfies FileLibrary;
}

describe('createFileCommands', () => {
  it('opens the file picker of its own menu only', () => {
    const a = createFileCommands(lib(false));
    const b = createFileCommands(lib(false));
    const pickA = vi.fn<() => void>();
    a.setFilePicker(pickA);
    expect(b.run('file.open')).toBe(true);
    expect(pickA).not.toHaveBeenCalled();
    expect(a.run('file.open')).toBe(true);
    expect(pickA).toHaveBeenCalledTimes(1);
    a.setFilePicker(undefined);
    a.run('file.open');
    expect(pickA).toHaveBeenCalledTimes(1);
  });

  it('runs against its own library, refusing Revert with the reason', () => {
    const la = lib(true);
    const lb = lib(false);
    const a = createFileCommands(la);
    const b = createFileCommands(lb);
    expect(b.run('file.revert')).toBe('No changes since the workflow was opened');
    expect(lb.revertToOpened).not.toHaveBeenCalled();
    expect(a.run('file.revert')).toBe(true);
    expect(la.revertToOpened).toHaveBeenCalledTimes(1);
    a.run('file.new');
    a.run('file.openFromLibrary');
    expect(la.newWorkflow).toHaveBeenCalledWith('blank');
    expect(la.toggleDrawer).toHaveBeenCalledWith(true);
    expect(lb.newWorkflow).not.toHaveBeenCalled();
  });
});
