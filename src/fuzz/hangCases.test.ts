/**
 * Inputs that hung the page on main (issue 18), each run in a worker thread with a deadline: without the fixes the
 * worker never answers and the test fails on the deadline (instead of hanging the whole run).
 */
import { describe, expect, it } from 'vitest';
import { runBounded } from '../testing/bounded.ts';

const CASES = new URL('./hangCases.ts', import.meta.url).href;
/** Thread start-up (tsx, the modules) takes 2–5 s on a loaded 2-core machine; the cases themselves milliseconds. */
const DEADLINE_MS = 30_000;

async function run<T>(name: string, ...args: unknown[]): Promise<T> {
  const r = await runBounded<T>(CASES, name, args, DEADLINE_MS);
  if (!r.done) throw new Error(`${name} did not finish within ${DEADLINE_MS} ms (it hangs)`);
  return r.value;
}

describe('inputs that hung the page', () => {
  it('a grid holds boxes at x = 1e19, NaN and 2e9 px wide, and finds them', async () => {
    expect(await run('gridFarBoxes')).toEqual({ all: 4, huge: true, nan: 0, near: true, queried: ['far'] });
  });

  it('a layout sidecar with x = 1e19 is applied without it (the position is dropped)', async () => {
    expect(await run('sidecarFarPosition')).toEqual({ kept: ['B'], nodes: 4 });
  });

  it('a MockConfigFile key "4294967294" is refused at once, saying why', async () => {
    expect(await run<string>('mockConfigSparseKey')).toMatch(/invocation key '4294967294' goes past invocation 100000/);
  });

  it('a 68 KB share link that inflates to 50 MB is refused in well under a second', async () => {
    const r = await run<{ ok: boolean; message: string; ms: number; linkChars: number }>('decodeBomb', 50);
    expect(r.linkChars).toBeLessThan(100_000);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/refused: it unpacks to more than 4 MB/) });
    expect(r.ms).toBeLessThan(1500);
  });
});
