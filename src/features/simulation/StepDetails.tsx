/**
 * Step details, as on the console's execution page: after a run (or while paused), the state selected on the
 * canvas shows what it did — input, every pipeline stage, output, duration, retries (attempts) and its events.
 * A state that ran in several Map iterations or Parallel branches has an iteration picker; the events shown are
 * those its own thread recorded (eventThreads), so a sibling iteration's events or retries never show.
 */
import { useMemo, useState } from 'react';
import { splitStateId } from '../../commands/stateScopes.ts';
import { useAppStore } from '../../store/store.ts';
import { StateRunDetails } from './DataFlowView.tsx';
import { eventStates, eventSummary, stepEventIndices } from './eventFilter.ts';
import { useSession } from './session.ts';

export function StepDetails() {
  const selectedId = useAppStore((s) => s.ui.selectedId);
  const runs = useSession((s) => s.runs);
  const events = useSession((s) => s.events);
  const eventThreads = useSession((s) => s.eventThreads);
  const startTime = useSession((s) => s.startTime);
  const mine = useMemo(() => runs.filter((r) => r.id !== '' && r.id === selectedId), [runs, selectedId]);
  const threads = useMemo(() => [...new Set(mine.map((r) => r.thread))], [mine]);
  const [picked, setPicked] = useState<string | undefined>();
  const thread = picked !== undefined && threads.includes(picked) ? picked : threads[threads.length - 1];
  const attempts = mine.filter((r) => r.thread === thread);
  const run = attempts[attempts.length - 1];
  const names = useMemo(() => eventStates(events, eventThreads), [events, eventThreads]);
  if (!selectedId) return <p className="muted">Select a state on the canvas to see what it did in this run.</p>;
  const name = splitStateId(selectedId).name;
  if (runs.length === 0) return <p className="muted">No run yet. Run or Step, then select a state to see its details.</p>;
  if (!run) return <p className="muted">{name} has not run in this execution.</p>;
  const from = attempts[0]!.enteredAt;
  const to = run.exitedAt;
  const stepEvents = stepEventIndices(events, eventThreads, names, { stateName: run.stateName, thread: run.thread, from, to }).map((i) => events[i]!);
  return (
    <section aria-label="Step details" data-step-state={name}>
      {threads.length > 1 && (
        <div className="sim-buttons">
          <label>
            Iteration{' '}
            <select aria-label="Iteration" value={thread} onChange={(e) => setPicked(e.target.value)}>
              {threads.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <dl className="step-facts">
        <dt>Duration</dt>
        <dd>{to - from} ms</dd>
        <dt>Started</dt>
        <dd title={new Date(from).toISOString()}>+{from - startTime} ms</dd>
        <dt>Retries</dt>
        <dd>{attempts.length - 1}</dd>
      </dl>
      <StateRunDetails run={run} startTime={startTime} attempts={attempts} />
      <section aria-label="Events">
        <h4>Events</h4>
        <ol className="step-events">
          {stepEvents.map((e) => (
            <li key={e.id}>
              <span className="step-event-type">{e.type}</span> <span className="muted">+{Date.parse(e.timestamp) - startTime} ms</span>{' '}
              <span className="muted">{eventSummary(e)}</span>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
