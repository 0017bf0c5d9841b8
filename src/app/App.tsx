import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { A11yLayer } from '../features/a11y/A11yLayer.tsx';
import { Workspace } from './Workspace.tsx';
import './panes.css';
// Fetched with the shell, not with the simulation panel: the mocks and the tests follow renames before it opens.
import './lateStores.ts';

/** The shell: the toolbar, then the panes (palette, canvas, code editor, side panel) in resizable panels. */
export function App() {
  useShortcuts();
  return (
    <div className="app">
      <Toolbar />
      <Workspace />
      <A11yLayer />
    </div>
  );
}
