/**
 * The execution summary: status, output or error and cause, transitions, the Standard-workflow cost, and the
 * execution as JSON in GetExecutionHistory's shape (copy or download).
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NodeRunStatus } from '../../store/simulation.ts';
import { useSession } from './session.ts';

/** $0.025 per 1,000 state transitions (src/simulator/cost.ts; not imported: the simulator loads with the engine). */
const PRICE_PER_TRANSITION = 0.025 / 1000;

export function historyJson(): string {
  const s = useSession.getState();
  return JSON.stringify({ events: s.events }, null, 2);
}

const LABEL: Record<string, string> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  ABORTED: 'Aborted',
};

export function Summary() {
  const s = useSession(
    useShallow((x) => ({ status: x.status, running: x.running, pausedAt: x.pausedAt, output: x.output, error: x.error, cause: x.cause, transitions: x.transitions, events: x.events.length })),
  );
  const [copied, setCopied] = useState('');
  if (!s.status) return <p className="muted">No execution yet: set the input and mocks, then Run or Step.</p>;
  const phase = s.status === 'RUNNING' ? (s.running ? 'Running' : s.pausedAt ? `Paused at ${s.pausedAt}` : 'Paused') : LABEL[s.status];
  const download = () => {
    const url = URL.createObjectURL(new Blob([historyJson()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'execution-history.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = () => {
    navigator.clipboard.writeText(historyJson()).then(
      () => setCopied('Copied'),
      () => setCopied('Copy failed: use Download'),
    );
  };
  return (
    <section className="sim-summary" aria-label="Execution summary">
      <dl>
        <dt>Status</dt>
        <dd data-testid="execution-status" className={`exec-${s.status.toLowerCase()}`}>
          {phase}
        </dd>
        <dt>Transitions</dt>
        <dd>{s.transitions}</dd>
        <dt>Cost (Standard)</dt>
        <dd>${(s.transitions * PRICE_PER_TRANSITION).toFixed(6)}</dd>
        <dt>Events</dt>
        <dd>{s.events}</dd>
      </dl>
      {s.status === 'SUCCEEDED' && (
        <pre className="json-view" aria-label="Execution output">
          {JSON.stringify(s.output)}
        </pre>
      )}
      {s.error !== undefined && (
        <div className="sim-error" aria-label="Execution error">
          <strong>{s.error}</strong>
          {s.cause && <pre className="json-view">{s.cause}</pre>}
        </div>
      )}
      {/* One row in a 360 px side panel (two before): the table below gets the room. */}
      <div className="sim-buttons">
        <span className="muted">Execution JSON</span>
        <button type="button" onClick={copy} aria-label="Copy execution JSON">
          Copy
        </button>
        <button type="button" onClick={download} aria-label="Download execution JSON">
          Download
        </button>
        <span className="muted" role="status">
          {copied}
        </span>
      </div>
    </section>
  );
}

/** The status legend, as in the AWS console (colour plus icon, as on the canvas nodes). */
const ENTRIES: [NodeRunStatus, string, string][] = [
  ['in-progress', '◔', 'In progress'],
  ['succeeded', '✓', 'Succeeded'],
  ['failed', '✕', 'Failed'],
  ['caught-error', '⚠', 'Caught error'],
  ['aborted', '⊘', 'Cancelled / aborted'],
  ['not-run', '○', 'Not run'],
];

/**
 * Closed, one line: the six swatches, as on the canvas; opened, each with its name (two rows of a 360 px side panel
 * otherwise, above the tables that need them).
 */
export function Legend() {
  return (
    <details className="sim-legend-box">
      <summary>
        Status legend
        <span className="sim-legend-key" aria-hidden="true">
          {ENTRIES.map(([status, icon]) => (
            <span key={status} className={`legend-${status}`}>
              <span className="legend-swatch">{icon}</span>
            </span>
          ))}
        </span>
      </summary>
      <ul className="sim-legend" aria-label="Status legend">
        {ENTRIES.map(([status, icon, label]) => (
          <li key={status} className={`legend-${status}`}>
            <span className="legend-swatch" aria-hidden="true">
              {icon}
            </span>
            {label}
          </li>
        ))}
      </ul>
    </details>
  );
}
