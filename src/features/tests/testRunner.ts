/**
 * "Run all" in a worker (tests.worker.ts): a runner object owns its worker, so a new Run all replaces the one still
 * going, and results and coverage reach its tests store and its coverage view. The app's runner is made in
 * actions.ts; tests make their own with a stand-in worker (`spawn`).
 */
import type { StateMachineDefinition } from '../../asl/types.ts';
import type { CoverageView } from '../../store/coverage.ts';
import type { TestsStore } from './testsStore.ts';
import type { RunAllMessage, RunAllRequest } from './tests.worker.ts';

/** The part of a Worker the runner uses. */
export interface RunnerWorker {
  onmessage: ((e: MessageEvent<RunAllMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(request: RunAllRequest): void;
  terminate(): void;
}

export interface TestRunnerDeps {
  tests: TestsStore;
  coverage: { getState(): Pick<CoverageView, 'setCoverage'> };
  /** The definition to run (undefined: it does not parse). */
  definition: () => StateMachineDefinition | undefined;
  spawn?: () => RunnerWorker;
}

export interface TestRunner {
  /** Runs every case of the suite in a fresh worker; a run still going is stopped first. */
  runAll(): void;
  /** Stops the run going, if any. */
  stop(): void;
}

const spawnWorker = (): RunnerWorker => new Worker(new URL('./tests.worker.ts', import.meta.url), { type: 'module' }) as RunnerWorker;

export function createTestRunner({ tests, coverage, definition, spawn = spawnWorker }: TestRunnerDeps): TestRunner {
  let worker: RunnerWorker | null = null;
  const done = (w: RunnerWorker): void => {
    w.terminate();
    if (worker === w) worker = null;
  };
  return {
    stop(): void {
      if (worker) done(worker);
    },
    runAll(): void {
      const def = definition();
      const { suite } = tests.getState();
      if (!def) {
        tests.setState({ message: 'Cannot run the tests: the definition does not parse' });
        return;
      }
      worker?.terminate();
      const w = spawn();
      worker = w;
      tests.setState({ running: true, results: {}, message: `Running ${suite.cases.length} test${suite.cases.length === 1 ? '' : 's'}…` });
      w.onmessage = (e) => {
        // A replaced run's late messages change nothing.
        if (worker !== w) return;
        const m = e.data;
        if (m.type === 'case') {
          tests.setState((s) => ({ results: { ...s.results, [m.result.name]: m.result } }));
          return;
        }
        done(w);
        if (m.type === 'fatal') {
          tests.setState({ running: false, message: `The test run stopped: ${m.message}` });
          return;
        }
        const results = Object.values(tests.getState().results);
        const failed = results.filter((r) => !r.passed).length;
        tests.setState({
          running: false,
          coverage: m.coverage,
          message: `${results.length - failed} passed, ${failed} failed · transitions ${m.coverage.transitions.percent}% covered`,
        });
        const items: Record<string, true> = {};
        for (const id of m.items) items[id] = true;
        coverage.getState().setCoverage({ shown: true, counts: m.counts, items, stale: false });
      };
      w.onerror = (e) => {
        e.preventDefault();
        if (worker !== w) return;
        done(w);
        tests.setState({ running: false, message: `The test run stopped: ${e.message || 'the worker failed'}` });
      };
      w.postMessage({ definition: def, suite });
    },
  };
}
