/** UI state of import/export/share: the dialog shown (paste, pick a machine, share link). */
import { create } from 'zustand';
import type { FoundMachine } from '../../asl/cfn.ts';

export type FilesDialog =
  | { kind: 'paste' }
  | { kind: 'pick'; fileName: string; machines: FoundMachine[] }
  | { kind: 'share'; url: string; size: string; tooLong: boolean };

export interface FilesState {
  dialog: FilesDialog | undefined;
  /** The exported image's theme; `auto`: the app's current theme. */
  imageTheme: 'auto' | 'light' | 'dark';
  /** Whether exported images keep the simulation's run colours (status accents, the taken path): off by default. */
  imageRunColours: 'leave-out' | 'include';
}

export const useFiles = create<FilesState>()(() => ({ dialog: undefined, imageTheme: 'auto', imageRunColours: 'leave-out' }));

export const closeDialog = () => useFiles.setState({ dialog: undefined });

