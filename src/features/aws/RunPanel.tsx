import { useEffect, useRef, useState } from 'react';
import type { AwsProblem } from '../../aws/errors.ts';
import type { ExecutionDetails } from '../../aws/gateway.ts';
import { pollExecution, type PollUpdate } from '../../aws/poll.ts';
import type { HistoryEvent } from '../../simulator/events.ts';
import { useAwsStore } from './awsStore.ts';
import { useSimulationSettings } from '../simulation/settings.ts';
import { classify, ProblemView } from './ProblemView.tsx';
import { RecentExecutions } from './RecentExecutions.tsx';
import { clearShown, showExpress, showStandard } from './showExecution.ts';

function detailName(e: HistoryEvent): string {
  const d = (e.stateEnteredEventDetails ?? e.stateExitedEventDetails) as { name?: string } | undefined;
  return d?.name ?? '';
}

const EXPRESS_NOTE =
  'Express executions have no step history from the API: the canvas marks only the states every run passes through, and the History view holds just the input and the outcome. Turn on logging (level ALL, with execution data) to see the steps in CloudWatch Logs.';

/**
 * Run the opened machine: input, start, poll (cancellable), status, output/error, history, stop; open any recent
 * execution. Every execution shown goes to the canvas and the simulation views (see showExecution.ts).
 */
export function RunPanel() {
  const gateway = useAwsStore((s) => s.gateway);
  const machine = useAwsStore((s) => s.machine);
  // The simulation's input to start with: what was simulated locally runs on AWS as it is.
  const [input, setInput] = useState(() => useSimulationSettings.getState().inputText);
  const [update, setUpdate] = useState<PollUpdate | undefined>();
  const [express, setExpress] = useState(false);
  const [arn, setArn] = useState<string | undefined>();
  const [polling, setPolling] = useState(false);
  const [problem, setProblem] = useState<AwsProblem | undefined>();
  const [inputError, setInputError] = useState<string | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const follow = async (executionArn: string) => {
    if (!gateway) return;
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setArn(executionArn);
    setExpress(false);
    setProblem(undefined);
    setUpdate(undefined);
    clearShown();
    setPolling(true);
    await pollExecution(gateway, executionArn, {
      signal: c.signal,
      onUpdate: (u) => {
        setUpdate(u);
        if (u.execution) showStandard(u.execution, u.events);
      },
    });
    if (controller.current === c) setPolling(false);
  };
  const start = async () => {
    if (!gateway || !machine) return;
    setProblem(undefined);
    setInputError(undefined);
    try {
      JSON.parse(input);
    } catch {
      return setInputError('The input is not valid JSON');
    }
    controller.current?.abort();
    setUpdate(undefined);
    clearShown();
    try {
      const r = await gateway.startExecution(machine, input);
      if (r.result) {
        setArn(r.executionArn);
        setExpress(true);
        setUpdate({ execution: r.result, events: [], problem: undefined });
        return showExpress({ ...r.result, input: r.result.input ?? input });
      }
      await follow(r.executionArn);
    } catch (e) {
      setProblem(classify(e));
    }
  };
  const stop = async () => {
    if (!gateway || !arn) return;
    try {
      await gateway.stopExecution(arn);
    } catch (e) {
      setProblem(classify(e));
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
      <button type="button" className="link-button" onClick={() => setInput(useSimulationSettings.getState().inputText)}>
        Use the simulation input
      </button>
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
      {inputError && <p role="alert">{inputError}</p>}
      <ProblemView problem={problem} label="Run problem" />
      {update?.problem && update.failure?.retryable !== false && <p role="status">{update.problem}</p>}
      <ProblemView problem={update?.failure} label="Polling problem" role={update?.failure?.retryable ? 'status' : 'alert'} lead={update?.failure?.retryable ? undefined : 'Polling stopped.'} />
      {ex && (
        <div className="aws-execution" aria-label="Execution" data-execution-status={ex.status} data-express={express || undefined}>
          <p>
            Status: <strong>{ex.status}</strong> <span className="muted">{ex.name}</span>
          </p>
          {ex.output !== undefined && <pre aria-label="Execution output">{ex.output}</pre>}
          {ex.error !== undefined && (
            <p role="alert">
              {ex.error}: {ex.cause}
            </p>
          )}
          {express && <p className="muted aws-express-note">{EXPRESS_NOTE}</p>}
          <p className="muted">Shown on the canvas and in the Simulation panel’s History, State runs and Data flow views.</p>
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
      <RecentExecutions onOpen={(a) => void follow(a)} openArn={arn} />
    </section>
  );
}
