/** What the mocks logged (console.log and friends in JavaScript mocks), in order, per state and invocation. */
import { useSession } from './session.ts';

export function LogView() {
  const logs = useSession((s) => s.logs);
  if (logs.length === 0) return <p className="muted">No log lines yet (JavaScript mocks log with console.log).</p>;
  return (
    <ol className="sim-log" aria-label="Run log">
      {logs.map((l, i) => (
        <li key={i} className={`log-${l.level}`}>
          <span className="muted">
            {l.path} #{l.invocation}
          </span>{' '}
          {l.text}
        </li>
      ))}
    </ol>
  );
}
