/**
 * One undo history for the whole document, whichever side made the edit (canvas command or typing in the editor).
 * Entries are whole snapshots (text + layout sidecar): the text is the single source of truth for the machine, so
 * restoring it restores everything derived from it. Typing is grouped into bursts: keystrokes less than `BURST_MS` apart form one undo step.
 */

import type { IdentityChange } from '../commands/identity.ts';
import type { StateDataSnapshot } from './stateData.ts';

export const BURST_MS = 1000;

export type EditOrigin = 'editor' | 'command' | 'load';

/** What one undo step restores: the document text and the layout sidecar (manual positions). */
export interface Snapshot {
  text: string;
  sidecar: unknown;
}

export interface HistoryEntry {
  /** The document before the change. */
  snapshot: Snapshot;
  /** What the change was ("Typing", "Rename state", …), shown as "Undo …". */
  label: string;
  /** What the change did to state identities, and the per-state data before it (see stateData.ts). */
  identity?: IdentityRecord;
}

export interface IdentityRecord {
  changes: IdentityChange[];
  before: StateDataSnapshot;
  /** The per-state data when the step was last undone: redo gives added and copied states their data back. */
  undone?: StateDataSnapshot;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Origin and time of the last recorded change, to group typing bursts. */
  lastOrigin?: EditOrigin;
  lastAt: number;
}

export const MAX_HISTORY = 500;

export function emptyHistory(): History {
  return { past: [], future: [], lastAt: 0 };
}

/** Record that the document `before` was changed by `origin` at time `now`. */
export function record(h: History, before: Snapshot, origin: EditOrigin, label: string, now: number, identity?: IdentityRecord): History {
  const coalesce = origin === 'editor' && h.lastOrigin === 'editor' && now - h.lastAt < BURST_MS && h.past.length > 0;
  const entry: HistoryEntry = identity && identity.changes.length > 0 ? { snapshot: before, label, identity } : { snapshot: before, label };
  const past = coalesce ? h.past : [...h.past, entry].slice(-MAX_HISTORY);
  return { past, future: [], lastOrigin: origin, lastAt: now };
}

export interface Step {
  snapshot: Snapshot;
  history: History;
  label: string;
  /** The undone or redone change's identity record: undo applies its inverse, redo applies it again. */
  identity?: IdentityRecord;
}

const carry = (entry: HistoryEntry, snapshot: Snapshot): HistoryEntry =>
  entry.identity ? { snapshot, label: entry.label, identity: entry.identity } : { snapshot, label: entry.label };

/**
 * Undo: the document to restore and the new history, or undefined when there is nothing to undo. `stateData` is
 * the per-state data now, kept with the step for its redo.
 */
export function undo(h: History, current: Snapshot, stateData?: StateDataSnapshot): Step | undefined {
  const entry = h.past[h.past.length - 1];
  if (!entry) return undefined;
  const redoEntry = carry(entry, current);
  if (redoEntry.identity && stateData) redoEntry.identity = { ...redoEntry.identity, undone: stateData };
  return {
    snapshot: entry.snapshot,
    label: entry.label,
    ...(entry.identity ? { identity: entry.identity } : {}),
    history: { past: h.past.slice(0, -1), future: [...h.future, redoEntry], lastAt: 0 },
  };
}

export function redo(h: History, current: Snapshot): Step | undefined {
  const entry = h.future[h.future.length - 1];
  if (!entry) return undefined;
  return {
    snapshot: entry.snapshot,
    label: entry.label,
    ...(entry.identity ? { identity: entry.identity } : {}),
    history: { past: [...h.past, carry(entry, current)], future: h.future.slice(0, -1), lastAt: 0 },
  };
}
