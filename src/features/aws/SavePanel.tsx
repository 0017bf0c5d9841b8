import { useState } from 'react';
import { VALIDATION_UNAVAILABLE } from '../../aws/emulatorQuirks.ts';
import type { AwsProblem } from '../../aws/errors.ts';
import { GatewayError, type LoggingSettings, type MachineType } from '../../aws/gateway.ts';
import type { Diagnostic } from '../../asl/types.ts';
import { useAppStore } from '../../store/store.ts';
import { showAwsDiagnostics } from './awsDiagnostics.ts';
import { useAwsStore } from './awsStore.ts';
import { LoggingFields, loggingOf } from './LoggingFields.tsx';
import { classify, ProblemView } from './ProblemView.tsx';

/** The definition as AWS takes it: the text when it is JSON, the definition re-serialised when it is YAML. */
function definitionText(): string {
  const { doc } = useAppStore.getState();
  return doc.format === 'json' ? doc.text : JSON.stringify(doc.definition ?? {}, null, 2);
}

/** Logging settings as the gateway sends them (an empty log group is no destination). */
function cleanLogging(l: LoggingSettings): LoggingSettings {
  return { level: l.level, logGroupArn: l.logGroupArn?.trim() || undefined, includeExecutionData: l.includeExecutionData ?? false };
}

/**
 * Save: create a machine or update the opened one, after ValidateStateMachineDefinition, whose diagnostics also
 * show on the canvas, in the editor and in the Problems list (see awsDiagnostics.ts); logging level and
 * destination; the new revision. A failure says what happened and what to do; the workflow text is never touched.
 */
export function SavePanel() {
  const gateway = useAwsStore((s) => s.gateway);
  const machine = useAwsStore((s) => s.machine);
  const setMachine = useAwsStore((s) => s.setMachine);
  const [name, setName] = useState('');
  const [type, setType] = useState<MachineType>('STANDARD');
  const [roleArn, setRoleArn] = useState(machine?.roleArn ?? '');
  const [logging, setLogging] = useState<LoggingSettings>(loggingOf(machine));
  const [diagnostics, setDiagnostics] = useState<Diagnostic[] | undefined>();
  const [result, setResult] = useState<string | undefined>();
  const [problem, setProblem] = useState<AwsProblem | undefined>();
  const [busy, setBusy] = useState(false);
  // Another machine opened: its role and logging become the fields' values.
  const [fieldsFor, setFieldsFor] = useState(machine?.arn);
  if (machine?.arn !== fieldsFor) {
    setFieldsFor(machine?.arn);
    if (machine) {
      setRoleArn(machine.roleArn);
      setLogging(loggingOf(machine));
    }
  }

  const [unvalidated, setUnvalidated] = useState(false);

  /** Validate on AWS. An endpoint that cannot validate (a local emulator) lets the save go on, and says so. */
  const validate = async (t: MachineType): Promise<'OK' | 'FAIL' | 'UNAVAILABLE'> => {
    if (!gateway) return 'FAIL';
    const source = useAppStore.getState().doc.text;
    setUnvalidated(false);
    try {
      const r = await gateway.validateDefinition(definitionText(), t);
      setDiagnostics(showAwsDiagnostics(source, r.diagnostics));
      return r.result;
    } catch (e) {
      if (!(e instanceof GatewayError && e.code === VALIDATION_UNAVAILABLE)) throw e;
      setDiagnostics(showAwsDiagnostics(source, []));
      return 'UNAVAILABLE';
    }
  };
  const act = (label: string, f: () => Promise<string | undefined>) => async () => {
    setBusy(true);
    setProblem(undefined);
    setResult(`${label}…`);
    try {
      setResult(await f());
    } catch (e) {
      setResult(`${label} failed`);
      setProblem(classify(e));
    } finally {
      setBusy(false);
    }
  };
  const onValidate = act('Validating', async () => {
    const verdict = await validate(machine?.type ?? type);
    return verdict === 'OK' ? 'AWS found no problems' : verdict === 'FAIL' ? 'AWS reported problems' : 'This endpoint cannot validate definitions (AWS validation unavailable)';
  });
  const onUpdate = act('Updating', async () => {
    if (!gateway || !machine) return undefined;
    const verdict = await validate(machine.type);
    if (verdict === 'FAIL') return 'Not saved: fix the problems AWS reported';
    setUnvalidated(verdict === 'UNAVAILABLE');
    const log = cleanLogging(logging);
    const r = await gateway.updateStateMachine(machine.arn, definitionText(), undefined, log);
    setMachine({ ...machine, definition: definitionText(), revisionId: r.revisionId ?? machine.revisionId, loggingLevel: log.level, logGroupArn: log.logGroupArn, includeExecutionData: log.includeExecutionData });
    return `Updated ${machine.name}: revision ${r.revisionId ?? '(not reported)'}`;
  });
  const onCreate = act('Creating', async () => {
    if (!gateway) return undefined;
    const verdict = await validate(type);
    if (verdict === 'FAIL') return 'Not saved: fix the problems AWS reported';
    setUnvalidated(verdict === 'UNAVAILABLE');
    const log = cleanLogging(logging);
    const created = await gateway.createStateMachine({ name: name.trim(), definition: definitionText(), roleArn: roleArn.trim(), type, loggingLevel: log.level, logGroupArn: log.logGroupArn, includeExecutionData: log.includeExecutionData });
    setMachine(created);
    return `Created ${created.name}: revision ${created.revisionId ?? '(not reported)'}`;
  });

  return (
    <section className="aws-section" aria-label="Save to AWS">
      <h3>Save</h3>
      <div className="aws-actions">
        <button type="button" onClick={() => void onValidate()} disabled={busy || !gateway}>
          Validate on AWS
        </button>
        {machine && (
          <button type="button" onClick={() => void onUpdate()} disabled={busy}>
            Update {machine.name}
          </button>
        )}
      </div>
      <div className="aws-grid">
        <label>
          New machine name
          <input value={name} onChange={(e) => setName(e.target.value)} spellCheck={false} />
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value as MachineType)}>
            <option value="STANDARD">Standard</option>
            <option value="EXPRESS">Express</option>
          </select>
        </label>
        <label>
          Role ARN
          <input value={roleArn} onChange={(e) => setRoleArn(e.target.value)} placeholder="arn:aws:iam::123456789012:role/…" spellCheck={false} />
        </label>
      </div>
      <LoggingFields value={logging} onChange={setLogging} />
      <button type="button" onClick={() => void onCreate()} disabled={busy || !gateway || name.trim() === '' || roleArn.trim() === ''}>
        Create
      </button>
      {result && <p role="status" aria-label="Save result">{result}</p>}
      {unvalidated && <p className="muted">AWS validation unavailable on this endpoint: saved without it.</p>}
      <ProblemView problem={problem} label="Save problem" />
      {diagnostics && diagnostics.length > 0 && (
        <ul className="aws-list" aria-label="AWS diagnostics">
          {diagnostics.map((d, i) => (
            <li key={i} data-severity={d.severity}>
              {d.message}
              {d.path.length > 0 && <span className="muted"> at /{d.path.join('/')}</span>}
              {d.range && <span className="muted"> (line {d.range.line}:{d.range.column})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
