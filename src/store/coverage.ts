/**
 * The test suite's coverage as the canvas sees it: how often the last "Run all" entered each state and took each
 * transition (ids as in src/suites/coverage.ts: state ids, graph edge ids, `T->retry0`). The Tests panel
 * (src/features/tests) drives it; the canvas only reads. Never in the undo history.
 */
import { create } from 'zustand';

export interface CoverageView {
  /** Whether coverage is drawn on the canvas. */
  shown: boolean;
  /** Times each state / transition was taken; items of `items` not here were never taken. */
  counts: Record<string, number>;
  /** Every coverable item id (states and transitions) of the definition the suite ran on. */
  items: Record<string, true>;
  /** The definition changed since the suite ran: the marks are out of date. */
  stale: boolean;
  setCoverage: (v: Partial<Omit<CoverageView, 'setCoverage'>>) => void;
}

export const useCoverageView = create<CoverageView>()((set) => ({
  shown: false,
  counts: {},
  items: {},
  stale: false,
  setCoverage: (v) => set(v),
}));

/** What the canvas draws for one item: undefined when coverage is not shown or the item is not coverable. */
export function coverageOf(v: CoverageView, id: string): number | undefined {
  if (!v.shown || !Object.prototype.hasOwnProperty.call(v.items, id)) return undefined;
  return Object.prototype.hasOwnProperty.call(v.counts, id) ? v.counts[id] : 0;
}
