/** Error matching and retry delays (concepts-error-handling.html). */
import { describe, expect, it } from 'vitest';
import { decideRetry, errorMatches, findCatcher, nextAttempts } from './retryCatch.ts';

describe('errorMatches', () => {
  it.each([
    [['States.ALL'], 'Custom', true],
    [['States.ALL'], 'States.Runtime', false],
    [['States.ALL'], 'States.DataLimitExceeded', true],
    [['States.TaskFailed'], 'Lambda.Unknown', true],
    [['States.TaskFailed'], 'States.Timeout', false],
    [['States.Timeout'], 'States.Timeout', true],
    [['A', 'B'], 'B', true],
    [['A'], 'a', false],
  ] as const)('%j matches %s: %s', (equals, error, expected) => {
    expect(errorMatches(equals, error)).toBe(expected);
  });
});

describe('decideRetry', () => {
  const random = () => 0.5;
  it('uses the first matching retrier and backs off (defaults 1 s, ×2, 3 attempts)', () => {
    const r = [{ ErrorEquals: ['A'], IntervalSeconds: 3 }, { ErrorEquals: ['States.ALL'] }];
    expect(decideRetry(r, null, 'B', random)).toEqual({ retry: true, index: 1, delayMs: 1000 });
    expect(decideRetry(r, [0, 1], 'B', random)).toEqual({ retry: true, index: 1, delayMs: 2000 });
    expect(decideRetry(r, [0, 3], 'B', random)).toEqual({ retry: false });
    expect(decideRetry(r, [2, 0], 'A', random)).toEqual({ retry: true, index: 0, delayMs: 12000 });
  });

  it('never retries with MaxAttempts 0 and does not fall through to later retriers', () => {
    const r = [{ ErrorEquals: ['A'], MaxAttempts: 0 }, { ErrorEquals: ['States.ALL'] }];
    expect(decideRetry(r, null, 'A', random)).toEqual({ retry: false });
  });

  it('caps at MaxDelaySeconds and applies FULL jitter', () => {
    const r = [{ ErrorEquals: ['A'], IntervalSeconds: 10, BackoffRate: 10, MaxDelaySeconds: 30, JitterStrategy: 'FULL' as const }];
    expect(decideRetry(r, [2], 'A', random)).toEqual({ retry: true, index: 0, delayMs: 15000 });
  });

  it('counts attempts per retrier', () => {
    expect(nextAttempts(null, 2, 1)).toEqual([0, 1]);
    expect(nextAttempts([0, 1], 2, 1)).toEqual([0, 2]);
  });
});

describe('findCatcher', () => {
  it('scans catchers in order', () => {
    const c = [
      { ErrorEquals: ['java.lang.Exception'], Next: 'X' },
      { ErrorEquals: ['States.ALL'], Next: 'Y' },
    ];
    expect(findCatcher(c, 'java.lang.Exception')?.Next).toBe('X');
    expect(findCatcher(c, 'Other')?.Next).toBe('Y');
    expect(findCatcher(c, 'States.Runtime')).toBeNull();
  });
});
