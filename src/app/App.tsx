import { lazy, Suspense } from 'react';
import { Canvas } from '../features/canvas/Canvas.tsx';
import { CodeEditor } from '../features/editor/CodeEditor.tsx';
import { Palette } from '../features/palette/Palette.tsx';
import { Inspector } from '../features/inspector/Inspector.tsx';
import { ProblemsList } from '../features/problems/ProblemsList.tsx';
import '../features/simulation/sidePanel.css';
import { PaneBoundary } from '../ui/PaneBoundary.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useA11yUi } from '../features/a11y/focus.ts';
import { A11yLayer } from '../features/a11y/A11yLayer.tsx';

/** Loaded on first use: the simulation panel and its engine are not in the initial bundle. */
const SimulationPanel = lazy(() => import('../features/simulation/SimulationPanel.tsx'));

const SIDE_TABS = [
  ['inspector', 'Inspector'],
  ['simulation', 'Simulation'],
] as const;

/** The shell: toolbar, canvas in the middle, the code editor beside it, and the side panel. */
export function App() {
  useShortcuts();
  const tab = useA11yUi((s) => s.sideTab);
  const setTab = useA11yUi((s) => s.setSideTab);
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
    <div className="app">
      <Toolbar />
      <main className={`workspace${tab === 'simulation' ? ' workspace-simulating' : ''}`}>
        <PaneBoundary name="Palette" className="palette">
          <Palette />
        </PaneBoundary>
        <PaneBoundary name="Canvas" className="canvas">
          <Canvas />
        </PaneBoundary>
        <PaneBoundary name="Code editor" className="editor">
          <CodeEditor />
        </PaneBoundary>
        <aside className="side-panel" aria-label="Side panel">
          <div className="side-tabs" role="tablist" aria-label="Side panel views" onKeyDown={onTabKey}>
            {SIDE_TABS.map(([id, label]) => (
              <button
                key={id}
                id={`side-tab-${id}`}
                type="button"
                role="tab"
                aria-selected={tab === id}
                aria-controls="side-view"
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
              >
                {label}
              </button>
            ))}
          </div>
          <div id="side-view" className="side-view" role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
            {tab === 'inspector' ? (
              <>
                <PaneBoundary name="Inspector">
                  <Inspector />
                </PaneBoundary>
                <PaneBoundary name="Problems">
                  <ProblemsList />
                </PaneBoundary>
              </>
            ) : (
              <PaneBoundary name="Simulation">
                <Suspense fallback={<p className="muted">Loading the simulator…</p>}>
                  <SimulationPanel />
                </Suspense>
              </PaneBoundary>
            )}
          </div>
        </aside>
      </main>
      <A11yLayer />
    </div>
  );
}
