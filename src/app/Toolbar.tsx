import { useAppStore } from '../store/store.ts';

export function Toolbar() {
  const direction = useAppStore((s) => s.ui.direction);
  const setDirection = useAppStore((s) => s.setDirection);
  const stale = useAppStore((s) => s.doc.stale);
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <span className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} /> asl-studio
      </span>
      <span className="doc-status" role="status" aria-live="polite">
        {stale ? 'Syntax error — canvas shows the last valid machine' : 'Definition valid'}
      </span>
      <span className="spacer" />
      <label className="field-inline">
        Layout
        <select value={direction} onChange={(e) => setDirection(e.target.value as 'DOWN' | 'RIGHT')}>
          <option value="DOWN">Top-down</option>
          <option value="RIGHT">Left-right</option>
        </select>
      </label>
    </header>
  );
}
