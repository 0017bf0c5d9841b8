/**
 * `npm run bench:engine`: our simulator against aws-local-stepfunctions (the peer) in the same process, on three
 * workloads, each machine built once on both sides:
 *   (1) counter: a Pass + Choice loop of 10,000 iterations (rate = state transitions per second),
 *   (2) map: a Map over 10,000 items, each a Pass (rate = items per second),
 *   (3) seed: 10,000 sequential executions of the seed workflow with its three mocks (rate = executions/s).
 * What is timed, per workload: one whole `run()` to the end on our side, from `startExecution` (which compiles
 * the definition, cached per definition object) to the final snapshot, with the full history (GetExecutionHistory
 * events) and the per-state inspection data recorded, and the status checked; on the peer's side one
 * `stateMachine.run(input).result` (the machine built once with `validationOptions.noValidate`). The AWS history
 * limit of 25,000 events is lifted on our side, as the counter loop alone writes 40,000 events. `run()` keeps
 * its default step-back trail (exact through the last 256 steps at least, a snapshot every 256 steps before).
 * Robustness (a shared 2-core machine with other processes running): each side is warmed up first (up to 3 runs
 * within 3 s: under load the JIT's background compiler lags, and a cold side would be measured unoptimised),
 * then ROUNDS rounds (env BENCH_ROUNDS, default 5) each time our side then the peer's, alternately, and each
 * side's best (shortest) round is reported: the least disturbed measurement of each.
 * Prints a table, then one JSON line per workload.
 */
import { StateMachine } from 'aws-local-stepfunctions';
import type { JsonValue, StateMachineDefinition } from '../src/asl/types.ts';
import { SEED_DEFINITION_TEXT, SEED_MOCK_RESULTS } from '../src/asl/seed.ts';
import { run, startExecution, resultsInvoker, lambdaInvokeResponse, type ExecutionSnapshot } from '../src/simulator/index.ts';

// aws-local-stepfunctions 3 uses Promise.withResolvers (Node 22+).
const P = Promise as unknown as { withResolvers?: () => unknown };
if (!P.withResolvers) {
  P.withResolvers = () => {
    let resolve!: (v: unknown) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const N = 10_000;
const LIMITS = { maxHistoryEvents: Infinity, maxTransitions: 10_000_000 };

const counter: StateMachineDefinition = {
  StartAt: 'Increment',
  States: {
    Increment: { Type: 'Pass', Parameters: { 'count.$': 'States.MathAdd($.count, 1)' }, Next: 'Check' },
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.count', NumericLessThan: N, Next: 'Increment' }],
      Default: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

const map: StateMachineDefinition = {
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      MaxConcurrency: 0,
      ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
};

const seed = JSON.parse(SEED_DEFINITION_TEXT) as StateMachineDefinition;
const seedInvoker = resultsInvoker(SEED_MOCK_RESULTS);
const peerSeedHandlers = Object.fromEntries(
  Object.entries(SEED_MOCK_RESULTS).map(([name, v]) => [name, () => lambdaInvokeResponse(v as JsonValue)]),
);

async function ours(def: StateMachineDefinition, input: JsonValue, invoker = seedInvoker): Promise<ExecutionSnapshot> {
  const end = await run(startExecution(def, { input, invoker, limits: LIMITS }), { yieldEvery: Infinity });
  if (end.status !== 'SUCCEEDED') throw new Error(`our execution ended ${end.status}: ${end.error} ${end.cause}`);
  return end;
}

const peerOptions = { validationOptions: { noValidate: true } };

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));

async function elapsed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** Warm-up of one side: at least one run, up to WARMUP_RUNS runs while under WARMUP_MS (lets the JIT settle). */
const WARMUP_RUNS = 3;
const WARMUP_MS = 3000;

async function warmUp(f: () => Promise<unknown>): Promise<void> {
  let spent = 0;
  for (let i = 0; i < WARMUP_RUNS && (i === 0 || spent < WARMUP_MS); i++) spent += await elapsed(f);
}

/** Best time in seconds of each side over ROUNDS alternating rounds, after each side's warm-up. */
async function time(ours: () => Promise<unknown>, peer: () => Promise<unknown>): Promise<[number, number]> {
  await warmUp(ours);
  await warmUp(peer);
  let o = Infinity;
  let p = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    o = Math.min(o, await elapsed(ours));
    p = Math.min(p, await elapsed(peer));
  }
  return [o / 1000, p / 1000];
}

interface Row {
  workload: string;
  unit: string;
  ours_per_s: number;
  peer_per_s: number;
  ratio: number;
}

async function counterWorkload(): Promise<Row> {
  const transitions = (await ours(counter, { count: 0 })).transitions;
  const peer = new StateMachine(counter as never, peerOptions);
  const [o, p] = await time(
    () => ours(counter, { count: 0 }),
    () => peer.run({ count: 0 }).result,
  );
  return row('counter loop (Pass+Choice, 10,000 iterations)', 'transitions/s', transitions / o, transitions / p);
}

async function mapWorkload(): Promise<Row> {
  const items = Array.from({ length: N }, (_, i) => i);
  const peer = new StateMachine(map as never, peerOptions);
  const [o, p] = await time(
    () => ours(map, { items }),
    () => peer.run({ items }).result,
  );
  return row('map (10,000 items, each a Pass)', 'items/s', N / o, N / p);
}

async function seedWorkload(): Promise<Row> {
  const peer = new StateMachine(seed as never, peerOptions);
  const [o, p] = await time(
    async () => {
      for (let i = 0; i < N; i++) await ours(seed, {});
    },
    async () => {
      for (let i = 0; i < N; i++) await peer.run({}, { overrides: { taskResourceLocalHandlers: peerSeedHandlers } }).result;
    },
  );
  return row('seed workflow (10,000 executions, 3 mocks)', 'executions/s', N / o, N / p);
}

function row(workload: string, unit: string, oursRate: number, peerRate: number): Row {
  return { workload, unit, ours_per_s: Math.round(oursRate), peer_per_s: Math.round(peerRate), ratio: Math.round((oursRate / peerRate) * 100) / 100 };
}

const rows = [await counterWorkload(), await mapWorkload(), await seedWorkload()];
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('workload', 48)}${pad('unit', 15)}${pad('ours/s', 12)}${pad('peer/s', 12)}ratio`);
for (const r of rows) {
  console.log(`${pad(r.workload, 48)}${pad(r.unit, 15)}${pad(String(r.ours_per_s), 12)}${pad(String(r.peer_per_s), 12)}${r.ratio}`);
}
for (const r of rows) {
  console.log(JSON.stringify({ workload: r.workload, ours_per_s: r.ours_per_s, peer_per_s: r.peer_per_s, ratio: r.ratio }));
}
