import { useEffect, useRef, useState } from 'react';
import { withTerminalEvent } from '../../aws/emulatorQuirks.ts';
import type { ExecutionDetails, ExecutionStatus, ExecutionSummary } from '../../aws/gateway.ts';
import { historyView } from '../../aws/history.ts';
import { pollExecution, type PollUpdate } from '../../aws/poll.ts';
import type { HistoryEvent } from '../../simulator/events.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { useAppStore } from '../../store/store.ts';
import { useAwsStore } from './awsStore.ts';

/**
 * Show an execution's history on the canvas (node colours), with the document's current definition. An ended
 * execution whose history lacks its terminal event (a local emulator after StopExecution) gets it here.
 */
function paint(events: HistoryEvent[], status: ExecutionStatus | undefined): void {
  const view = historyView(useAppStore.getState().doc.definition, withTerminalEvent(events, status));
  useSimulationView.getState().setView({ active: true, nodeStatus: view.nodeStatus, currentId: view.currentId, retryCounts: {}, takenEdges: {} });
}

function detailName(e: HistoryEvent): string {
  const d = (e.stateEnteredEventDetails ?? e.stateExitedEventDetails) as { name?: string } | undefined;
  return d?.name ?? '';
}

/** Run the opened machine: input, start, poll (cancellable), status, output/error, history, stop, recent runs. */
export function RunPanel() {
  const gateway = useAwsStore((s) => s.gateway);
  const machine = useAwsStore((s) => s.machine);
  const [input, setInput] = useState('{}');
  const [update, setUpdate] = useState<PollUpdate | undefined>();
  const [arn, setArn] = useState<string | undefined>();
  const [polling, setPolling] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [recent, setRecent] = useState<ExecutionSummary[] | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const follow = async (executionArn: string) => {
    if (!gateway) return;
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setArn(executionArn);
    setPolling(true);
    await pollExecution(gateway, executionArn, {
      signal: c.signal,
      onUpdate: (u) => {
        setUpdate(u);
        if (u.events.length) paint(u.events, u.execution?.status);
      },
    });
    if (controller.current === c) setPolling(false);
  };
  const start = async () => {
    if (!gateway || !machine) return;
    setError(undefined);
    setUpdate(undefined);
    useSimulationView.getState().clearRun();
    try {
      JSON.parse(input);
    } catch {
      return setError('The input is not valid JSON');
    }
    try {
      const r = await gateway.startExecution(machine, input);
      if (r.result) return setUpdate({ execution: r.result, events: [], problem: 'Express (synchronous) executions have no event history' });
      await follow(r.executionArn);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const stop = async () => {
    if (!gateway || !arn) return;
    try {
      await gateway.stopExecution(arn);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const listRecent = async () => {
    if (!gateway || !machine) return;
    try {
      setRecent((await gateway.listExecutions(machine.arn)).items);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!machine) return <p className="muted">Open or create a state machine to run it on AWS.</p>;
  const ex: ExecutionDetails | undefined = update?.execution;
  return (
    <section className="aws-section" aria-label="Run on AWS">
      <h3>Run {machine.name}</h3>
      <label>
        Execution input
        <textarea rows={3} value={input} onChange={(e) => setInput(e.target.value)} spellCheck={false} />
      </label>
      <div className="aws-actions">
        <button type="button" onClick={() => void start()} disabled={!gateway}>
          Start execution
        </button>
        <button type="button" onClick={() => void stop()} disabled={!polling || ex?.status !== 'RUNNING'}>
          Stop execution
        </button>
        {polling && (
          <button type="button" onClick={() => controller.current?.abort()}>
            Stop watching
          </button>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {update?.problem && <p role="status">{update.problem}</p>}
      {ex && (
        <div className="aws-execution" aria-label="Execution" data-execution-status={ex.status}>
          <p>
            Status: <strong>{ex.status}</strong> <span className="muted">{ex.name}</span>
          </p>
          {ex.output !== undefined && <pre aria-label="Execution output">{ex.output}</pre>}
          {ex.error !== undefined && (
            <p role="alert">
              {ex.error}: {ex.cause}
            </p>
          )}
        </div>
      )}
      {update && update.events.length > 0 && (
        <ol className="aws-list aws-events" aria-label="Execution events">
          {update.events.map((e) => (
            <li key={`${e.id}-${e.type}`}>
              {e.id} {e.type} {detailName(e)}
            </li>
          ))}
        </ol>
      )}
      <h4>Recent executions</h4>
      <button type="button" onClick={() => void listRecent()}>
        List executions
      </button>
      {recent && (
        <ul className="aws-list" aria-label="Recent executions">
          {recent.map((r) => (
            <li key={r.arn}>
              {r.name} <strong>{r.status}</strong> <span className="muted">{r.startDate}</span>
              <button type="button" onClick={() => void follow(r.arn)} aria-label={`Show ${r.name}`}>
                Show
              </button>
            </li>
          ))}
          {recent.length === 0 && <li className="muted">No executions yet</li>}
        </ul>
      )}
    </section>
  );
}
