import { useShallow } from 'zustand/react/shallow';
import { usePanes, VIEW_MODES, type ViewMode } from './panes.ts';

/** Design | Code | Split, as a radio group: arrow keys move the choice (and show the view) as in any radio group. */
function ViewSwitch() {
  const mode = usePanes((s) => s.mode);
  const setMode = usePanes((s) => s.setMode);
  const onKey = (e: React.KeyboardEvent) => {
    const i = VIEW_MODES.findIndex((m) => m.id === mode);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const to: ViewMode = VIEW_MODES[(i + step + VIEW_MODES.length) % VIEW_MODES.length]!.id;
    setMode(to);
    document.getElementById(`view-${to}`)?.focus();
  };
  return (
    <div className="view-switch" role="radiogroup" aria-label="View" onKeyDown={onKey}>
      {VIEW_MODES.map((m) => (
        <button
          key={m.id}
          id={`view-${m.id}`}
          type="button"
          role="radio"
          aria-checked={mode === m.id}
          tabIndex={mode === m.id ? 0 : -1}
          title={m.hint}
          onClick={() => setMode(m.id)}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}

/** Above the panes: show or hide the palette and the side panel, and choose the view. */
export function ViewBar() {
  const { mode, paletteOpen, sideOpen, setPaletteOpen, setSideOpen } = usePanes(
    useShallow((s) => ({ mode: s.mode, paletteOpen: s.paletteOpen, sideOpen: s.sideOpen, setPaletteOpen: s.setPaletteOpen, setSideOpen: s.setSideOpen })),
  );
  return (
    <div className="view-bar">
      <button
        type="button"
        className="pane-toggle"
        aria-expanded={mode !== 'code' && paletteOpen}
        aria-controls="pane-palette"
        disabled={mode === 'code'}
        title={mode === 'code' ? 'The Code view has no palette' : paletteOpen ? 'Hide the palette' : 'Show the palette'}
        onClick={() => setPaletteOpen(!paletteOpen)}
      >
        <span aria-hidden="true">{paletteOpen && mode !== 'code' ? '◂' : '▸'}</span> Palette
      </button>
      <ViewSwitch />
      <button
        type="button"
        className="pane-toggle"
        aria-expanded={sideOpen}
        aria-controls="pane-side"
        title={sideOpen ? 'Hide the side panel' : 'Show the side panel'}
        onClick={() => setSideOpen(!sideOpen)}
      >
        Side panel <span aria-hidden="true">{sideOpen ? '▸' : '◂'}</span>
      </button>
    </div>
  );
}
