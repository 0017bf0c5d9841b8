import { describe, expect, it } from 'vitest';
import { BoxGrid } from './grid.ts';

const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe('BoxGrid', () => {
  it('finds overlaps across cells and respects the gap', () => {
    const g = new BoxGrid<string>();
    g.set('a', box(0, 0));
    g.set('big', box(1000, 0, 2000, 2000));
    expect([g.overlaps(box(50, 25)), g.overlaps(box(120, 0)), g.overlaps(box(120, 0), 24), g.overlaps(box(2500, 1500, 10, 10))]).toEqual([true, false, true, true]);
  });

  it('skips the ids it is told to skip', () => {
    const g = new BoxGrid<string>();
    g.set('a', box(0, 0));
    expect([g.overlaps(box(0, 0), 0, (id) => id === 'a'), g.overlaps(box(0, 0))]).toEqual([false, true]);
  });

  it('forgets deleted and moved boxes', () => {
    const g = new BoxGrid<string>();
    g.set('a', box(0, 0));
    g.set('b', box(600, 600));
    g.set('a', box(5000, 5000));
    g.delete('b');
    expect([g.overlaps(box(0, 0)), g.overlaps(box(600, 600)), g.overlaps(box(5000, 5000)), [...g.entries()].map(([id]) => id)]).toEqual([false, false, true, ['a']]);
  });

  it('lists each overlapping box once, with negative coordinates too', () => {
    const g = new BoxGrid<number>();
    g.set(1, box(-300, -300, 600, 600));
    g.set(2, box(400, 400));
    g.set(3, box(-1000, 0));
    expect([...g.query(box(-10, -10, 500, 500)).keys()].sort()).toEqual([1, 2]);
  });

  it('answers a query far larger than its cells by scanning the boxes', () => {
    const g = new BoxGrid<string>();
    g.set('a', box(0, 0));
    g.set('b', box(90_000, 120_000));
    expect([[...g.query(box(-10, -10, 200_000, 200_000)).keys()].sort(), g.overlaps(box(-50_000, -50_000, 100_000, 49_000))]).toEqual([['a', 'b'], false]);
  });
});
