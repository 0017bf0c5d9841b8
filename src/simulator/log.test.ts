/** The append-only log shared by snapshots. */
import { describe, expect, it } from 'vitest';
import { AppendLog } from './log.ts';

describe('AppendLog', () => {
  it('appends in place from the newest view and forks from an older one', () => {
    const log = new AppendLog<number>();
    const w = log.writable(0);
    w.push(1);
    w.push(2);
    expect(w).toBe(log);
    const fork = log.writable(1);
    expect(fork).not.toBe(log);
    fork.push(9);
    expect(log.view(2)).toEqual([1, 2]);
    expect(fork.view(2)).toEqual([1, 9]);
  });
});
