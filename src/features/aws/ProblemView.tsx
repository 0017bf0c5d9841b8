/**
 * A failed AWS call as the user reads it: `classifyAwsError`'s title, what happened and what to do, with its kind
 * as `data-error-kind` (tests read it). Every AWS-mode place that can fail shows its failure through this.
 */
import { classifyAwsError, type AwsProblem } from '../../aws/errors.ts';
import { useAwsStore } from './awsStore.ts';

/** Classify with what the connection knows (the proxy URL tells a stopped proxy from a lost network). */
export function classify(err: unknown): AwsProblem {
  const s = useAwsStore.getState().settings;
  return classifyAwsError(err, { proxyUrl: s?.proxyUrl, endpoint: s?.endpoint, offline: typeof navigator !== 'undefined' && navigator.onLine === false });
}

interface Props {
  problem: AwsProblem | undefined;
  label: string;
  role?: 'alert' | 'status';
  /** Said before the title, e.g. "Polling stopped." */
  lead?: string | undefined;
}

export function ProblemView({ problem, label, role = 'alert', lead }: Props) {
  if (!problem) return null;
  return (
    <div role={role} aria-label={label} className="aws-problem" data-error-kind={problem.kind}>
      {lead && <span>{lead} </span>}
      <strong className="aws-problem-title">{problem.title}</strong>
      <p>{problem.message}</p>
      <p className="aws-problem-action">{problem.action}</p>
    </div>
  );
}
