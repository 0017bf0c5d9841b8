/** Every keyboard shortcut, in one table: the shortcut sheet lists it and the tests check it. Pure. */

export type ShortcutScope = 'Anywhere' | 'Canvas' | 'Palette' | 'Code editor' | 'Dialogs';

export interface Shortcut {
  keys: string;
  action: string;
  scope: ShortcutScope;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'F6 / Shift+F6', action: 'Next / previous pane: palette, canvas, code editor, side panel', scope: 'Anywhere' },
  { keys: '?', action: 'Show the keyboard shortcuts', scope: 'Anywhere' },
  { keys: 'Ctrl+G', action: 'Go to a state by name (outside the code editor)', scope: 'Anywhere' },
  { keys: 'F5', action: 'Run the simulation', scope: 'Anywhere' },
  { keys: 'F10', action: 'Step the simulation by one state', scope: 'Anywhere' },
  { keys: 'F8', action: 'Continue a paused simulation', scope: 'Anywhere' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', action: 'Undo / redo', scope: 'Anywhere' },
  { keys: 'Arrow keys', action: 'Move between palette entries', scope: 'Palette' },
  { keys: 'Enter / Space', action: 'Add the state after the selected state', scope: 'Palette' },
  { keys: 'Arrow keys', action: 'Move to the next, previous or sibling state along the transitions', scope: 'Canvas' },
  { keys: 'Enter', action: 'Edit the selected state in the inspector', scope: 'Canvas' },
  { keys: 'C', action: 'Connect the selected state to… (Next, Default, a Choice rule or a Catch)', scope: 'Canvas' },
  { keys: 'F2', action: 'Rename the selected state', scope: 'Canvas' },
  { keys: 'Delete', action: 'Delete the selection (or the selected transition)', scope: 'Canvas' },
  { keys: 'Ctrl+D', action: 'Duplicate the selected state', scope: 'Canvas' },
  { keys: 'Ctrl+C / Ctrl+X / Ctrl+V', action: 'Copy, cut, paste states as ASL JSON', scope: 'Canvas' },
  { keys: 'F9', action: 'Toggle a breakpoint on the selected state', scope: 'Canvas' },
  { keys: 'Escape', action: 'Clear the selection', scope: 'Canvas' },
  { keys: 'Ctrl+M', action: 'Toggle whether Tab inserts a tab or moves focus out of the editor', scope: 'Code editor' },
  { keys: 'Escape', action: 'Close the dialog', scope: 'Dialogs' },
];

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
