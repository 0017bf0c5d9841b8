/**
 * The form that edits one test case: name, input, mocks (MockedResponses by state name), and the expectation —
 * status, output (exact or a JSON subset), error and cause, states that must be visited. Saved only when every field
 * is valid (src/suites/schema.ts); the first problem is said next to the buttons.
 */
import { useState } from 'react';
import type { JsonValue } from '../../asl/types.ts';
import { CASE_STATUSES, type TestCase } from '../../suites/model.ts';
import { parseCase } from '../../suites/schema.ts';

const pretty = (v: unknown) => (v === undefined ? '' : JSON.stringify(v, null, 2));

function parseJson(text: string, what: string): { ok: true; value: JsonValue | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (e) {
    return { ok: false, message: `${what} is not valid JSON (${(e as Error).message})` };
  }
}

export function CaseEditor({ testCase, onSave, onCancel }: { testCase: TestCase; onSave: (c: TestCase) => string | undefined; onCancel: () => void }) {
  const e = testCase.expect;
  const [name, setName] = useState(testCase.name);
  const [input, setInput] = useState(pretty(testCase.input));
  const [mocks, setMocks] = useState(pretty(testCase.mocks));
  const [status, setStatus] = useState<string>(e.status);
  const [match, setMatch] = useState(e.outputMatch ?? 'exact');
  const [output, setOutput] = useState(pretty(e.output));
  const [error, setError] = useState(e.error ?? '');
  const [cause, setCause] = useState(e.cause ?? '');
  const [visits, setVisits] = useState((e.visits ?? []).join(', '));
  const [problem, setProblem] = useState('');

  const save = () => {
    const fields = [parseJson(input, 'The input'), parseJson(mocks, 'The mocks'), parseJson(output, 'The expected output')] as const;
    for (const f of fields) if (!f.ok) return setProblem(f.message);
    const [i, m, o] = fields.map((f) => (f.ok ? f.value : undefined));
    const expect: Record<string, unknown> = { status };
    if (status === 'SUCCEEDED' && o !== undefined) {
      expect.output = o;
      if (match === 'subset') expect.outputMatch = 'subset';
    }
    if (status !== 'SUCCEEDED' && error.trim()) expect.error = error.trim();
    if (status !== 'SUCCEEDED' && cause !== '') expect.cause = cause;
    const v = visits.split(',').map((x) => x.trim()).filter(Boolean);
    if (v.length > 0) expect.visits = v;
    if (e.path) expect.path = e.path;
    const parsed = parseCase({ name: name.trim(), input: i ?? {}, mocks: m ?? {}, expect }, 'the test');
    if (!parsed.ok) return setProblem(parsed.message);
    const refused = onSave(parsed.value);
    if (refused) setProblem(refused);
  };

  return (
    <form
      className="case-editor"
      aria-label={`Edit test ${testCase.name}`}
      onSubmit={(ev) => {
        ev.preventDefault();
        save();
      }}
    >
      <label>
        Name
        <input value={name} onChange={(ev) => setName(ev.target.value)} />
      </label>
      <label>
        Input (JSON)
        <textarea rows={3} value={input} onChange={(ev) => setInput(ev.target.value)} spellCheck={false} />
      </label>
      <fieldset>
        <legend>Expected</legend>
        <label>
          Status
          <select value={status} onChange={(ev) => setStatus(ev.target.value)}>
            {CASE_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        {status === 'SUCCEEDED' ? (
          <>
            <label>
              Output check
              <select value={match} onChange={(ev) => setMatch(ev.target.value as 'exact' | 'subset')}>
                <option value="exact">Exact</option>
                <option value="subset">Contains (JSON subset)</option>
              </select>
            </label>
            <label>
              Output (JSON; empty: not checked)
              <textarea rows={4} value={output} onChange={(ev) => setOutput(ev.target.value)} spellCheck={false} />
            </label>
          </>
        ) : (
          <>
            <label>
              Error
              <input value={error} onChange={(ev) => setError(ev.target.value)} />
            </label>
            <label>
              Cause (empty: not checked)
              <input value={cause} onChange={(ev) => setCause(ev.target.value)} />
            </label>
          </>
        )}
        <label>
          Must visit (state ids, comma separated)
          <input value={visits} onChange={(ev) => setVisits(ev.target.value)} />
        </label>
      </fieldset>
      <label>
        Mocks (MockedResponses by state name)
        <textarea rows={4} value={mocks} onChange={(ev) => setMocks(ev.target.value)} spellCheck={false} />
      </label>
      {problem && (
        <p role="alert" className="case-problem">
          {problem}
        </p>
      )}
      <div className="case-editor-buttons">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
