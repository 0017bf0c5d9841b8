/**
 * `node --single-threaded --import tsx scripts/bench/ab-engine.ts <srcA> <srcB> [workload] [rounds]`: the engine
 * bench's workloads (seed, counter or map; default seed) of two source trees (e.g. a `git worktree` of the base
 * commit and this one) in ONE process, alternating round by round (A, B, B, A, …), in process CPU time. Prints
 * each side's median and the median (and quartiles) of the B/A ratios of adjacent rounds: on a busy shared
 * machine, separate processes drift by ±20%, while adjacent rounds in one process see the same load.
 * `--single-threaded` keeps GC and JIT work on the measured thread; `--expose-gc` adds a full collection (not
 * timed) before each round, so that a round does not pay for the garbage of the round before it (the other side's).
 */
import { median } from './report.ts';

interface Engine {
  run: (s: unknown, o: { yieldEvery: number }) => Promise<{ status: string; transitions: number }>;
  startExecution: (d: unknown, o: Record<string, unknown>) => unknown;
  resultsInvoker: (r: unknown) => unknown;
}

const N = 10_000;
const LIMITS = { maxHistoryEvents: Infinity, maxTransitions: 10_000_000 };
const COUNTER = {
  StartAt: 'Increment',
  States: {
    Increment: { Type: 'Pass', Parameters: { 'count.$': 'States.MathAdd($.count, 1)' }, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.count', NumericLessThan: N, Next: 'Increment' }], Default: 'Done' },
    Done: { Type: 'Succeed' },
  },
};
const MAP = {
  StartAt: 'Each',
  States: { Each: { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 0, ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } }, End: true } },
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One round of `workload` on the tree at `src`: its rate (per second of CPU time). */
async function loadRound(src: string, workload: string): Promise<() => Promise<number>> {
  const sim = (await import(`${src}/simulator/index.ts`)) as Engine;
  const seedMod = (await import(`${src}/asl/seed.ts`)) as { SEED_DEFINITION_TEXT: string; SEED_MOCK_RESULTS: unknown };
  const seed: unknown = JSON.parse(seedMod.SEED_DEFINITION_TEXT);
  const invoker = sim.resultsInvoker(seedMod.SEED_MOCK_RESULTS);
  const items = Array.from({ length: N }, (_, i) => i);
  const once = async (def: unknown, input: unknown) => {
    const end = await sim.run(sim.startExecution(def, { input, invoker, limits: LIMITS }), { yieldEvery: Infinity });
    if (end.status !== 'SUCCEEDED') throw new Error(`${src}: ${end.status}`);
    return end;
  };
  if (workload === 'counter') {
    return async () => {
      const t = cpuMs();
      const end = await once(COUNTER, { count: 0 });
      return (end.transitions / (cpuMs() - t)) * 1000;
    };
  }
  if (workload === 'map') {
    return async () => {
      const t = cpuMs();
      await once(MAP, { items });
      return (N / (cpuMs() - t)) * 1000;
    };
  }
  return async () => {
    const t = cpuMs();
    for (let i = 0; i < N; i++) await once(seed, {});
    return (N / (cpuMs() - t)) * 1000;
  };
}

async function main(): Promise<void> {
  const [a, b, workload = 'seed', roundsText = '20'] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: ab-engine.ts <srcA> <srcB> [seed|counter|map] [rounds]');
  const sides = [await loadRound(a, workload), await loadRound(b, workload)] as const;
  for (let i = 0; i < 3; i++) for (const f of sides) await f();
  const rates: [number[], number[]] = [[], []];
  // With --expose-gc, a full collection before each round (not timed): a round then pays for its own garbage only,
  // not for what the other side's round left (each map round keeps ~9 MB of history until it ends).
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let r = 0; r < Number(roundsText); r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      gc?.();
      rates[k]!.push(await sides[k]!());
    }
  }
  const ratios = rates[1].map((v, i) => v / rates[0][i]!).sort((x, y) => x - y);
  const k = (v: number) => `${Math.round(v / 1000)}k`;
  console.log(`${workload}: A median ${k(median(rates[0]))}/s, B median ${k(median(rates[1]))}/s`);
  console.log(`B/A of adjacent rounds: median ${median(ratios).toFixed(3)}, quartiles ${ratios[ratios.length >> 2]!.toFixed(3)}-${ratios[(3 * ratios.length) >> 2]!.toFixed(3)}`);
}

await main();
