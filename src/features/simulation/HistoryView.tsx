/** The execution history (GetExecutionHistory event types and details), filterable by type and state. */
import { useMemo, useState } from 'react';
import { useSession } from './session.ts';
import { distinct, eventStates, eventSummary, filterEvents } from './eventFilter.ts';
import { VirtualRows } from './VirtualRows.tsx';

/** An event's time since the execution started; an imported event without a timestamp has none ("—"). */
function sinceStart(timestamp: string, startTime: number): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) || startTime <= 0 ? '—' : `${t - startTime} ms`;
}

export function HistoryView() {
  const events = useSession((s) => s.events);
  const eventThreads = useSession((s) => s.eventThreads);
  const startTime = useSession((s) => s.startTime);
  const [type, setType] = useState('');
  const [state, setState] = useState('');
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const states = useMemo(() => eventStates(events, eventThreads), [events, eventThreads]);
  const types = useMemo(() => distinct(events.map((e) => e.type)), [events]);
  const names = useMemo(() => distinct(states), [states]);
  const shown = useMemo(() => filterEvents(events, states, { types: type ? [type] : [], state }), [events, states, type, state]);
  const sel = selected === undefined ? undefined : events[selected];
  return (
    <section aria-label="Event history" className="sim-table-history">
      <div className="sim-buttons">
        <label>
          Event type{' '}
          <select aria-label="Filter by event type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">All types</option>
            {types.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          State{' '}
          <select aria-label="Filter by state" value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">All states</option>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {shown.length} of {events.length} events
        </span>
      </div>
      <VirtualRows
        label="Events"
        count={shown.length}
        header={
          <>
            <span role="columnheader" className="c-id">ID</span>
            <span role="columnheader" className="c-type">Type</span>
            <span role="columnheader" className="c-state">State</span>
            <span role="columnheader" className="c-time">Elapsed</span>
            <span role="columnheader" className="c-details">Details</span>
          </>
        }
        row={(i) => {
          const index = shown[i] as number;
          const e = events[index];
          if (!e) return null;
          return (
            <>
              <span role="cell" className="c-id">
                <button type="button" className="link-button" onClick={() => setSelected(index)} aria-label={`Event ${e.id} details`}>
                  {e.id}
                </button>
              </span>
              <span role="cell" className="c-type" data-event-type={e.type} title={e.type}>
                {e.type}
              </span>
              <span role="cell" className="c-state" title={states[index] ?? ''}>
                {states[index] ?? ''}
              </span>
              <span role="cell" className="c-time" title={e.timestamp}>
                {sinceStart(e.timestamp, startTime)}
              </span>
              <span role="cell" className="c-details" title={eventSummary(e, 2000)}>
                {eventSummary(e)}
              </span>
            </>
          );
        }}
      />
      {sel && (
        <pre className="json-view" aria-label={`Event ${sel.id}`}>
          {JSON.stringify(sel, null, 2)}
        </pre>
      )}
    </section>
  );
}

export function LogView() {
  const logs = useSession((s) => s.logs);
  if (logs.length === 0) return <p className="muted">No log lines yet (JavaScript mocks log with console.log).</p>;
  return (
    <ol className="sim-log" aria-label="Run log">
      {logs.map((l, i) =>
        l.dropped ? (
          <li key={i} className="log-dropped" data-log-dropped={l.dropped}>
            {l.path && (
              <span className="muted">
                {l.path} #{l.invocation}{' '}
              </span>
            )}
            {l.text}
          </li>
        ) : (
          <li key={i} className={`log-${l.level}`}>
            <span className="muted">
              {l.path} #{l.invocation}
            </span>{' '}
            {l.text}
          </li>
        ),
      )}
    </ol>
  );
}
