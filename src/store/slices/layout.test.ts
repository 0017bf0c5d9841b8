/** The layout slice on a store of its own: moves, tidy up and direction, each handed to `record` as one step. */
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { LayoutSidecar } from '../../layout/sidecar.ts';
import { createLayoutSlice, type LayoutSlice } from './layout.ts';

function layoutStore() {
  const steps: string[] = [];
  const store = create<LayoutSlice>()((set, get) =>
    createLayoutSlice(get, (label: string, next: LayoutSidecar) => {
      if (next === get().sidecar) return;
      steps.push(label);
      set({ sidecar: next });
    }),
  );
  return { store, steps };
}

describe('layout slice', () => {
  it('records a drag of one or many nodes, a tidy up and a direction change as one step each', () => {
    const { store, steps } = layoutStore();
    store.getState().moveNodes({ A: { x: 1, y: 2 } });
    store.getState().moveNodes({ A: { x: 3, y: 4 }, B: { x: 5, y: 6 } });
    expect(store.getState().sidecar.positions).toEqual({ A: { x: 3, y: 4 }, B: { x: 5, y: 6 } });
    store.getState().setDirection('RIGHT');
    expect(store.getState().sidecar.direction).toBe('RIGHT');
    store.getState().tidyUp();
    expect(store.getState().sidecar.positions).toEqual({});
    expect(steps).toEqual(['Move state', 'Move states', 'Change layout direction', 'Tidy up']);
  });

  it('gives each store its own sidecar', () => {
    const a = layoutStore();
    const b = layoutStore();
    a.store.getState().moveNodes({ A: { x: 1, y: 2 } });
    expect(a.store.getState().sidecar.positions).toEqual({ A: { x: 1, y: 2 } });
    expect(b.store.getState().sidecar.positions).toEqual({});
    expect(b.steps).toEqual([]);
  });
});
