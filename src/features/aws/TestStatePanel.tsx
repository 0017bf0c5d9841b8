import { useState } from 'react';
import type { AwsProblem } from '../../aws/errors.ts';
import type { TestStateResult } from '../../aws/gateway.ts';
import { StateRunDetails } from '../simulation/DataFlowView.tsx';
import { useSimulationSettings } from '../simulation/settings.ts';
import '../simulation/simulation.css';
import './aws.css';
import { useAwsStore } from './awsStore.ts';
import { classify, ProblemView } from './ProblemView.tsx';
import { testStateRun } from './testStateRun.ts';

interface Props {
  id: string;
  name: string;
  state: Record<string, unknown>;
}

/**
 * Test on AWS (lazy-loaded from the inspector): runs the selected state alone with the TestState API at
 * inspection level DEBUG, with a role (the last one used is remembered for this page) and an input (the
 * simulation input by default); shows the status, output or error, the next state and every data-flow stage in
 * the simulation's own data-flow view.
 */
export default function TestStatePanel({ id, name, state }: Props) {
  const gateway = useAwsStore((s) => s.gateway);
  const lastRole = useAwsStore((s) => s.testRoleArn);
  const machineRole = useAwsStore((s) => s.machine?.roleArn);
  const setTestRoleArn = useAwsStore((s) => s.setTestRoleArn);
  const [roleArn, setRoleArn] = useState(lastRole || machineRole || '');
  const [input, setInput] = useState(() => useSimulationSettings.getState().inputText);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ r: TestStateResult; input: string } | undefined>();
  const [problem, setProblem] = useState<AwsProblem | undefined>();
  const [inputError, setInputError] = useState<string | undefined>();

  const run = async () => {
    if (!gateway) return;
    try {
      JSON.parse(input);
    } catch {
      return setInputError('The input is not valid JSON');
    }
    setInputError(undefined);
    setProblem(undefined);
    setResult(undefined);
    setBusy(true);
    setTestRoleArn(roleArn.trim());
    try {
      const r = await gateway.testState({ definition: JSON.stringify(state), roleArn: roleArn.trim(), input, inspectionLevel: 'DEBUG' });
      setResult({ r, input });
    } catch (e) {
      setProblem(classify(e));
    } finally {
      setBusy(false);
    }
  };

  const type = typeof state.Type === 'string' ? state.Type : 'State';
  const shown = result && testStateRun(name, id, type, result.input, result.r);
  return (
    <section className="aws-test-state" aria-label={`Test ${name} on AWS`}>
      <label>
        Role ARN for the test
        <input value={roleArn} onChange={(e) => setRoleArn(e.target.value)} placeholder="arn:aws:iam::123456789012:role/…" spellCheck={false} />
      </label>
      <label>
        Test input
        <textarea rows={3} value={input} onChange={(e) => setInput(e.target.value)} spellCheck={false} />
      </label>
      <button type="button" onClick={() => void run()} disabled={busy || !gateway || roleArn.trim() === ''}>
        {busy ? 'Testing…' : 'Run test on AWS'}
      </button>
      {inputError && <p role="alert">{inputError}</p>}
      <ProblemView problem={problem} label="Test problem" />
      {result && shown && (
        <div className="aws-test-result" aria-label="Test result" data-test-status={result.r.status}>
          <p>
            Status: <strong>{result.r.status}</strong>
            {result.r.nextState !== undefined && (
              <>
                {' '}
                → next state <strong aria-label="Next state">{result.r.nextState}</strong>
              </>
            )}
          </p>
          {result.r.error !== undefined && (
            <p role="alert">
              {result.r.error}: {result.r.cause}
            </p>
          )}
          <section aria-label="Data flow" data-run-path={shown.path}>
            <StateRunDetails run={shown} startTime={0} attempts={[shown]} />
          </section>
        </div>
      )}
    </section>
  );
}
