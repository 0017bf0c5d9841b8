/** The status legend, as in the AWS console (colour plus icon, as on the canvas nodes). */
import type { NodeRunStatus } from '../../store/simulation.ts';

const ENTRIES: [NodeRunStatus, string, string][] = [
  ['in-progress', '◔', 'In progress'],
  ['succeeded', '✓', 'Succeeded'],
  ['failed', '✕', 'Failed'],
  ['caught-error', '⚠', 'Caught error'],
  ['aborted', '⊘', 'Cancelled / aborted'],
  ['not-run', '○', 'Not run'],
];

export function Legend() {
  return (
    <ul className="sim-legend" aria-label="Status legend">
      {ENTRIES.map(([status, icon, label]) => (
        <li key={status} className={`legend-${status}`}>
          <span className="legend-swatch" aria-hidden="true">
            {icon}
          </span>
          {label}
        </li>
      ))}
    </ul>
  );
}
