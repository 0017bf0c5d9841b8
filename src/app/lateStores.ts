/**
 * The simulation settings (input, presets, mocks) and the test suite are kept by state and saved with the open
 * workflow from the start, but their stores (with the MockConfigFile reader and the suite schema) are not needed to
 * draw the first screen: they are a chunk of their own, fetched as soon as this module runs (issue 16, point 6).
 *
 * Until a store has arrived its data stays in the workflow's extras, untouched. An edit made in that window (a
 * rename, a delete, a paste) is not lost to it: a stand-in holder registered under the store's key records the
 * identity changes, and they are applied, in order, to the store's data once it has loaded (the store's own holder
 * then replaces the stand-in in the registry). Another workflow opened meanwhile drops what was recorded: the store
 * loads that workflow's data.
 */
import { useSyncExternalStore } from 'react';
import type { IdentityChange } from '../commands/identity.ts';
import { workflowStorage } from '../features/library/workflowStorage.ts';
import { useAppStore } from '../store/store.ts';

type Settings = typeof import('../features/simulation/settings.ts');
type Tests = typeof import('../features/tests/testsStore.ts');
type SuiteData = typeof import('../features/tests/suiteData.ts');

/** Register a stand-in for `key` that records identity changes; returns them (emptied when a workflow opens). */
function recordChanges(key: string): IdentityChange[][] {
  const log: IdentityChange[][] = [];
  useAppStore.getState().stateData.register<undefined>({
    key,
    get: () => undefined,
    set: () => {},
    apply: (data, changes) => {
      log.push([...changes]);
      return data;
    },
  });
  workflowStorage.onWorkflowOpened(() => (log.length = 0));
  return log;
}

let tests: Tests | undefined;
const testListeners = new Set<() => void>();

function start(): void {
  const mockChanges = recordChanges('mocks');
  const suiteChanges = recordChanges('tests');
  // The module registers its own holder (same key) when it runs, replacing the stand-in; then the log is replayed.
  void import('../features/simulation/settings.ts').then((m: Settings) => {
    for (const changes of mockChanges.splice(0)) {
      const s = m.useSimulationSettings.getState();
      s.setMocks(m.mocksAfter(s.mocks, changes, undefined));
    }
  });
  void Promise.all([import('../features/tests/testsStore.ts'), import('../features/tests/suiteData.ts')]).then(([m, d]: [Tests, SuiteData]) => {
    for (const changes of suiteChanges.splice(0)) {
      const s = m.useTests.getState();
      s.setSuite(d.suiteAfter(s.suite, changes, undefined));
    }
    tests = m;
    for (const l of testListeners) l();
  });
}

if (typeof window !== 'undefined') start();

function subscribeTests(onChange: () => void): () => void {
  let unsubscribe = tests?.useTests.subscribe(onChange);
  const onLoad = () => {
    unsubscribe ??= tests?.useTests.subscribe(onChange);
    onChange();
  };
  testListeners.add(onLoad);
  return () => {
    testListeners.delete(onLoad);
    unsubscribe?.();
  };
}

/** How many test cases the open workflow's suite has (0 until the tests' store has arrived). */
export function useTestCount(): number {
  return useSyncExternalStore(
    subscribeTests,
    () => tests?.useTests.getState().suite.cases.length ?? 0,
    () => 0,
  );
}
