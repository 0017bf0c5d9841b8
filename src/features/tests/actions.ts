/**
 * What the Tests panel does beyond editing the suite: Run all (in tests.worker.ts; results and coverage reach the
 * panel and the canvas), Save as test from the simulation's current run, and opening a case's run in the
 * Simulation panel (its input and mocks, without touching the workflow's own).
 */
import type { JsonValue, StateMachineDefinition } from '../../asl/types.ts';
import { useAppStore } from '../../store/store.ts';
import { useCoverageView } from '../../store/coverage.ts';
import { caseFromRun } from '../../suites/capture.ts';
import { addCase, uniqueCaseName, type TestCase } from '../../suites/model.ts';
import { invocationRange } from '../../simulator/mockConfig.ts';
import { useA11yUi } from '../a11y/focus.ts';
import type { MockSet, MockStep } from '../simulation/mockSet.ts';
import { useSession } from '../simulation/session.ts';
import { taskStates } from '../simulation/taskStates.ts';
import { isRecord } from '../../asl/values.ts';
import { useTests } from './testsStore.ts';
import { createTestRunner, type TestRunner } from './testRunner.ts';

function definition(): StateMachineDefinition | undefined {
  return useAppStore.getState().doc.definition as StateMachineDefinition | undefined;
}

/** The app's Run all (testRunner.ts): its tests store, coverage view and worker. */
export const testRunner: TestRunner = createTestRunner({ tests: useTests, coverage: useCoverageView, definition });

/** Runs every case in the worker; a new Run all replaces one still going. */
export function runAll(): void {
  testRunner.runAll();
}

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

/** Whether the simulation holds a finished run to save. */
export function canSaveRun(status: string | undefined): boolean {
  return status !== undefined && TERMINAL.has(status);
}

/** "Save as test": the current run's input, every Task call it made, and how it ended. Returns the case's name. */
export function saveCurrentRun(): string | undefined {
  const s = useSession.getState();
  if (!canSaveRun(s.status)) {
    useTests.setState({ message: 'Run the workflow in the simulator first: a finished run can be saved as a test' });
    return undefined;
  }
  const started = s.events[0] as { executionStartedEventDetails?: { input?: string } } | undefined;
  let input: JsonValue = {};
  try {
    input = JSON.parse(started?.executionStartedEventDetails?.input ?? '{}') as JsonValue;
  } catch {
    input = {};
  }
  const { suite } = useTests.getState();
  const base = s.status === 'SUCCEEDED' ? 'Succeeds' : `Fails with ${s.error ?? s.status}`;
  const c = caseFromRun(uniqueCaseName(suite, base), input, s.runs, { status: s.status!, output: s.output, error: s.error, cause: s.cause });
  return useTests.getState().add(c);
}

/**
 * A case's mocks as the simulation panel's mock set: a sequence per state, one step per invocation. The panel's
 * results of a lambda:invoke state are the function's own (the simulation wraps them in the API response), so the
 * case's `Return` gives its `Payload` there.
 */
export function caseMockSet(c: TestCase, definition: unknown): MockSet {
  const lambda = new Set(taskStates(definition).filter((t) => t.lambda).map((t) => t.name));
  const set: MockSet = {};
  for (const [state, calls] of Object.entries(c.mocks)) {
    const unwrap = (v: JsonValue | undefined): JsonValue => (lambda.has(state) && isRecord(v) && 'Payload' in v ? (v.Payload as JsonValue) : (v ?? null));
    const steps: MockStep[] = [];
    const ranges = Object.entries(calls)
      .map(([key, inv]) => ({ r: invocationRange(key), inv }))
      .filter((x): x is { r: { from: number; to: number }; inv: (typeof calls)[string] } => typeof x.r !== 'string')
      .sort((a, b) => a.r.from - b.r.from);
    for (const { r, inv } of ranges) {
      const step: MockStep = inv.Throw ? { kind: 'error', error: inv.Throw.Error ?? 'Error', cause: inv.Throw.Cause ?? '' } : { kind: 'result', result: unwrap(inv.Return) };
      for (let i = r.from; i <= Math.min(r.to, r.from + 99); i++) steps.push(step);
    }
    if (steps.length > 0) set[state] = { kind: 'sequence', steps };
  }
  return set;
}

/** Shows a case's run in the Simulation panel. */
export async function openInSimulation(c: TestCase): Promise<void> {
  useA11yUi.getState().setSideTab('simulation');
  const { simulation } = await import('../simulation/controller.ts');
  simulation.runWith({ input: c.input, mocks: caseMockSet(c, definition()) });
}

/** Export files: a zip of the suite's case files and MockConfigFile, named after the workflow. */
export async function exportSuiteFiles(workflowName: string): Promise<void> {
  const def = definition();
  const { suite } = useTests.getState();
  if (!def || suite.cases.length === 0) {
    useTests.setState({ message: def ? 'There are no tests to export' : 'Cannot export: the definition does not parse' });
    return;
  }
  const [{ suiteZip }, { downloadBlob, slug }] = await Promise.all([import('./suiteFiles.ts'), import('../../ui/download.ts')]);
  downloadBlob(new Blob([suiteZip(def, suite) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${slug(workflowName)}-tests.zip`);
  useTests.setState({ message: `Exported ${suite.cases.length} test${suite.cases.length === 1 ? '' : 's'}: unzip and run asl-studio test on the folder` });
}

/** Import files: the cases of an exported zip (or its .json files) join the suite (a taken name gets a number). */
export async function importSuiteFiles(files: readonly File[]): Promise<void> {
  const { importedSuite } = await import('./suiteFiles.ts');
  const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const r = importedSuite(inputs);
  if (!r.ok) {
    useTests.setState({ message: r.message });
    return;
  }
  let suite = useTests.getState().suite;
  for (const c of r.suite.cases) suite = addCase(suite, c);
  useTests.setState({ suite, message: `Imported ${r.suite.cases.length} test${r.suite.cases.length === 1 ? '' : 's'}` });
}
