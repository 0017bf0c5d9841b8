/**
 * What the polite live region says after an edit, an undo or a redo (pure: compares two history states).
 * Typing in the code editor is not announced (the editor speaks for itself).
 */
import type { History } from '../../store/history.ts';

export function historyAnnouncement(prev: History, next: History, selectedName: string | undefined): string | undefined {
  if (prev === next) return undefined;
  const top = next.past.at(-1);
  if (next.future.length > prev.future.length) return `Undone: ${next.future.at(-1)?.label ?? 'edit'}`;
  const redo = next.future.length === prev.future.length - 1 && next.future.every((e, i) => e === prev.future[i]) && top?.label === prev.future.at(-1)?.label;
  if (redo) return `Redone: ${top?.label ?? 'edit'}`;
  if (top && top !== prev.past.at(-1)) return selectedName ? `${top.label}: ${selectedName}` : top.label;
  return undefined;
}
