import { useState } from 'react';
import type { AwsProblem } from '../../aws/errors.ts';
import type { MachineSummary } from '../../aws/gateway.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { addWorkflow } from '../library/controller.ts';
import { useAwsStore } from './awsStore.ts';
import { classify, ProblemView } from './ProblemView.tsx';

/** The account's state machines (paged, searchable); Open adds one to the library as a new workflow and opens it. */
export function MachineBrowser() {
  const gateway = useAwsStore((s) => s.gateway);
  const machine = useAwsStore((s) => s.machine);
  const setMachine = useAwsStore((s) => s.setMachine);
  const [items, setItems] = useState<MachineSummary[] | undefined>();
  const [next, setNext] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AwsProblem | undefined>();

  const load = async (token?: string) => {
    if (!gateway) return;
    setBusy(true);
    setError(undefined);
    try {
      const page = await gateway.listStateMachines(token);
      setItems((prev) => (token ? [...(prev ?? []), ...page.items] : page.items));
      setNext(page.nextToken);
    } catch (e) {
      setError(classify(e));
    } finally {
      setBusy(false);
    }
  };
  const open = async (m: MachineSummary) => {
    if (!gateway) return;
    setBusy(true);
    setError(undefined);
    try {
      const details = await gateway.describeStateMachine(m.arn);
      // A new library entry named after the machine: the open workflow is never overwritten (it stays in the
      // library as it was). A storage failure leaves everything as it was and says why (the library's status).
      if (!(await addWorkflow({ name: details.name, text: details.definition }))) return;
      useSimulationView.getState().clearRun();
      setMachine(details);
    } catch (e) {
      setError(classify(e));
    } finally {
      setBusy(false);
    }
  };
  const q = query.trim().toLowerCase();
  const shown = (items ?? []).filter((m) => m.name.toLowerCase().includes(q) || m.arn.toLowerCase().includes(q));

  return (
    <section className="aws-section" aria-label="State machines">
      <h3>State machines</h3>
      <div className="aws-actions">
        <button type="button" onClick={() => void load()} disabled={busy}>
          {items ? 'Refresh' : 'List state machines'}
        </button>
        <input type="search" aria-label="Search state machines" placeholder="Search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ProblemView problem={error} label="State machines problem" />
      {items && (
        <ul className="aws-list" aria-label="AWS state machines">
          {shown.map((m) => (
            <li key={m.arn}>
              <span className="aws-name">{m.name}</span> <span className="muted">{m.type}</span>
              <button type="button" onClick={() => void open(m)} disabled={busy} aria-label={`Open ${m.name}`}>
                Open
              </button>
            </li>
          ))}
          {shown.length === 0 && <li className="muted">No state machines{q ? ' match' : ''}</li>}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)} disabled={busy}>
          Load more
        </button>
      )}
      {machine && (
        <dl className="aws-machine" aria-label="Opened state machine">
          <dt>Name</dt>
          <dd>{machine.name}</dd>
          <dt>ARN</dt>
          <dd>{machine.arn}</dd>
          <dt>Type</dt>
          <dd>{machine.type}</dd>
          <dt>Role</dt>
          <dd>{machine.roleArn}</dd>
          <dt>Logging</dt>
          <dd>
            {machine.loggingLevel ?? 'OFF'}
            {machine.logGroupArn ? ` → ${machine.logGroupArn}` : ''}
            {machine.includeExecutionData ? ' (with execution data)' : ''}
          </dd>
          {machine.revisionId && (
            <>
              <dt>Revision</dt>
              <dd>{machine.revisionId}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
