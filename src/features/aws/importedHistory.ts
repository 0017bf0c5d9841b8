/**
 * The execution history imported for the open workflow (File → Import execution history…): what the simulation
 * panel's bar shows while the session still shows that history. The reading, replay and conversion live in the
 * lazy chunk historyImport.ts.
 */
import { create } from 'zustand';
import type { ImportedHistory } from '../../aws/historyFile.ts';
import type { HistoryEvent } from '../../asl/history.ts';

export interface ImportedHistoryState {
  fileName: string | undefined;
  history: ImportedHistory | undefined;
  /** The session's event list when the history was put on screen: the bar shows while the session still holds it. */
  shownEvents: readonly HistoryEvent[] | undefined;
  /** How many of the history's events are shown (the replay's position; all of them after the import). */
  position: number;
  /** What the last "Turn into a test" did, or why it could not. */
  message: string;
}

export const useImportedHistory = create<ImportedHistoryState>()(() => ({ fileName: undefined, history: undefined, shownEvents: undefined, position: 0, message: '' }));

export function forgetImportedHistory(): void {
  useImportedHistory.setState({ fileName: undefined, history: undefined, shownEvents: undefined, position: 0, message: '' });
}
