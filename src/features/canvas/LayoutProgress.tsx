import type { StateGraph } from '../../asl/index.ts';
import './layoutProgress.css';

/** Shown over the canvas while a layout takes long (big machines): the page is working, not frozen. */
export function LayoutProgress({ graph }: { graph: StateGraph }) {
  const states = graph.nodes.filter((n) => n.kind === 'state').length;
  return (
    <div className="layout-progress" role="status" aria-live="polite" data-testid="layout-progress">
      <span className="layout-progress-spinner" aria-hidden="true" />
      Laying out {states.toLocaleString('en-US')} state{states === 1 ? '' : 's'}…
    </div>
  );
}
