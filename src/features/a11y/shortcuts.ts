/** The `?` sheet's rows, read from the keymap (src/features/keyboard/keymap.ts). Pure. */
import { KEYMAP, shownKeys, type ShortcutScope } from '../keyboard/keymap.ts';

export type { ShortcutScope };

export interface Shortcut {
  keys: string;
  action: string;
  scope: ShortcutScope;
}

export const SHORTCUTS: readonly Shortcut[] = KEYMAP.map((b) => ({ keys: shownKeys(b), action: b.label, scope: b.scope }));

/** The shortcuts grouped by scope, in the table's order. */
export function shortcutsByScope(list: readonly Shortcut[] = SHORTCUTS): [ShortcutScope, Shortcut[]][] {
  const groups = new Map<ShortcutScope, Shortcut[]>();
  for (const s of list) groups.set(s.scope, [...(groups.get(s.scope) ?? []), s]);
  return [...groups];
}

export const PANES = ['palette', 'canvas', 'editor', 'side'] as const;
export type Pane = (typeof PANES)[number];

/** The pane F6 (forward) or Shift+F6 (back) moves to; from outside every pane, F6 starts at the palette. */
export function nextPane(current: Pane | undefined, back: boolean): Pane {
  if (!current) return back ? PANES[PANES.length - 1]! : PANES[0];
  const i = PANES.indexOf(current);
  return PANES[(i + (back ? -1 : 1) + PANES.length) % PANES.length]!;
}
