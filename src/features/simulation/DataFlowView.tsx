/**
 * One state run's data flow: input, every pipeline stage (InputPath → Parameters/Arguments → result →
 * ResultSelector → ResultPath → OutputPath/Output) side by side, the variables in scope, error and cause, and
 * the attempts of the same state (retries). Shows the latest run unless one was chosen.
 */
import type { JsonValue } from '../../asl/types.ts';
import { runStatus } from './runView.ts';
import { useSession } from './session.ts';
import type { StateRun } from './protocol.ts';

const STAGES: [keyof StateRun, string][] = [
  ['input', 'Input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters'],
  ['afterArguments', 'After Arguments'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['output', 'Output'],
];

function Json({ value }: { value: JsonValue | undefined }) {
  return <pre className="json-view">{value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>;
}

/**
 * One state run's stages, variables, error and attempts (also used for a state tested on AWS, whose inspection
 * data has the same stages).
 */
export function StateRunDetails({ run, startTime, attempts }: { run: StateRun; startTime: number; attempts: readonly StateRun[] }) {
  return (
    <>
      <h3 className="dataflow-title">
        {run.path} <span className="muted">({run.type}, {runStatus(run)}, +{run.enteredAt - startTime} ms, {run.exitedAt - run.enteredAt} ms)</span>
      </h3>
      <div className="dataflow-stages">
        {STAGES.filter(([k]) => k === 'input' || k === 'output' || run[k] !== undefined).map(([k, label]) => (
          <section key={k} className="dataflow-stage" aria-label={label}>
            <h4>{label}</h4>
            <Json value={run[k] as JsonValue | undefined} />
          </section>
        ))}
      </div>
      {run.variables && Object.keys(run.variables).length > 0 && (
        <section aria-label="Variables">
          <h4>Variables in scope</h4>
          <Json value={run.variables} />
        </section>
      )}
      {run.error !== undefined && (
        <section aria-label="Error" className="sim-error">
          <h4>Error</h4>
          <strong>{run.error}</strong>
          <pre className="json-view">{run.cause}</pre>
        </section>
      )}
      {attempts.length > 1 && (
        <section aria-label="Attempts">
          <h4>Attempts</h4>
          <ol start={0}>
            {attempts.map((a) => (
              <li key={`${a.retryCount}-${a.enteredAt}`}>
                {a.retryCount === 0 ? 'First attempt' : `Retry ${a.retryCount}`} at +{a.enteredAt - startTime} ms: {a.error ?? 'succeeded'}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

export function DataFlowView() {
  const runs = useSession((s) => s.runs);
  const selected = useSession((s) => s.selectedRun);
  const startTime = useSession((s) => s.startTime);
  const selectRun = useSession((s) => s.selectRun);
  const index = selected ?? runs.length - 1;
  const run = runs[index];
  if (!run) return <p className="muted">No state has run yet. Step or Run to see the data flow.</p>;
  const attempts = runs.filter((r) => r.path === run.path);
  return (
    <section aria-label="Data flow" data-run-path={run.path}>
      <div className="sim-buttons">
        <button type="button" disabled={index <= 0} onClick={() => selectRun(index - 1)}>
          ◀ Previous run
        </button>
        <button type="button" disabled={index >= runs.length - 1} onClick={() => selectRun(index + 1)}>
          Next run ▶
        </button>
        <button type="button" disabled={selected === undefined} onClick={() => selectRun(undefined)}>
          Follow latest
        </button>
      </div>
      <StateRunDetails run={run} startTime={startTime} attempts={attempts} />
    </section>
  );
}
