/**
 * The open workflow's test suite and the last "Run all": the suite is saved with the workflow (its `tests` extras:
 * autosaved, exported, carried by share links), follows state renames and deletions (suiteData.ts through
 * src/store/stateData.ts) and is swapped when another workflow opens. Suite edits change no ASL text, so they are
 * not commands in the undo history (like the simulation's mocks and input presets).
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { useAppStore } from '../../store/store.ts';
import { useCoverageView } from '../../store/coverage.ts';
import type { StateDataRegistry } from '../../store/stateData.ts';
import { addCase, duplicateCase, EMPTY_SUITE, removeCase, renameCase, renameProblem, updateCase, type TestCase, type TestSuite } from '../../suites/model.ts';
import { parseSuite } from '../../suites/schema.ts';
import type { CaseResult } from '../../suites/runner.ts';
import type { CoverageRatio } from '../../suites/coverage.ts';
import { persistExtras, workflowStorage, type WorkflowExtras } from '../library/workflowStorage.ts';
import { suiteAfter } from './suiteData.ts';

export const TESTS_EXTRAS_KEY = 'tests';

export interface SuiteCoverage {
  states: CoverageRatio;
  transitions: CoverageRatio;
  /** Labels of what no case took ("Check → No (Default)"). */
  uncovered: string[];
}

export interface TestsState {
  suite: TestSuite;
  /** The last run of each case, by case name (cleared for a case when it is edited). */
  results: Record<string, CaseResult>;
  coverage: SuiteCoverage | null;
  running: boolean;
  /** What the panel says (a refusal, a load problem, the run's outcome). */
  message: string;
  setSuite: (suite: TestSuite) => void;
  add: (c: TestCase) => string;
  update: (name: string, c: TestCase) => string | undefined;
  rename: (from: string, to: string) => string | undefined;
  duplicate: (name: string) => void;
  remove: (name: string) => void;
  setMessage: (message: string) => void;
}

function load(storage: WorkflowExtras): { suite: TestSuite; message: string } {
  const raw = storage.getExtras<unknown>(TESTS_EXTRAS_KEY);
  if (raw === undefined) return { suite: EMPTY_SUITE, message: '' };
  const p = parseSuite(raw);
  return p.ok ? { suite: p.value, message: '' } : { suite: EMPTY_SUITE, message: `The saved tests could not be read: ${p.message}` };
}

function without<T>(rec: Record<string, T>, ...names: string[]): Record<string, T> {
  const out = { ...rec };
  for (const n of names) delete out[n];
  return out;
}

export type TestsStore = UseBoundStore<StoreApi<TestsState>>;

/**
 * A tests store saved in `storage` (the open workflow's `tests` extras), its suite following identity changes
 * through `stateData`. The app's is `useTests`; tests make their own, which share nothing with it.
 */
export function createTestsStore(storage: WorkflowExtras, stateData: StateDataRegistry): TestsStore {
  const store = create<TestsState>()((set, get) => ({
    ...load(storage),
    results: {},
    coverage: null,
    running: false,
    setSuite: (suite) => set({ suite }),
    add: (c) => {
      const suite = addCase(get().suite, c);
      const name = suite.cases.at(-1)!.name;
      set({ suite, message: `Saved test '${name}'` });
      return name;
    },
    update: (name, c) => {
      if (c.name !== name) {
        const problem = renameProblem(get().suite, name, c.name);
        if (problem) return problem;
      }
      set((s) => ({ suite: updateCase(s.suite, name, () => c), results: without(s.results, name, c.name) }));
      return undefined;
    },
    rename: (from, to) => {
      const problem = renameProblem(get().suite, from, to);
      if (problem) return problem;
      set((s) => {
        const results = without(s.results, from);
        const r = s.results[from];
        if (r) results[to] = { ...r, name: to };
        return { suite: renameCase(s.suite, from, to), results };
      });
      return undefined;
    },
    duplicate: (name) => set((s) => ({ suite: duplicateCase(s.suite, name) })),
    remove: (name) => set((s) => ({ suite: removeCase(s.suite, name), results: without(s.results, name), message: `Deleted test '${name}'` })),
    setMessage: (message) => set({ message }),
  }));

  stateData.register<TestSuite>({ key: 'tests', get: () => store.getState().suite, set: (suite) => store.getState().setSuite(suite), apply: suiteAfter });

  // Another workflow opened: its own suite replaces this one, and the last run's results go.
  const loaded = () => ({ ...load(storage), results: {}, coverage: null, running: false });
  persistExtras(store, storage, TESTS_EXTRAS_KEY, (s, prev) => (s.suite === prev.suite ? undefined : s.suite), loaded);
  return store;
}

/** The app's tests store. */
export const useTests: TestsStore = createTestsStore(workflowStorage, useAppStore.getState().stateData);

/** The stable entry point for other features (an imported execution history becomes a test): adds, returns the name. */
export function addTestCase(c: TestCase): string {
  return useTests.getState().add(c);
}

// An edit after Run all: the coverage drawn is from the definition before it.
useAppStore.subscribe((s, prev) => {
  if (s.doc.definition !== prev.doc.definition && useCoverageView.getState().shown) useCoverageView.getState().setCoverage({ stale: true });
});

// Another workflow opened: its canvas shows no coverage until its suite runs.
workflowStorage.onWorkflowOpened(() => useCoverageView.getState().setCoverage({ shown: false, counts: {}, items: {}, stale: false }));
