import { useState } from 'react';
import { locationToPath, type LoggingLevel, type MachineType, type ValidationDiagnostic } from '../../aws/gateway.ts';
import { rangeOf } from '../../asl/parse.ts';
import { useAppStore } from '../../store/store.ts';
import { useAwsStore } from './awsStore.ts';

interface Shown extends ValidationDiagnostic {
  line?: number | undefined;
  column?: number | undefined;
}

/** The definition as AWS takes it: the text when it is JSON, the definition re-serialised when it is YAML. */
function definitionText(): string {
  const { doc } = useAppStore.getState();
  return doc.format === 'json' ? doc.text : JSON.stringify(doc.definition ?? {}, null, 2);
}

/** Save: create a machine or update the opened one, after ValidateStateMachineDefinition; the new revision. */
export function SavePanel() {
  const gateway = useAwsStore((s) => s.gateway);
  const machine = useAwsStore((s) => s.machine);
  const setMachine = useAwsStore((s) => s.setMachine);
  const [name, setName] = useState('');
  const [type, setType] = useState<MachineType>('STANDARD');
  const [roleArn, setRoleArn] = useState(machine?.roleArn ?? '');
  const [logging, setLogging] = useState<LoggingLevel>('OFF');
  const [diagnostics, setDiagnostics] = useState<Shown[] | undefined>();
  const [result, setResult] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const validate = async (t: MachineType): Promise<boolean> => {
    if (!gateway) return false;
    const text = definitionText();
    const r = await gateway.validateDefinition(text, t);
    const { doc } = useAppStore.getState();
    setDiagnostics(
      r.diagnostics.map((d) => {
        const path = locationToPath(doc.definition, d.location);
        const range = path && doc.parsed && !doc.stale ? rangeOf(doc.parsed, path) : undefined;
        return { ...d, line: range?.line, column: range?.column };
      }),
    );
    return r.result === 'OK';
  };
  const act = (label: string, f: () => Promise<string | undefined>) => async () => {
    setBusy(true);
    setResult(`${label}…`);
    try {
      setResult(await f());
    } catch (e) {
      setResult(`${label} failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const onValidate = act('Validating', async () => ((await validate(machine?.type ?? type)) ? 'AWS found no problems' : 'AWS reported problems'));
  const onUpdate = act('Updating', async () => {
    if (!gateway || !machine) return undefined;
    if (!(await validate(machine.type))) return 'Not saved: fix the problems AWS reported';
    const r = await gateway.updateStateMachine(machine.arn, definitionText());
    setMachine({ ...machine, definition: definitionText(), revisionId: r.revisionId ?? machine.revisionId });
    return `Updated ${machine.name}: revision ${r.revisionId ?? '(not reported)'}`;
  });
  const onCreate = act('Creating', async () => {
    if (!gateway) return undefined;
    if (!(await validate(type))) return 'Not saved: fix the problems AWS reported';
    const created = await gateway.createStateMachine({ name: name.trim(), definition: definitionText(), roleArn: roleArn.trim(), type, loggingLevel: logging });
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
        <label>
          Logging level
          <select value={logging} onChange={(e) => setLogging(e.target.value as LoggingLevel)}>
            {['OFF', 'ALL', 'ERROR', 'FATAL'].map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" onClick={() => void onCreate()} disabled={busy || !gateway || name.trim() === '' || roleArn.trim() === ''}>
        Create
      </button>
      {result && <p role="status" aria-label="Save result">{result}</p>}
      {diagnostics && diagnostics.length > 0 && (
        <ul className="aws-list" aria-label="AWS diagnostics">
          {diagnostics.map((d, i) => (
            <li key={i} data-severity={d.severity}>
              <strong>{d.severity}</strong> {d.code}: {d.message}
              {d.location && <span className="muted"> at {d.location}</span>}
              {d.line !== undefined && <span className="muted"> (line {d.line}:{d.column})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
