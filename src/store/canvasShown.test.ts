/** The canvas-shown signal: follow-up work waits for its graph's laid-out canvas paint, or its deadline. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCanvasShown, type CanvasShown } from './canvasShown.ts';

describe('canvasShown', () => {
  let signal: CanvasShown;
  beforeEach(() => {
    signal = createCanvasShown();
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
    signal.after(graph, run);
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    signal.showsLayout(graph);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores another graph shown meanwhile and runs at its deadline', () => {
    const run = vi.fn<() => void>();
    signal.after({}, run, 1000);
    signal.showsLayout({});
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the next paint when the graph is already shown, and not at all once cancelled', () => {
    const graph = {};
    signal.showsLayout(graph);
    const run = vi.fn<() => void>();
    const cancelled = vi.fn<() => void>();
    signal.after(graph, run);
    signal.after(graph, cancelled)();
    vi.advanceTimersByTime(20);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('keeps each signal its own: a graph shown on one releases nothing waiting on another', () => {
    const other = createCanvasShown();
    const graph = {};
    const run = vi.fn<() => void>();
    signal.after(graph, run, 1000);
    other.showsLayout(graph);
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    signal.showsLayout(graph);
    vi.advanceTimersByTime(20);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
