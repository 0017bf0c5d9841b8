/**
 * Keyboard navigation: which side-panel tab and keyboard dialog are open; moving focus between the panes (F6 /
 * Shift+F6, like VS Code), onto a canvas node and into the inspector (each pane gets focus back where it was); and
 * the app-wide keys: panes, the shortcut sheet (?), the simulation (F5 run, F10 step, F8 continue), palette arrows.
 */
import { create } from 'zustand';
import { dispatchKey, type KeyHandler } from '../keyboard/keymap.ts';
import { nextPane, PANES, type Pane } from './shortcuts.ts';

export type SideTab = 'inspector' | 'simulation' | 'tests';
export type A11yDialog = { kind: 'shortcuts' } | { kind: 'connect'; source: string } | { kind: 'goto' };

interface A11yUi {
  sideTab: SideTab;
  /** Counts the calls of setSideTab: a view asked for (F5, Enter on a node) opens a collapsed side panel. */
  sideAsked: number;
  dialog: A11yDialog | undefined;
  setSideTab: (t: SideTab) => void;
  /** The closed dialog's action moves the focus itself (the dialog does not give it back to its opener). */
  focusHandled: boolean;
  openDialog: (d: A11yDialog) => void;
  closeDialog: (options?: { focusHandled?: boolean }) => void;
}

export const useA11yUi = create<A11yUi>()((set) => ({
  sideTab: 'inspector',
  sideAsked: 0,
  dialog: undefined,
  setSideTab: (sideTab) => set((s) => ({ sideTab, sideAsked: s.sideAsked + 1 })),
  focusHandled: false,
  openDialog: (dialog) => set({ dialog, focusHandled: false }),
  closeDialog: (options) => set({ dialog: undefined, focusHandled: options?.focusHandled ?? false }),
}));

const SELECTOR: Record<Pane, string> = {
  palette: 'nav.palette',
  canvas: 'section.canvas',
  editor: 'section.editor',
  side: 'aside.side-panel',
};

const last = new Map<Pane, HTMLElement>();

export function paneOf(el: Element | null): Pane | undefined {
  return PANES.find((p) => el?.closest(SELECTOR[p]));
}

/** Remember where focus was in each pane (installed once by the app shell). */
export function trackPaneFocus(): () => void {
  const onFocus = (e: FocusEvent) => {
    const t = e.target;
    if (!(t instanceof HTMLElement)) return;
    const pane = paneOf(t);
    if (pane) last.set(pane, t);
  };
  document.addEventListener('focusin', onFocus);
  return () => document.removeEventListener('focusin', onFocus);
}

function firstIn(root: Element, pane: Pane): HTMLElement | null {
  switch (pane) {
    case 'palette':
      return root.querySelector<HTMLElement>('.palette-entry, input');
    case 'canvas':
      return root.querySelector<HTMLElement>('.react-flow__node.selected') ?? root.querySelector<HTMLElement>('.react-flow__node-state, .react-flow__node-container') ?? (root as HTMLElement);
    case 'editor':
      return root.querySelector<HTMLElement>('.monaco-editor textarea, .monaco-editor .native-edit-context, .monaco-editor [role="textbox"]');
    case 'side':
      return root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  }
}

export function focusPane(pane: Pane): void {
  const root = document.querySelector(SELECTOR[pane]);
  if (!root) return;
  const remembered = last.get(pane);
  const target = remembered?.isConnected && pane !== 'canvas' ? remembered : firstIn(root, pane);
  target?.focus();
}

/** Whether a pane is shown (the Design and Code views and a collapsed palette or side panel hide some). */
function paneShown(pane: Pane): boolean {
  const root = document.querySelector<HTMLElement>(SELECTOR[pane]);
  return !!root && root.getClientRects().length > 0 && root.getBoundingClientRect().width > 0;
}

/** Move to the next (or previous) pane that is shown. */
export function cyclePanes(back: boolean): void {
  let pane = nextPane(paneOf(document.activeElement), back);
  for (let i = 0; i < PANES.length && !paneShown(pane); i++) pane = nextPane(pane, back);
  focusPane(pane);
}

/** How long focusNode waits for the node to be rendered (a big machine's canvas follows an edit in a deferred render). */
const FOCUS_NODE_WAIT_MS = 5000;

/**
 * Focus a canvas node once it is rendered (after an add, a rename or a move its element is new; a node brought into
 * view is rendered then). While it waits, focus that went elsewhere than the page itself (the user moved on) is left
 * alone, unless `always` (the user asked to go to that node).
 */
export function focusNode(id: string, options: { always?: boolean; until?: number } = {}): void {
  const until = options.until ?? performance.now() + FOCUS_NODE_WAIT_MS;
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus();
  // Not there yet, or not focusable yet (behind a modal dialog that is closing).
  if (el && document.activeElement === el) return;
  if (performance.now() < until) {
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (options.always || !active || active === document.body || active.closest('section.canvas')) focusNode(id, { ...options, until });
    });
  }
}

/** Show the inspector and focus its first field once it shows the selected state (after the next render). */
export function focusInspector(tries = 10): void {
  useA11yUi.getState().setSideTab('inspector');
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('section.inspector :is(input, select, textarea):not([disabled])');
    if (field) field.focus();
    else if (tries > 0) focusInspector(tries - 1);
  });
}

/** Up/Down (and Home/End) between the palette's entries; returns whether the key was used. */
export function movePaletteFocus(target: HTMLElement, key: string): boolean {
  if (!target.classList.contains('palette-entry')) return false;
  const all = [...document.querySelectorAll<HTMLElement>('nav.palette .palette-entry')];
  const i = all.indexOf(target);
  const to = key === 'ArrowDown' ? all[i + 1] : key === 'ArrowUp' ? all[i - 1] : key === 'Home' ? all[0] : key === 'End' ? all.at(-1) : undefined;
  to?.focus();
  return to !== undefined;
}

type SimAction = 'run' | 'step' | 'continue';

async function simulate(action: SimAction): Promise<void> {
  useA11yUi.getState().setSideTab('simulation');
  const [{ simulation, canContinue }, { useSession }] = await Promise.all([
    import('../simulation/controller.ts'),
    import('../simulation/session.ts'),
  ]);
  if (useSession.getState().running) return;
  if (action === 'continue') {
    if (canContinue()) simulation.run();
  } else if (action === 'run') simulation.run();
  else simulation.step();
}

/** The app-wide commands of the keymap (src/features/keyboard/keymap.ts), for the window's capture-phase listener. */
export const GLOBAL_KEY_HANDLERS: Readonly<Record<string, KeyHandler>> = {
  'pane.cycle': (e) => cyclePanes(e.shiftKey),
  'sheet.open': () => useA11yUi.getState().openDialog({ kind: 'shortcuts' }),
  'goto.open': () => useA11yUi.getState().openDialog({ kind: 'goto' }),
  'simulation.run': () => void simulate('run'),
  'simulation.step': () => void simulate('step'),
  'simulation.continue': () => void simulate('continue'),
  'palette.move': (e) => e.target instanceof HTMLElement && movePaletteFocus(e.target, e.key),
};

/** Handle a keydown (window, capture phase); returns whether it was one of ours. */
export function handleGlobalKey(e: KeyboardEvent): boolean {
  return dispatchKey(e, GLOBAL_KEY_HANDLERS, { dialogOpen: useA11yUi.getState().dialog !== undefined }) !== undefined;
}
