/**
 * App-wide keyboard commands of the accessibility feature: panes (F6), the shortcut sheet (?), the simulation
 * (F5 run, F10 step, F8 continue) and arrow keys in the palette. The simulator is loaded on first use.
 */
import { useA11yUi } from './a11yStore.ts';
import { cyclePanes, movePaletteFocus } from './focus.ts';

function inMonaco(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && t.closest('.monaco-editor') !== null;
}

function typing(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return inMonaco(t) || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable;
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

const SIM_KEYS: Record<string, SimAction> = { F5: 'run', F10: 'step', F8: 'continue' };

/** Handle a keydown (window, capture phase); returns whether it was one of ours. */
export function handleGlobalKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === 'F6') {
    cyclePanes(e.shiftKey);
    return true;
  }
  const sim = SIM_KEYS[e.key];
  // F8 in the code editor is Monaco's "next problem".
  if (sim && !e.shiftKey && !(sim === 'continue' && inMonaco(e.target))) {
    void simulate(sim);
    return true;
  }
  if (useA11yUi.getState().dialog) return false;
  if (e.key === '?' && !typing(e.target)) {
    useA11yUi.getState().openDialog({ kind: 'shortcuts' });
    return true;
  }
  if (e.target instanceof HTMLElement && !e.shiftKey && movePaletteFocus(e.target, e.key)) return true;
  return false;
}
