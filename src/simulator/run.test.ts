/**
 * run()'s fast path (one step context per run, snapshots only at checkpoints and where the run stops) against
 * stepping one by one: same history, inspections and final snapshot; step back through the tail and checkpoints;
 * breakpoints and abort stop at the same state.
 */
import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { SEED_DEFINITION_TEXT, SEED_MOCK_RESULTS } from '../asl/seed.ts';
import { startExecution, step, stepBack } from './engine.ts';
import { plainHistory } from './events.ts';
import type { ExecutionOptions, ExecutionSnapshot } from './execution.ts';
import { resultsInvoker } from './mocks.ts';
import { run } from './run.ts';
import { counterLoop, parallelWithMap } from './testMachines.ts';

const loop = counterLoop;

const nested = parallelWithMap(true);

const seed = JSON.parse(SEED_DEFINITION_TEXT) as StateMachineDefinition;

async function stepAll(s: ExecutionSnapshot): Promise<ExecutionSnapshot[]> {
  const all = [s];
  let cur = s;
  while (cur.status === 'RUNNING') {
    cur = await step(cur);
    all.push(cur);
  }
  return all;
}

/** The observable content of a snapshot (everything but the links and the shared logs' identity). */
function view(s: ExecutionSnapshot) {
  return {
    status: s.status,
    root: s.root,
    events: plainHistory(s.events.view(s.eventCount)),
    inspections: s.inspections.view(s.inspectionCount),
    transitions: s.transitions,
    steps: s.steps,
    now: s.now,
    invocations: s.invocations,
    output: s.output,
    error: s.error,
    cause: s.cause,
  };
}

const cases: [string, StateMachineDefinition, ExecutionOptions][] = [
  ['a Pass + Choice loop', loop(40), { input: { n: 0 } }],
  ['Parallel and Map, then a Fail', nested, { input: { items: [1, 2, 3] } }],
  ['the seed workflow with its mocks', seed, { invoker: resultsInvoker(SEED_MOCK_RESULTS) }],
  ['a JSONata machine (asynchronous steps)', { QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% 1 + 1 %}', End: true } } }, {}],
];

describe('run (fast path) against stepping one by one', () => {
  it.each(cases)('given %s, when run, then the final snapshot, history and inspections are the same', async (_, def, opts) => {
    const stepped = await stepAll(startExecution(def, opts));
    const ran = await run(startExecution(def, opts));
    expect(view(ran)).toEqual(view(stepped[stepped.length - 1] as ExecutionSnapshot));
  });

  it.each([1, 3, 8, 256])('given stepBackEvery %i, when stepping back from the end, then every snapshot on the way is one the stepping saw', async (every) => {
    const stepped = await stepAll(startExecution(loop(30), { input: { n: 0 } }));
    const ran = await run(startExecution(loop(30), { input: { n: 0 } }), { stepBackEvery: every });
    const seen: number[] = [];
    for (let s: ExecutionSnapshot = ran; ; s = stepBack(s)) {
      expect(view(s)).toEqual(view(stepped[s.steps] as ExecutionSnapshot));
      seen.push(s.steps);
      if (s.steps === 0) break;
    }
    const end = ran.steps;
    // Exact through the last `every` steps at least, then no gap wider than `every`.
    expect(seen.slice(0, Math.min(every, end) + 1)).toEqual(Array.from({ length: Math.min(every, end) + 1 }, (_, i) => end - i));
    const gaps = seen.slice(1).map((x, i) => (seen[i] as number) - x);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(every);
  });

  it('given a run stopped at a breakpoint, then the paused snapshot is the one stepping reaches before that state', async () => {
    const start = startExecution(nested, { input: { items: [1, 2] } });
    const stepped = await stepAll(start);
    const paused = await run(start, { breakpoints: ['Inner'], stepBackEvery: 2 });
    expect(paused.pausedAt).toBe('Par/1/Each/0/Inner');
    expect(view(paused)).toEqual(view(stepped[paused.steps] as ExecutionSnapshot));
    expect(view(stepBack(paused))).toEqual(view(stepped[paused.steps - 1] as ExecutionSnapshot));
    const second = await run(paused, { breakpoints: ['Inner'] });
    expect(second.pausedAt).toBe('Par/1/Each/1/Inner');
    expect(view(second)).toEqual(view(stepped[second.steps] as ExecutionSnapshot));
  });

  it('given an abort during the run, then it stops after the step that aborted, at the state stepping reaches', async () => {
    const controller = new AbortController();
    let calls = 0;
    const invoker = resultsInvoker(SEED_MOCK_RESULTS);
    const aborting: ExecutionOptions['invoker'] = (req) => {
      if (++calls === 2) controller.abort();
      return invoker(req);
    };
    const s = await run(startExecution(seed, { invoker: aborting }), { signal: controller.signal });
    const stepped = await stepAll(startExecution(seed, { invoker: resultsInvoker(SEED_MOCK_RESULTS) }));
    expect(s.status).toBe('RUNNING');
    expect(s.steps).toBe(2);
    expect(view(s)).toEqual(view(stepped[2] as ExecutionSnapshot));
    const rest = await run(s);
    expect(view(rest)).toEqual(view(stepped[stepped.length - 1] as ExecutionSnapshot));
  });

  it('given a stepped-back snapshot, when run again, then the earlier run keeps its own history (the log forks)', async () => {
    const first = await run(startExecution(loop(5), { input: { n: 0 } }));
    const before = view(first);
    const back = stepBack(stepBack(first));
    const again = await run(back);
    expect(view(again)).toEqual(before);
    expect(view(first)).toEqual(before);
    expect(again.events).not.toBe(first.events);
  });

  it('given a state whose Type is not a string, then the execution fails with States.Runtime when it reaches it', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: { toString: [] } } } } as unknown as StateMachineDefinition;
    const end = await run(startExecution(def));
    expect(end.status).toBe('FAILED');
    expect(end.error).toBe('States.Runtime');
    expect(end.transitions).toBe(2);
  });
});
