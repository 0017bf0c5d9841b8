import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store.ts';
import { rename } from './edits.ts';

const TEXT = JSON.stringify({
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'P' },
    P: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }], End: true },
  },
});

describe('inspector rename', () => {
  it('carries the hand-placed positions of the state and of what is nested in it', () => {
    const store = useAppStore.getState();
    store.loadText(TEXT, { version: 1, direction: 'DOWN', positions: { A: { x: 5, y: 6 }, P: { x: 1, y: 2 }, 'P/~b0/B': { x: 3, y: 4 } } });
    expect(rename('P', 'Fanout')).toBe(true);
    expect(rename('A', 'First')).toBe(true);
    expect(useAppStore.getState().sidecar.positions).toEqual({ First: { x: 5, y: 6 }, Fanout: { x: 1, y: 2 }, 'Fanout/~b0/B': { x: 3, y: 4 } });
    useAppStore.getState().undo();
    expect(useAppStore.getState().sidecar.positions).toEqual({ A: { x: 5, y: 6 }, Fanout: { x: 1, y: 2 }, 'Fanout/~b0/B': { x: 3, y: 4 } });
  });
});
