/**
 * When a Succeed or Fail is dropped onto a state where it can only go at the chain's end or unwired, the user is
 * asked (see DropChoiceDialog): this small store holds that open question (not part of the document or history).
 */
import { create } from 'zustand';
import type { DropMode } from '../../commands/stateDrop.ts';
import type { PaletteEntry } from '../palette/entries.ts';

export interface DropChoice {
  entry: PaletteEntry;
  /** The state (id) it was dropped onto, and its name for the question. */
  target: string;
  targetName: string;
  /** The placements that strand nothing, best first (see dropModes). */
  modes: DropMode[];
  /** For `end`: the name of the state the new one would follow. */
  chainEnd?: string;
}

export const useDropChoice = create<{ pending: DropChoice | undefined; ask: (c: DropChoice | undefined) => void }>()((set) => ({
  pending: undefined,
  ask: (pending) => set({ pending }),
}));
