/** step/run/snapshots: immutability, step back, breakpoints at any depth, abort, limits, clock, inspection, cost. */
import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { SEED_DEFINITION_TEXT, SEED_MOCK_RESULTS } from '../asl/seed.ts';
import { activeThreads, nextState, startExecution, step, stepBack } from './engine.ts';
import type { ExecutionSnapshot } from './execution.ts';
import { resultsInvoker } from './mocks.ts';
import { run, simulate } from './run.ts';
import { counterLoop, parallelWithMap } from './testMachines.ts';

const passChain: StateMachineDefinition = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Result: 1, ResultPath: '$.a', Next: 'B' },
    B: { Type: 'Pass', Result: 2, ResultPath: '$.b', End: true },
  },
};

const loop = counterLoop(1000000);

const nested = parallelWithMap();

function stepSync(s: ExecutionSnapshot): ExecutionSnapshot {
  const r = step(s);
  if (r instanceof Promise) throw new Error('expected a synchronous step');
  return r;
}

describe('step', () => {
  it('given a JSONPath machine, when stepping, then each step is synchronous and returns a new snapshot', () => {
    const s0 = startExecution(passChain, { input: {} });
    const s1 = stepSync(s0);
    const s2 = stepSync(s1);
    expect(s0.status).toBe('RUNNING');
    expect(s0.eventCount).toBe(1);
    expect(s1.eventCount).toBe(3);
    expect(s2.status).toBe('SUCCEEDED');
    expect(s2.output).toEqual({ a: 1, b: 2 });
    expect(s2.transitions).toBe(2);
    expect(stepSync(s2)).toBe(s2);
  });

  it('given a stepped-back snapshot, when stepping again, then the old branch of history is untouched (the log forks)', () => {
    const s0 = startExecution(passChain, { input: {} });
    const s1 = stepSync(s0);
    const s2 = stepSync(s1);
    const back = stepBack(s2);
    expect(back).toBe(s1);
    const again = stepSync(back);
    expect(again.events.view(again.eventCount).map((e) => e.type)).toEqual(s2.events.view(s2.eventCount).map((e) => e.type));
    expect(s2.events.view(s2.eventCount)).toHaveLength(6);
    expect(s1.events.view(s1.eventCount)).toHaveLength(3);
  });

  it('given a JSONata state, when stepping, then the step returns a promise', async () => {
    const def: StateMachineDefinition = { QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% 1 + 1 %}', End: true } } };
    const r = step(startExecution(def));
    expect(r).toBeInstanceOf(Promise);
    expect((await r).output).toBe(2);
  });
});

describe('run', () => {
  it('runs the seed workflow with its three mocks to {"status":"Notification sent successfully"}', async () => {
    const r = await simulate(JSON.parse(SEED_DEFINITION_TEXT) as StateMachineDefinition, { invoker: resultsInvoker(SEED_MOCK_RESULTS) });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ status: 'Notification sent successfully' });
    expect(r.transitions).toBe(3);
    expect(r.costUsd).toBeCloseTo(0.000075, 10);
    expect(r.events.filter((e) => e.type === 'TaskScheduled')).toHaveLength(3);
  });

  it('stops before a breakpoint inside a Map iteration, and resumes past it', async () => {
    const start = startExecution(nested, { input: { items: [1, 2] } });
    const paused = await run(start, { breakpoints: ['Inner'] });
    expect(paused.status).toBe('RUNNING');
    expect(paused.pausedAt).toBe('Par/1/Each/0/Inner');
    expect(nextState(paused)).toEqual({ name: 'Inner', path: 'Par/1/Each/0/Inner', resuming: false });
    expect(activeThreads(paused).map((t) => t.state)).toEqual(['Par', 'Each', 'Inner']);
    const second = await run(paused, { breakpoints: ['Inner'] });
    expect(second.pausedAt).toBe('Par/1/Each/1/Inner');
    const end = await run(second, { breakpoints: ['Inner'] });
    expect(end.status).toBe('SUCCEEDED');
    expect(end.output).toEqual(['l', [1, 2]]);
  });

  it('stops when its AbortSignal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const s = await run(startExecution(loop, { input: { n: 0 } }), { signal: controller.signal });
    expect(s.status).toBe('RUNNING');
    expect(s.steps).toBe(0);
  });

  it('fails a runaway loop at the transition cap with a clear message', async () => {
    const s = await run(startExecution(loop, { input: { n: 0 }, limits: { maxTransitions: 500, maxHistoryEvents: Infinity } }));
    expect(s.status).toBe('FAILED');
    expect(s.error).toBe('States.Runtime');
    expect(s.cause).toMatch(/500 state transitions/);
  });

  it('fails past 25,000 history events', async () => {
    const s = await run(startExecution(loop, { input: { n: 0 } }));
    expect(s.status).toBe('FAILED');
    expect(s.cause).toMatch(/maximum number of history events \(25000\)/);
  });

  it('fails with States.DataLimitExceeded when a Pass result is over 256 KiB', async () => {
    const big = 'x'.repeat(300 * 1024);
    const def: StateMachineDefinition = { StartAt: 'P', States: { P: { Type: 'Pass', Result: big, End: true } } };
    const r = await simulate(def);
    expect(r.error).toBe('States.DataLimitExceeded');
  });
});

describe('virtual clock', () => {
  it('advances by Wait seconds without sleeping and times out the machine (TimeoutSeconds)', async () => {
    const def: StateMachineDefinition = {
      TimeoutSeconds: 60,
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 30, Next: 'W2' }, W2: { Type: 'Wait', Seconds: 3600, End: true } },
    };
    const t0 = Date.now();
    const r = await simulate(def);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r.status).toBe('TIMED_OUT');
    expect(r.error).toBe('States.Timeout');
    expect(r.events.at(-1)?.type).toBe('ExecutionTimedOut');
  });

  it('fails a task whose mock takes longer than TimeoutSeconds with States.Timeout', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 5, End: true } },
    };
    const r = await simulate(def, { invoker: () => ({ output: {}, durationMs: 10_000 }) });
    expect(r.error).toBe('States.Timeout');
    expect(r.events.map((e) => e.type)).toContain('TaskTimedOut');
    const hb = await simulate(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', HeartbeatSeconds: 2, End: true } } },
      { invoker: () => ({ output: {}, durationMs: 3_000 }) },
    );
    expect(hb.error).toBe('States.HeartbeatTimeout');
  });

  it('records retry intervals on the virtual clock (IntervalSeconds × BackoffRate^n)', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:123456789012:function:F',
          Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 2 }],
          End: true,
        },
      },
    };
    const r = await simulate(def, { invoker: () => ({ error: 'Boom', cause: 'x' }) });
    expect(r.error).toBe('Boom');
    expect(r.snapshot.now - r.snapshot.options.startTime).toBe(2000 + 6000);
    expect(r.transitions).toBe(3);
  });
});

describe('inspection data', () => {
  it('records each pipeline stage of a Task as the TestState API names them', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          InputPath: '$.in',
          Parameters: { 'Payload.$': '$' },
          ResultSelector: { 'v.$': '$.Payload' },
          ResultPath: '$.res',
          OutputPath: '$.res',
          Assign: { 'seen.$': '$.Payload' }, // the raw result, before ResultSelector
          End: true,
        },
      },
    };
    const r = await simulate(def, { input: { in: 5 }, invoker: () => ({ output: { Payload: 7 } }) });
    const [rec] = r.snapshot.inspections.view(r.snapshot.inspectionCount);
    expect(rec).toMatchObject({
      stateName: 'T',
      input: { in: 5 },
      afterInputPath: 5,
      afterParameters: { Payload: 5 },
      result: { Payload: 7 },
      afterResultSelector: { v: 7 },
      afterResultPath: { in: 5, res: { v: 7 } },
      output: { v: 7 },
      variables: { seen: 7 },
    });
  });
});
