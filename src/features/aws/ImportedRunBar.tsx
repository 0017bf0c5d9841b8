/**
 * Shown at the top of the simulation panel while it shows an imported execution history: which execution, what
 * the import repaired or doubts, "Turn into a test" and Close. Gone as soon as the panel shows another run.
 */
import { useImportedHistory, forgetImportedHistory } from './importedHistory.ts';
import { useSession } from '../simulation/session.ts';
import { clearShown } from './showExecution.ts';
import { EMPTY_SESSION } from '../simulation/session.ts';
import './imported.css';

const actions = () => import('./historyImport.ts');

export function ImportedRunBar() {
  const { history, fileName, shownEvents, message } = useImportedHistory();
  const shown = useSession((s) => shownEvents !== undefined && s.events === shownEvents);
  if (!history || !shown) return null;
  const { execution, events, warnings } = history;
  const close = () => {
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
      <div className="sim-buttons">
        <button type="button" onClick={() => void actions().then((m) => m.turnIntoTest())} title="A test case of this workflow: the recorded input, every task result as a mock, the final output or error as the expectation">
          Turn into a test
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
