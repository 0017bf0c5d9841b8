import { useState } from 'react';
import type { AwsProblem } from '../../aws/errors.ts';
import type { ExecutionSummary } from '../../aws/gateway.ts';
import { useAwsStore } from './awsStore.ts';
import { classify, ProblemView } from './ProblemView.tsx';

/** The opened machine's recent executions (paged); Open shows one on the canvas and in the simulation views. */
export function RecentExecutions({ onOpen, openArn }: { onOpen: (arn: string) => void; openArn: string | undefined }) {
  const gateway = useAwsStore((s) => s.gateway);
  const machine = useAwsStore((s) => s.machine);
  const [recent, setRecent] = useState<ExecutionSummary[] | undefined>();
  const [next, setNext] = useState<string | undefined>();
  const [problem, setProblem] = useState<AwsProblem | undefined>();
  const [busy, setBusy] = useState(false);

  const list = async (token?: string) => {
    if (!gateway || !machine) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const page = await gateway.listExecutions(machine.arn, token);
      setRecent((prev) => (token ? [...(prev ?? []), ...page.items] : page.items));
      setNext(page.nextToken);
    } catch (e) {
      setProblem(classify(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h4>Recent executions</h4>
      <button type="button" onClick={() => void list()} disabled={busy}>
        List executions
      </button>
      <ProblemView problem={problem} label="Executions problem" />
      {recent && (
        <ul className="aws-list" aria-label="Recent executions">
          {recent.map((r) => (
            <li key={r.arn} aria-current={r.arn === openArn ? 'true' : undefined}>
              {r.name} <strong>{r.status}</strong> <span className="muted">{r.startDate}</span>
              <button type="button" onClick={() => onOpen(r.arn)} aria-label={`Open execution ${r.name}`}>
                Open
              </button>
            </li>
          ))}
          {recent.length === 0 && <li className="muted">No executions yet</li>}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void list(next)} disabled={busy}>
          More executions
        </button>
      )}
    </>
  );
}
