/**
 * Shown at the top of the simulation panel while it shows an imported execution history: which execution, what
 * the import repaired or doubts, a replay (a slider over the events, and Play, which steps through them on the
 * canvas), "Turn into a test" and Close. Gone as soon as the panel shows another run.
 */
import { useEffect, useState } from 'react';
import { useImportedHistory, forgetImportedHistory } from './importedHistory.ts';
import { EMPTY_SESSION, useSession } from '../simulation/session.ts';
import { clearShown } from './showExecution.ts';
import './imported.css';

const actions = () => import('./historyImport.ts');
const showAt = (n: number) => void actions().then((m) => m.showImportedAt(n));

/** Time between two steps while the replay plays. */
export const REPLAY_STEP_MS = 250;
/** A replay takes at most this many steps (a long history advances several events a step: 25,000 in 30 s). */
export const REPLAY_MAX_STEPS = 120;

function useReplay(total: number, position: number) {
  const [on, setOn] = useState(false);
  // Playing until the last event: then it rests, and Replay starts again from the first.
  const playing = on && position < total;
  useEffect(() => {
    if (!playing) return undefined;
    const stride = Math.max(1, Math.ceil(total / REPLAY_MAX_STEPS));
    const t = setTimeout(() => showAt(Math.min(total, position + stride)), REPLAY_STEP_MS);
    return () => clearTimeout(t);
  }, [playing, position, total]);
  const toggle = () => {
    if (!playing && position >= total) showAt(1);
    setOn(!playing);
  };
  return { playing, toggle, stop: () => setOn(false) };
}

export function ImportedRunBar() {
  const { history, fileName, shownEvents, position, message } = useImportedHistory();
  const shown = useSession((s) => shownEvents !== undefined && s.events === shownEvents);
  const total = history?.events.length ?? 0;
  const replay = useReplay(total, position);
  if (!history || !shown) return null;
  const { execution, events, warnings } = history;
  const close = () => {
    replay.stop();
    forgetImportedHistory();
    clearShown();
    useSession.setState({ ...EMPTY_SESSION });
  };
  return (
    <section className="imported-run" aria-label="Imported execution">
      <p>
        <strong>Imported execution</strong> <span data-testid="imported-execution-name">{execution.name}</span> · {execution.status.toLowerCase()} · {events.length} events
        {fileName && fileName !== execution.name ? <span className="muted"> · {fileName}</span> : null}
      </p>
      {warnings.length > 0 && (
        <ul className="imported-warnings" aria-label="Import warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="imported-replay">
        <button type="button" onClick={replay.toggle} aria-pressed={replay.playing}>
          {replay.playing ? '❚❚ Pause' : '▶ Replay'}
        </button>
        <input
          type="range"
          min={1}
          max={total}
          value={position}
          aria-label="Replay position (events)"
          aria-valuetext={`Event ${position} of ${total}: ${events[position - 1]?.type ?? ''}`}
          onChange={(e) => {
            replay.stop();
            showAt(Number(e.target.value));
          }}
        />
        <span className="muted" data-testid="replay-position">
          {position}/{total} {events[position - 1]?.type}
        </span>
      </div>
      <div className="sim-buttons">
        <button type="button" onClick={() => void actions().then((m) => m.turnIntoTest())} title="Add a test to this workflow's Tests: the recorded input, every task result as a mock, the final output or error as the expectation">
          Turn into a test
        </button>
        <button type="button" onClick={() => void actions().then((m) => m.downloadTestFile())} title="The same test case as a file that asl-studio test runs">
          Download test file
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {message && (
        <p className="imported-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
