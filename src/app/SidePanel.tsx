import { lazy, Suspense } from 'react';
import { useA11yUi } from '../features/a11y/focus.ts';
import { PaneBoundary } from '../ui/PaneBoundary.tsx';
import { useTestCount } from './lateStores.ts';
import '../features/simulation/sidePanel.css';

/**
 * The inspector (its forms and the field table they read) arrives just after the first screen, which shows
 * "Loading the inspector…" meanwhile; it is fetched as soon as this module runs.
 */
const inspector = typeof window === 'undefined' ? undefined : import('../features/inspector/Inspector.tsx');
const Inspector = lazy(() => (inspector ?? import('../features/inspector/Inspector.tsx')).then((m) => ({ default: m.Inspector })));
/** The Problems list beside it: fetched at start too (it shows the validator's findings, themselves lazy). */
const problems = typeof window === 'undefined' ? undefined : import('../features/problems/ProblemsList.tsx');
const ProblemsList = lazy(() => (problems ?? import('../features/problems/ProblemsList.tsx')).then((m) => ({ default: m.ProblemsList })));
/** Loaded on first use: the simulation panel and its engine are not in the initial bundle. */
const SimulationPanel = lazy(() => import('../features/simulation/SimulationPanel.tsx'));
const ImportedRunBar = lazy(() => import('../features/aws/ImportedRunBar.tsx').then((m) => ({ default: m.ImportedRunBar })));
const TestsPanel = lazy(() => import('../features/tests/TestsPanel.tsx'));

const SIDE_TABS = [
  ['inspector', 'Inspector'],
  ['simulation', 'Simulation'],
  ['tests', 'Tests'],
] as const;

/** The side panel: the Inspector (with the Problems list), the Simulation and the Tests, as tabs. */
export function SidePanel() {
  const tab = useA11yUi((s) => s.sideTab);
  const setTab = useA11yUi((s) => s.setSideTab);
  const testCount = useTestCount();
  /** The tabs pattern: Left/Right (and Home/End) move between the tabs and show the view. */
  const onTabKey = (e: React.KeyboardEvent) => {
    const i = SIDE_TABS.findIndex(([id]) => id === tab);
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? SIDE_TABS.length - 1 : undefined;
    if (to === undefined) return;
    e.preventDefault();
    const [id] = SIDE_TABS[(to + SIDE_TABS.length) % SIDE_TABS.length]!;
    setTab(id);
    document.getElementById(`side-tab-${id}`)?.focus();
  };
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div className="side-tabs view-tabs" role="tablist" aria-label="Side panel views" onKeyDown={onTabKey}>
        {SIDE_TABS.map(([id, label]) => (
          <button
            key={id}
            id={`side-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="side-view"
            tabIndex={tab === id ? 0 : -1}
            // The count is a badge on screen; the name says it in words ("Tests (2)").
            aria-label={id === 'tests' && testCount > 0 ? `${label} (${testCount})` : undefined}
            title={id === 'tests' && testCount > 0 ? `${label} (${testCount})` : label}
            onClick={() => setTab(id)}
          >
            <span className="side-tab-label">{label}</span>
            {id === 'tests' && testCount > 0 ? (
              <span className="side-tab-count" aria-hidden="true">
                {testCount}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div id="side-view" className="side-view" role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {tab === 'inspector' ? (
          <>
            <PaneBoundary name="Inspector">
              <Suspense fallback={<p className="muted">Loading the inspector…</p>}>
                <Inspector />
              </Suspense>
            </PaneBoundary>
            <PaneBoundary name="Problems">
              <Suspense
                fallback={
                  <section className="problems" aria-label="Problems">
                    <h2>Problems</h2>
                    <p className="muted">Loading the problems…</p>
                  </section>
                }
              >
                <ProblemsList />
              </Suspense>
            </PaneBoundary>
          </>
        ) : tab === 'tests' ? (
          <PaneBoundary name="Tests">
            <Suspense fallback={<p className="muted">Loading the tests…</p>}>
              <TestsPanel />
            </Suspense>
          </PaneBoundary>
        ) : (
          <PaneBoundary name="Simulation">
            <Suspense fallback={<p className="muted">Loading the simulator…</p>}>
              <SimulationPanel banner={<ImportedRunBar />} />
            </Suspense>
          </PaneBoundary>
        )}
      </div>
    </aside>
  );
}
