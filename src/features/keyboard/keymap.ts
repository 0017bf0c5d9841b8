/**
 * Every keyboard shortcut as data: which keys, where (scope), when, which command id, and the label of the `?`
 * sheet. The listeners (app/useShortcuts.ts, canvas/useCanvasKeys.ts, simulation/Controls.tsx) only bind command
 * ids to handlers and call `dispatchKey`; none compares keys itself (scripts/keymap.test.ts checks that only this
 * folder listens for keydown). Rows marked `native` are done by the browser, Monaco or a widget and are listed only.
 */

export type ShortcutScope = 'Anywhere' | 'Canvas' | 'Palette' | 'Code editor' | 'Dialogs';

/** Conditions a binding needs: not typing in a field, not in the code editor, no keyboard dialog open. */
export type KeyCondition = 'notTyping' | 'notInCodeEditor' | 'noDialog';

export interface KeyBinding {
  /** The command the listener runs (see the handlers passed to dispatchKey). */
  command: string;
  /** `Mod` is Ctrl (or Cmd); letters match either case; `Shift?` allows Shift (for `?`, typed with Shift). */
  keys: readonly string[];
  scope: ShortcutScope;
  label: string;
  when?: readonly KeyCondition[];
  /** The sheet's text for the keys, when the key list is long (`Arrow keys`). */
  shown?: string;
  /** Keep the browser's default (Escape on the canvas). */
  keepDefault?: boolean;
  /** Done by the browser, Monaco or a widget: listed on the sheet, not dispatched. */
  native?: boolean;
}

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

export const KEYMAP: readonly KeyBinding[] = [
  { command: 'pane.cycle', keys: ['F6', 'Shift+F6'], scope: 'Anywhere', label: 'Next / previous pane: palette, canvas, code editor, side panel' },
  { command: 'sheet.open', keys: ['Shift?+?'], shown: '?', scope: 'Anywhere', label: 'Show the keyboard shortcuts', when: ['noDialog', 'notTyping'] },
  { command: 'goto.open', keys: ['Mod+G'], scope: 'Anywhere', label: 'Go to a state by name (outside the code editor)', when: ['notInCodeEditor', 'noDialog'] },
  { command: 'simulation.run', keys: ['F5'], scope: 'Anywhere', label: 'Run the simulation' },
  { command: 'simulation.step', keys: ['F10'], scope: 'Anywhere', label: 'Step the simulation by one state' },
  // F8 in the code editor is Monaco's "next problem".
  { command: 'simulation.continue', keys: ['F8'], scope: 'Anywhere', label: 'Continue a paused simulation', when: ['notInCodeEditor'] },
  { command: 'history.undo', keys: ['Mod+Z'], scope: 'Anywhere', label: 'Undo', when: ['notTyping'] },
  { command: 'history.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], scope: 'Anywhere', label: 'Redo', when: ['notTyping'] },
  { command: 'palette.move', keys: ['ArrowUp', 'ArrowDown', 'Home', 'End'], shown: 'Arrow keys', scope: 'Palette', label: 'Move between palette entries', when: ['noDialog'] },
  { command: 'palette.add', keys: ['Enter', 'Space'], scope: 'Palette', label: 'Add the state after the selected state', native: true },
  { command: 'canvas.move', keys: ARROWS, shown: 'Arrow keys', scope: 'Canvas', label: 'Move to the next, previous or sibling state along the transitions', when: ['notTyping'] },
  { command: 'canvas.edit', keys: ['Enter'], scope: 'Canvas', label: 'Edit the selected state in the inspector', when: ['notTyping'] },
  { command: 'canvas.connect', keys: ['C'], scope: 'Canvas', label: 'Connect the selected state to… (Next, Default, a Choice rule or a Catch)', when: ['notTyping'] },
  { command: 'canvas.rename', keys: ['F2'], scope: 'Canvas', label: 'Rename the selected state', when: ['notTyping'] },
  { command: 'canvas.delete', keys: ['Delete', 'Backspace'], shown: 'Delete', scope: 'Canvas', label: 'Delete the selection (or the selected transition)', when: ['notTyping'] },
  { command: 'canvas.duplicate', keys: ['Mod+D'], scope: 'Canvas', label: 'Duplicate the selected state', when: ['notTyping'] },
  { command: 'canvas.clipboard', keys: ['Mod+C', 'Mod+X', 'Mod+V'], scope: 'Canvas', label: 'Copy, cut, paste states as ASL JSON', native: true },
  { command: 'canvas.breakpoint', keys: ['F9'], scope: 'Canvas', label: 'Toggle a breakpoint on the selected state', when: ['notTyping'] },
  { command: 'canvas.clearSelection', keys: ['Escape'], scope: 'Canvas', label: 'Clear the selection', when: ['notTyping'], keepDefault: true },
  { command: 'editor.tabMoves', keys: ['Mod+M'], scope: 'Code editor', label: 'Toggle whether Tab inserts a tab or moves focus out of the editor', native: true },
  { command: 'dialog.close', keys: ['Escape'], scope: 'Dialogs', label: 'Close the dialog', native: true },
];

interface Chord {
  key: string;
  mod: boolean;
  shift: boolean | 'any';
  alt: boolean;
}

function parseChord(spec: string): Chord {
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts.pop()!;
  const has = (m: string) => parts.includes(m);
  return { key: key === 'Space' ? ' ' : key, mod: has('Mod'), shift: has('Shift?') ? 'any' : has('Shift'), alt: has('Alt') };
}

/** Whether a keydown is the chord `spec` (modifiers not named must be up). */
export function matchesChord(spec: string, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const c = parseChord(spec);
  const key = c.key.length === 1 ? e.key.toLowerCase() === c.key.toLowerCase() : e.key === c.key;
  return key && (e.ctrlKey || e.metaKey) === c.mod && e.altKey === c.alt && (c.shift === 'any' || e.shiftKey === c.shift);
}

/** The one "is the user typing" check: a field, a select, editable content or the code editor. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (inCodeEditor(target)) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function inCodeEditor(target: EventTarget | null): boolean {
  return typeof HTMLElement !== 'undefined' && target instanceof HTMLElement && target.closest('.monaco-editor') !== null;
}

/** A handler returns false when the key does not apply now (nothing selected…): the key is left alone. */
export type KeyHandler = (e: KeyboardEvent) => boolean | void;

export interface KeyState {
  dialogOpen?: boolean;
}

function conditionHolds(c: KeyCondition, e: KeyboardEvent, state: KeyState): boolean {
  if (c === 'notTyping') return !isTyping(e.target);
  if (c === 'notInCodeEditor') return !inCodeEditor(e.target);
  return !state.dialogOpen;
}

/**
 * Run the first binding, in table order, that the listener has a handler for, whose keys match and whose
 * conditions hold; prevents the default unless `keepDefault`. Returns the binding that ran.
 */
export function dispatchKey(e: KeyboardEvent, handlers: Readonly<Record<string, KeyHandler>>, state: KeyState = {}): KeyBinding | undefined {
  for (const b of KEYMAP) {
    const run = handlers[b.command];
    if (!run || b.native || !b.keys.some((k) => matchesChord(k, e))) continue;
    if (!(b.when ?? []).every((c) => conditionHolds(c, e, state))) continue;
    if (run(e) === false) continue;
    if (!b.keepDefault) e.preventDefault();
    return b;
  }
  return undefined;
}

/** The sheet's text for a binding's keys: `Ctrl+Shift+Z / Ctrl+Y`. */
export function shownKeys(b: KeyBinding): string {
  return b.shown ?? b.keys.map((k) => k.replace(/^Shift\?\+/, '').replace(/\bMod\b/, 'Ctrl')).join(' / ');
}
