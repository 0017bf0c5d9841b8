import { Canvas } from '../features/canvas/Canvas.tsx';
import { CodeEditor } from '../features/editor/CodeEditor.tsx';
import { Palette } from '../features/palette/Palette.tsx';
import { Inspector } from '../features/inspector/Inspector.tsx';
import { ProblemsList } from '../features/problems/ProblemsList.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';

/** The shell: toolbar, canvas in the middle, the code editor beside it, and the side panel. */
export function App() {
  useShortcuts();
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <Palette />
        <Canvas />
        <CodeEditor />
        <aside className="side-panel" aria-label="Side panel">
          <Inspector />
          <ProblemsList />
        </aside>
      </main>
    </div>
  );
}
