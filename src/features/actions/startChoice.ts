/**
 * When deleting the start state leaves no single state to start from, the user is asked which state starts
 * instead: this small store holds that open question (not part of the document or its history).
 */
import { create } from 'zustand';

export interface StartChoice {
  /** The states being deleted. */
  ids: string[];
  /** The deleted start state's name, for the question. */
  start: string;
  /** Ids of the states that may become the start (same scope, not deleted). */
  candidates: { id: string; name: string }[];
}

export const useStartChoice = create<{ pending: StartChoice | undefined; ask: (c: StartChoice | undefined) => void }>()((set) => ({
  pending: undefined,
  ask: (pending) => set({ pending }),
}));
