/**
 * The layout slice of the app store: the layout sidecar (hand-placed positions, direction) and the edits of it
 * that are not commands: moves, tidy up, direction. Each is one undo step, recorded by the store (`record`).
 */
import { emptySidecar, setSidecarPosition, type LayoutSidecar } from '../../layout/sidecar.ts';
import type { Point } from '../../layout/types.ts';
import type { SliceGet } from './slice.ts';

export type Direction = 'DOWN' | 'RIGHT';

export interface LayoutSlice {
  sidecar: LayoutSidecar;
  /** Manual moves of nodes (one undo step per drag, however many nodes moved). */
  moveNodes: (positions: Record<string, Point>) => void;
  /** Forget manual positions and lay everything out again. */
  tidyUp: () => void;
  setDirection: (d: Direction) => void;
}

/** `record(label, next)`: make `next` the sidecar as one undo step (nothing when it is the same object). */
export function createLayoutSlice(get: SliceGet<LayoutSlice>, record: (label: string, next: LayoutSidecar) => void): LayoutSlice {
  return {
    sidecar: emptySidecar(),
    moveNodes: (positions) => {
      const entries = Object.entries(positions);
      const next = entries.reduce((sc, [id, p]) => setSidecarPosition(sc, id, p), get().sidecar);
      record(entries.length > 1 ? 'Move states' : 'Move state', next);
    },
    tidyUp: () => record('Tidy up', { ...get().sidecar, positions: {} }),
    setDirection: (direction) => record('Change layout direction', { ...get().sidecar, direction }),
  };
}
