/** One Task state's mock: its kind, and the code, result, error or per-invocation sequence. */
import { useId, useState } from 'react';
import type { JsonValue } from '../../asl/types.ts';
import type { MockedInvocation } from '../../simulator/mocks.ts';
import { blankMock, invocationToStep, MAX_MOCK_DURATION_MS, stepToInvocation, withDuration, type MockKind, type MockSpec, type MockStep } from './mockSet.ts';

const KINDS: [MockKind, string][] = [
  ['code', 'JavaScript Lambda'],
  ['result', 'Fixed result'],
  ['error', 'Thrown error'],
  ['sequence', 'Sequence per invocation'],
];

/** A JSON textarea whose valid values are applied as they are typed; invalid text shows why. */
function JsonDraft({ label, initial, onValid, rows = 4 }: { label: string; initial: string; onValid: (v: JsonValue) => string | null; rows?: number }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="sim-code"
        rows={rows}
        spellCheck={false}
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => {
          setText(e.target.value);
          let err: string | null;
          try {
            err = onValid(JSON.parse(e.target.value) as JsonValue);
          } catch (x) {
            err = `Invalid JSON: ${x instanceof Error ? x.message : String(x)}`;
          }
          setError(err);
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function parseSequence(v: JsonValue): MockStep[] | string {
  if (!Array.isArray(v) || v.length === 0) return 'A sequence is a non-empty array of {"Return": …} or {"Throw": {"Error", "Cause"}}';
  const steps: MockStep[] = [];
  for (const x of v) {
    if (typeof x !== 'object' || x === null || Array.isArray(x) || !('Return' in x || 'Throw' in x)) return 'Each entry needs "Return" or "Throw"';
    steps.push(invocationToStep(x as MockedInvocation, false));
  }
  return steps;
}

export function MockEditor({ state, mock, onChange: change }: { state: string; mock: MockSpec; onChange: (m: MockSpec) => void }) {
  const id = useId();
  const durationId = useId();
  // Every edit of the body or the kind keeps the mock's duration.
  const onChange = (m: MockSpec) => change(withDuration(m, mock.durationMs));
  return (
    <fieldset className="sim-mock" data-mock-state={state}>
      <legend>{state}</legend>
      <label htmlFor={id}>Mock kind for {state}</label>{' '}
      <select id={id} value={mock.kind} onChange={(e) => onChange(blankMock(e.target.value as MockKind, state))}>
        {KINDS.map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </select>
      <MockBody key={mock.kind} state={state} mock={mock} onChange={onChange} />
      <label htmlFor={durationId}>Duration for {state} (ms)</label>{' '}
      <input
        id={durationId}
        type="number"
        min={0}
        max={MAX_MOCK_DURATION_MS}
        step={1}
        className="sim-duration"
        value={mock.durationMs ?? 0}
        onChange={(e) => {
          const ms = e.target.valueAsNumber;
          if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_MOCK_DURATION_MS) change(withDuration(mock, ms));
        }}
      />
    </fieldset>
  );
}

function MockBody({ state, mock, onChange }: { state: string; mock: MockSpec; onChange: (m: MockSpec) => void }) {
  const codeId = useId();
  switch (mock.kind) {
    case 'code':
      return (
        <>
          <label htmlFor={codeId}>Mock code for {state}</label>
          <textarea id={codeId} className="sim-code" rows={6} spellCheck={false} value={mock.code} onChange={(e) => onChange({ kind: 'code', code: e.target.value })} />
        </>
      );
    case 'result':
      return (
        <JsonDraft
          label={`Result for ${state}`}
          initial={JSON.stringify(mock.result, null, 2)}
          onValid={(result) => {
            onChange({ kind: 'result', result });
            return null;
          }}
        />
      );
    case 'error':
      return (
        <div className="sim-buttons">
          <label>
            Error name for {state} <input value={mock.error} onChange={(e) => onChange({ ...mock, error: e.target.value })} />
          </label>
          <label>
            Cause for {state} <input value={mock.cause} onChange={(e) => onChange({ ...mock, cause: e.target.value })} />
          </label>
        </div>
      );
    case 'sequence':
      return (
        <JsonDraft
          label={`Sequence for ${state} (one entry per invocation; the last repeats)`}
          rows={6}
          initial={JSON.stringify(mock.steps.map((s) => stepToInvocation(s, false)), null, 2)}
          onValid={(v) => {
            const steps = parseSequence(v);
            if (typeof steps === 'string') return steps;
            onChange({ kind: 'sequence', steps });
            return null;
          }}
        />
      );
  }
}
