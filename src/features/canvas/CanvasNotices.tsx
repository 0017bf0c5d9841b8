import { useAppStore } from '../../store/store.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { DropChoiceDialog } from './DropChoiceDialog.tsx';
import { useDropChoice } from '../actions/dropChoice.ts';
import { StartChoiceDialog } from './StartChoiceDialog.tsx';
import { useStartChoice } from '../actions/startChoice.ts';

/** Banners over the canvas: stale text, out-of-date run colours, a refused action's reason, a refused connection while dragging. */
export function CanvasNotices({ layoutError, connectHint }: { layoutError?: string; connectHint?: string }) {
  const stale = useAppStore((s) => s.doc.stale);
  const firstError = useAppStore((s) => s.doc.syntaxErrors[0]);
  const notice = useAppStore((s) => s.ui.notice);
  const notify = useAppStore((s) => s.notify);
  const pendingStart = useStartChoice((s) => s.pending !== undefined);
  const pendingDrop = useDropChoice((s) => s.pending !== undefined);
  const runStale = useSimulationView((s) => s.active && s.stale);
  return (
    <div className="canvas-notices">
      {stale && (
        <div className="stale-banner" role="status">
          <strong>Canvas out of date:</strong> the definition has a syntax error
          {firstError?.range ? ` at line ${firstError.range.line}, column ${firstError.range.column}` : ''}. Showing the
          last valid machine; canvas edits are disabled until the text is fixed.
        </div>
      )}
      {runStale && (
        <div className="notice-banner run-stale-banner" role="status" data-testid="run-stale">
          Run colours are from before your last edit: run again to update them.
          <button type="button" className="link-button" onClick={() => useSimulationView.getState().clearRun()}>
            Clear run colours
          </button>
        </div>
      )}
      <StartChoiceDialog />
      <DropChoiceDialog />
      {connectHint && (
        <div className="notice-banner" role="status" data-testid="connect-hint">
          Can’t connect: {connectHint}
        </div>
      )}
      {notice && !connectHint && !pendingStart && !pendingDrop && (
        <div className="notice-banner" role="alert">
          {notice}
          <button type="button" className="link-button" onClick={() => notify(undefined)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      {layoutError && (
        <div className="notice-banner" role="alert">
          Automatic layout failed ({layoutError}); showing a simple layout.
        </div>
      )}
    </div>
  );
}
