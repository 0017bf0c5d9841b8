/**
 * Putting an AWS execution on screen: the canvas colours (the simulation view slice) and the simulation session
 * (History, State runs and Data flow views), exactly where a simulated run goes, against the document's current
 * definition. The workflow text is never touched.
 */
import { withTerminalEvent } from '../../aws/emulatorQuirks.ts';
import type { ExecutionDetails } from '../../aws/gateway.ts';
import { historyView } from '../../aws/history.ts';
import type { HistoryEvent } from '../../simulator/events.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { useAppStore } from '../../store/store.ts';
import { EMPTY_SESSION, useSession } from '../simulation/session.ts';
import { expressEvents, expressNodeStatus, sessionFromExecution } from './replay.ts';

/** A Standard execution (running or ended) from its history so far. */
export function showStandard(execution: ExecutionDetails | undefined, events: readonly HistoryEvent[]): void {
  const definition = useAppStore.getState().doc.definition;
  const complete = withTerminalEvent(events, execution?.status);
  const view = historyView(definition, complete);
  useSimulationView.getState().setView({ active: true, nodeStatus: view.nodeStatus, currentId: view.currentId, retryCounts: {}, takenEdges: {}, stale: false });
  if (execution) useSession.setState({ ...EMPTY_SESSION, ...sessionFromExecution(definition, execution, complete) });
}

/** An Express (synchronous) result: no step history from the API, so only what the result says. */
export function showExpress(execution: ExecutionDetails): void {
  const definition = useAppStore.getState().doc.definition;
  const events = expressEvents(execution);
  useSimulationView.getState().setView({ active: true, nodeStatus: expressNodeStatus(definition, execution.status), currentId: undefined, retryCounts: {}, takenEdges: {}, stale: false });
  useSession.setState({ ...EMPTY_SESSION, ...sessionFromExecution(definition, execution, events), announcement: `Showing AWS Express execution ${execution.name}: ${execution.status} (no step history)` });
}

export function clearShown(): void {
  useSimulationView.getState().clearRun();
}
