/**
 * The Tests panel: the open workflow's saved test cases. Save as test (the simulation's finished run), edit,
 * duplicate, delete; Run all (in a worker) shows each case's pass/fail with its problems and output diff, and the
 * suite's state and transition coverage, also drawn on the canvas (src/store/coverage.ts). Clicking a case's name
 * opens its run in the Simulation panel.
 */
import { useRef, useState } from 'react';
import { useCoverageView } from '../../store/coverage.ts';
import type { TestCase } from '../../suites/model.ts';
import type { CaseResult } from '../../suites/runner.ts';
import { useSession } from '../simulation/session.ts';
import { canSaveRun, exportSuiteFiles, importSuiteFiles, openInSimulation, runAll, saveCurrentRun } from './actions.ts';
import { workflowStorage } from '../library/workflowStorage.ts';
import { CaseEditor } from './CaseEditor.tsx';
import { useTests } from './testsStore.ts';
import './tests.css';

function ResultDetails({ result }: { result: CaseResult }) {
  if (result.passed) return null;
  return (
    <div className="case-failure">
      <ul>
        {result.problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {result.diff.length > 0 && (
        <pre className="case-diff" aria-label="Expected (−) and actual (+) output">
          {result.diff.map((l, i) => (
            <span key={i} className={l.op === '-' ? 'diff-del' : l.op === '+' ? 'diff-add' : 'diff-same'}>
              {`${l.op} ${l.text}\n`}
            </span>
          ))}
        </pre>
      )}
    </div>
  );
}

function CaseRow({ c, result }: { c: TestCase; result: CaseResult | undefined }) {
  const [editing, setEditing] = useState(false);
  const update = useTests((s) => s.update);
  const duplicate = useTests((s) => s.duplicate);
  const remove = useTests((s) => s.remove);
  const state = result ? (result.passed ? 'passed' : 'failed') : 'not-run';
  return (
    <li className={`test-case test-${state}`} data-test-case={c.name} data-result={state}>
      <div className="test-case-head">
        <span className="test-badge" role="img" aria-label={state.replace('-', ' ')}>
          {state === 'passed' ? '✓' : state === 'failed' ? '✕' : '○'}
        </span>
        <button type="button" className="test-name" title="Open this run in the Simulation panel" onClick={() => void openInSimulation(c)}>
          {c.name}
        </button>
        <span className="test-expect muted">{c.expect.status === 'SUCCEEDED' ? 'succeeds' : `${c.expect.status.toLowerCase()}${c.expect.error ? ` ${c.expect.error}` : ''}`}</span>
        <span className="test-actions">
          <button type="button" aria-label={`Edit test ${c.name}`} aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Edit
          </button>
          <button type="button" aria-label={`Duplicate test ${c.name}`} onClick={() => duplicate(c.name)}>
            Duplicate
          </button>
          <button type="button" aria-label={`Delete test ${c.name}`} onClick={() => remove(c.name)}>
            Delete
          </button>
        </span>
      </div>
      {result && <ResultDetails result={result} />}
      {editing && (
        <CaseEditor
          testCase={c}
          onCancel={() => setEditing(false)}
          onSave={(next) => {
            const refused = update(c.name, next);
            if (!refused) setEditing(false);
            return refused;
          }}
        />
      )}
    </li>
  );
}

export default function TestsPanel() {
  const suite = useTests((s) => s.suite);
  const results = useTests((s) => s.results);
  const coverage = useTests((s) => s.coverage);
  const running = useTests((s) => s.running);
  const message = useTests((s) => s.message);
  const runStatus = useSession((s) => (s.running ? undefined : s.status));
  const shown = useCoverageView((s) => s.shown);
  const stale = useCoverageView((s) => s.stale);
  const setCoverage = useCoverageView((s) => s.setCoverage);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section className="tests-panel" aria-label="Tests">
      <div className="tests-toolbar">
        <button type="button" onClick={() => saveCurrentRun()} disabled={!canSaveRun(runStatus)} title="Save the simulator's finished run as a test">
          Save as test
        </button>
        <button type="button" onClick={runAll} disabled={running || suite.cases.length === 0}>
          {running ? 'Running…' : 'Run all'}
        </button>
        <button type="button" onClick={() => void exportSuiteFiles(workflowStorage.currentName())} disabled={suite.cases.length === 0} title="A zip of test-case files and a MockConfigFile that asl-studio test runs">
          Export files
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} title="Add the tests of an exported zip or its .json files">
          Import files
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".zip,.json"
          multiple
          hidden
          aria-label="Test files to import"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void importSuiteFiles(files);
          }}
        />
        {coverage && (
          <label className="tests-toggle">
            <input type="checkbox" checked={shown} onChange={(e) => setCoverage({ shown: e.target.checked })} /> Coverage on canvas
          </label>
        )}
      </div>
      <p role="status" className="tests-message">
        {message}
      </p>
      {coverage && (
        <div className="tests-coverage" data-testid="coverage-summary">
          <span>
            States <strong>{coverage.states.percent}%</strong> ({coverage.states.covered}/{coverage.states.total})
          </span>
          <span>
            Transitions <strong>{coverage.transitions.percent}%</strong> ({coverage.transitions.covered}/{coverage.transitions.total})
          </span>
          {stale && <span className="muted">from before your last edit</span>}
          {coverage.uncovered.length > 0 && (
            <details>
              <summary>Not covered ({coverage.uncovered.length})</summary>
              <ul>
                {coverage.uncovered.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {suite.cases.length === 0 ? (
        <p className="muted">No tests yet. Run the workflow in the Simulation panel, then Save as test.</p>
      ) : (
        <ul className="test-cases" aria-label="Test cases">
          {suite.cases.map((c) => (
            <CaseRow key={c.name} c={c} result={results[c.name]} />
          ))}
        </ul>
      )}
    </section>
  );
}
