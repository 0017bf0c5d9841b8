/** The canvas-shown signal: follow-up work waits for its graph's laid-out canvas paint, or its deadline. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterCanvasShows, canvasShowsLayout } from './canvasShown.ts';

describe('afterCanvasShows', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // A frame every 16 ms, as a browser paints.
    vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) => setTimeout(() => fn(0), 16));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs after the canvas shows that graph and paints, not before', () => {
    const graph = {};
    const run = vi.fn<() => void>();
    afterCanvasShows(graph, run);
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    canvasShowsLayout(graph);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores another graph shown meanwhile and runs at its deadline', () => {
    const run = vi.fn<() => void>();
    afterCanvasShows({}, run, 1000);
    canvasShowsLayout({});
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the next paint when the graph is already shown, and not at all once cancelled', () => {
    const graph = {};
    canvasShowsLayout(graph);
    const run = vi.fn<() => void>();
    const cancelled = vi.fn<() => void>();
    afterCanvasShows(graph, run);
    afterCanvasShows(graph, cancelled)();
    vi.advanceTimersByTime(20);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
