import { lazy, Suspense } from 'react';
import { Canvas } from '../features/canvas/Canvas.tsx';
import { CodeEditor } from '../features/editor/CodeEditor.tsx';
import { Palette } from '../features/palette/Palette.tsx';
import { Inspector } from '../features/inspector/Inspector.tsx';
import { ProblemsList } from '../features/problems/ProblemsList.tsx';
import '../features/simulation/sidePanel.css';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useA11yUi } from '../features/a11y/focus.ts';
import { A11yLayer } from '../features/a11y/A11yLayer.tsx';

/** Loaded on first use: the simulation panel and its engine are not in the initial bundle. */
const SimulationPanel = lazy(() => import('../features/simulation/SimulationPanel.tsx'));

/** The shell: toolbar, canvas in the middle, the code editor beside it, and the side panel. */
export function App() {
  useShortcuts();
  const tab = useA11yUi((s) => s.sideTab);
  const setTab = useA11yUi((s) => s.setSideTab);
  return (
    <div className="app">
      <Toolbar />
      <main className={`workspace${tab === 'simulation' ? ' workspace-simulating' : ''}`}>
        <Palette />
        <Canvas />
        <CodeEditor />
        <aside className="side-panel" aria-label="Side panel">
          <div className="side-tabs" role="tablist" aria-label="Side panel views">
            <button type="button" role="tab" aria-selected={tab === 'inspector'} onClick={() => setTab('inspector')}>
              Inspector
            </button>
            <button type="button" role="tab" aria-selected={tab === 'simulation'} onClick={() => setTab('simulation')}>
              Simulation
            </button>
          </div>
          {tab === 'inspector' ? (
            <>
              <Inspector />
              <ProblemsList />
            </>
          ) : (
            <Suspense fallback={<p className="muted">Loading the simulator…</p>}>
              <SimulationPanel />
            </Suspense>
          )}
        </aside>
      </main>
      <A11yLayer />
    </div>
  );
}
