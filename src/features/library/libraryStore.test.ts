/** The library UI store: each has its own toast timer; a toast goes after TOAST_MS, a newer one restarts the wait. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLibraryState, TOAST_MS } from './libraryStore.ts';

describe('library UI store', () => {
  afterEach(() => vi.useRealTimers());

  it('hides a toast after TOAST_MS; a newer toast restarts the wait; another store is untouched', () => {
    vi.useFakeTimers();
    const a = createLibraryState();
    const b = createLibraryState();
    b.getState().showToast({ message: 'b' });
    a.getState().showToast({ message: 'first' });
    vi.advanceTimersByTime(TOAST_MS - 1000);
    a.getState().showToast({ message: 'second' });
    b.getState().showToast(undefined);
    vi.advanceTimersByTime(TOAST_MS - 1000);
    expect(a.getState().toast?.message).toBe('second');
    vi.advanceTimersByTime(1000);
    expect(a.getState().toast).toBeUndefined();
    b.getState().showToast({ message: 'b again' });
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(b.getState().toast?.message).toBe('b again');
  });
});
