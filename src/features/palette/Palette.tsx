import { useState } from 'react';
import { addFromPalette } from '../actions/actions.ts';
import { filterEntries, PALETTE_MIME, type PaletteEntry } from './entries.ts';

function EntryButton({ entry }: { entry: PaletteEntry }) {
  return (
    <li>
      <button
        type="button"
        className="palette-entry"
        aria-label={entry.label}
        title={`${entry.description} — click to add below the selected state, or drag onto the canvas`}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(PALETTE_MIME, entry.id);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={() => addFromPalette(entry)}
      >
        <span className="palette-icon" aria-hidden="true">
          {entry.icon}
        </span>
        <span>{entry.title}</span>
      </button>
    </li>
  );
}

/** The palette of state types and Task presets: click to add below the selection, or drag onto the canvas. */
export function Palette() {
  const [query, setQuery] = useState('');
  const entries = filterEntries(query);
  const types = entries.filter((e) => e.id.startsWith('type:'));
  const presets = entries.filter((e) => e.id.startsWith('preset:'));
  return (
    <nav className="palette" aria-label="Palette">
      <input
        type="search"
        className="palette-search"
        placeholder="Filter…"
        aria-label="Search the palette"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {types.length > 0 && (
        <>
          <h3>States</h3>
          <ul>{types.map((e) => <EntryButton key={e.id} entry={e} />)}</ul>
        </>
      )}
      {presets.length > 0 && (
        <>
          <h3>Task presets</h3>
          <ul>{presets.map((e) => <EntryButton key={e.id} entry={e} />)}</ul>
        </>
      )}
      {entries.length === 0 && <p className="muted">Nothing matches “{query}”.</p>}
    </nav>
  );
}
