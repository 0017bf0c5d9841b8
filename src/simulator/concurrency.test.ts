/**
 * Parallel branches and Map iterations run concurrently on the virtual clock: event times, interleaving,
 * MaxConcurrency, failures while other children wait, and the step-by-step view of it.
 */
import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import { nextState, startExecution, step, stepBack } from './engine.ts';
import type { ExecutionSnapshot, TaskInvoker } from './execution.ts';
import type { HistoryEvent } from './events.ts';
import { mockConfigInvoker } from './mocks.ts';
import { run, simulate } from './run.ts';

const START = Date.UTC(2024, 0, 1);

/** `[type, name, seconds since the start]` of each event (name: the state's or the iteration's index). */
function timeline(events: readonly HistoryEvent[]): [string, string, number][] {
  return events.map((e) => {
    const d = (e.stateEnteredEventDetails ?? e.stateExitedEventDetails ?? e.mapIterationStartedEventDetails ??
      e.mapIterationSucceededEventDetails ?? e.mapIterationFailedEventDetails ?? e.mapIterationAbortedEventDetails) as
      | { name?: string; index?: number }
      | undefined;
    const name = d === undefined ? '' : d.index !== undefined ? String(d.index) : (d.name ?? '');
    return [e.type, name, (Date.parse(e.timestamp) - START) / 1000];
  });
}

function expectMonotonic(events: readonly HistoryEvent[]): void {
  const ts = events.map((e) => Date.parse(e.timestamp));
  expect(ts).toEqual([...ts].sort((a, b) => a - b));
  expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
}

const wait = (name: string, seconds: number, next?: string) => ({
  StartAt: name,
  States: { [name]: next ? { Type: 'Wait', Seconds: seconds, Next: next } : { Type: 'Wait', Seconds: seconds, End: true } },
});

const twoWaits: StateMachineDefinition = {
  StartAt: 'P',
  States: { P: { Type: 'Parallel', Branches: [wait('W1', 10), wait('W2', 20)], End: true } },
} as StateMachineDefinition;

describe('Parallel on the virtual clock', () => {
  it('ends two branches that wait 10 s and 20 s after 20 s, not 30 s, with interleaved events', async () => {
    const r = await simulate(twoWaits);
    expect(r.status).toBe('SUCCEEDED');
    expect(timeline(r.events)).toEqual([
      ['ExecutionStarted', '', 0],
      ['ParallelStateEntered', 'P', 0],
      ['ParallelStateStarted', '', 0],
      ['WaitStateEntered', 'W1', 0],
      ['WaitStateEntered', 'W2', 0],
      ['WaitStateExited', 'W1', 10],
      ['WaitStateExited', 'W2', 20],
      ['ParallelStateSucceeded', '', 20],
      ['ParallelStateExited', 'P', 20],
      ['ExecutionSucceeded', '', 20],
    ]);
    expectMonotonic(r.events);
    expect(r.snapshot.now - START).toBe(20_000);
    const spans = r.snapshot.inspections.view(r.snapshot.inspectionCount).map((i) => [i.path, i.enteredAt - START, (i.exitedAt ?? 0) - START]);
    expect(spans.slice(0, 2)).toEqual([
      ['P/0/W1', 0, 10_000],
      ['P/1/W2', 0, 20_000],
    ]);
  });

  it('chains previousEventId per branch, also for events recorded after virtual time passed', async () => {
    const r = await simulate(twoWaits);
    expect(r.events.map((e) => [e.id, e.previousEventId])).toEqual([
      [1, 0],
      [2, 0],
      [3, 2],
      [4, 3],
      [5, 3],
      [6, 4],
      [7, 5],
      [8, 7],
      [9, 7],
      [10, 9],
    ]);
  });

  it('meets the machine TimeoutSeconds that the sum of the waits would exceed', async () => {
    const r = await simulate({ ...twoWaits, TimeoutSeconds: 25 });
    expect(r.status).toBe('SUCCEEDED');
    const late = await simulate({ ...twoWaits, TimeoutSeconds: 15 });
    expect(late.status).toBe('TIMED_OUT');
    expect(timeline(late.events).slice(-2)).toEqual([
      ['WaitStateExited', 'W1', 10],
      ['ExecutionTimedOut', '', 15],
    ]);
  });

  it('runs Task mocks that take virtual time side by side', async () => {
    const invoker: TaskInvoker = (req) => ({ output: req.stateName, durationMs: req.stateName === 'Slow' ? 7000 : 3000 });
    const task = (name: string) => ({ StartAt: name, States: { [name]: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } });
    const r = await simulate(
      { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [task('Slow'), task('Fast')], End: true } } } as StateMachineDefinition,
      { invoker },
    );
    expect(r.output).toEqual(['Slow', 'Fast']);
    expect(timeline(r.events).filter(([type]) => type.startsWith('Task'))).toEqual([
      ['TaskStateEntered', 'Slow', 0],
      ['TaskStateEntered', 'Fast', 0],
      ['TaskScheduled', '', 0],
      ['TaskStarted', '', 0],
      ['TaskScheduled', '', 0],
      ['TaskStarted', '', 0],
      ['TaskSucceeded', '', 3],
      ['TaskStateExited', 'Fast', 3],
      ['TaskSucceeded', '', 7],
      ['TaskStateExited', 'Slow', 7],
    ]);
    expectMonotonic(r.events);
    expect(r.snapshot.now - START).toBe(7000);
  });

  it('runs MockConfigFile DurationSeconds side by side; a TimeoutSeconds shorter than the mock times out at its own time', async () => {
    const invoker = mockConfigInvoker(
      {
        StateMachines: { SM: { TestCases: { T: { Slow: 'SlowR', Quick: 'QuickR' } } } },
        MockedResponses: { SlowR: { '0': { Return: 'slow', DurationSeconds: 6 } }, QuickR: { '0': { Return: 'quick', DurationSeconds: 4 } } },
      },
      'SM',
      'T',
    );
    const slow = {
      StartAt: 'Slow',
      States: {
        Slow: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', TimeoutSeconds: 3, Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'Caught' }], End: true },
        Caught: { Type: 'Pass', Result: 'caught', End: true },
      },
    };
    const quick = { StartAt: 'Quick', States: { Quick: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true } } };
    const r = await simulate({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [slow, quick], End: true } } } as StateMachineDefinition, { invoker });
    expect(r.output).toEqual(['caught', 'quick']);
    expect(timeline(r.events).slice(3).filter(([type]) => type !== 'TaskScheduled' && type !== 'TaskStarted')).toEqual([
      ['TaskStateEntered', 'Slow', 0],
      ['TaskStateEntered', 'Quick', 0],
      ['TaskTimedOut', '', 3],
      ['TaskStateExited', 'Slow', 3],
      ['PassStateEntered', 'Caught', 3],
      ['PassStateExited', 'Caught', 3],
      ['TaskSucceeded', '', 4],
      ['TaskStateExited', 'Quick', 4],
      ['ParallelStateSucceeded', '', 4],
      ['ParallelStateExited', 'P', 4],
      ['ExecutionSucceeded', '', 4],
    ]);
    expectMonotonic(r.events);
  });

  it("lets one branch proceed during another branch's Retry interval", async () => {
    const invoker: TaskInvoker = (req) => (req.invocation === 0 ? { error: 'Flaky' } : { output: 'ok' });
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'Call',
              States: {
                Call: {
                  Type: 'Task',
                  Resource: 'arn:aws:states:::lambda:invoke',
                  Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 5, BackoffRate: 1 }],
                  End: true,
                },
              },
            },
            wait('Short', 2, 'After'),
          ],
          End: true,
        },
      },
    };
    (def.States.P.Branches[1] as { States: Record<string, unknown> }).States.After = { Type: 'Pass', Result: 'after', End: true };
    const r = await simulate(def as StateMachineDefinition, { invoker });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual(['ok', 'after']);
    expect(timeline(r.events).filter(([type]) => type !== 'TaskScheduled' && type !== 'TaskStarted')).toEqual([
      ['ExecutionStarted', '', 0],
      ['ParallelStateEntered', 'P', 0],
      ['ParallelStateStarted', '', 0],
      ['TaskStateEntered', 'Call', 0],
      ['WaitStateEntered', 'Short', 0],
      ['TaskFailed', '', 0],
      ['WaitStateExited', 'Short', 2],
      ['PassStateEntered', 'After', 2],
      ['PassStateExited', 'After', 2],
      ['TaskSucceeded', '', 5],
      ['TaskStateExited', 'Call', 5],
      ['ParallelStateSucceeded', '', 5],
      ['ParallelStateExited', 'P', 5],
      ['ExecutionSucceeded', '', 5],
    ]);
    expectMonotonic(r.events);
  });

  it('fails at once when a branch fails while another waits (the waiting branch records nothing more)', async () => {
    const failing = { StartAt: 'Soon', States: { Soon: { Type: 'Wait', Seconds: 2, Next: 'Boom' }, Boom: { Type: 'Fail', Error: 'Boom', Cause: 'b' } } };
    const r = await simulate({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [wait('Long', 60), failing], End: true } } } as StateMachineDefinition);
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('Boom');
    expect(timeline(r.events).slice(3)).toEqual([
      ['WaitStateEntered', 'Long', 0],
      ['WaitStateEntered', 'Soon', 0],
      ['WaitStateExited', 'Soon', 2],
      ['FailStateEntered', 'Boom', 2],
      ['ParallelStateFailed', '', 2],
      ['ExecutionFailed', '', 2],
    ]);
    expect(r.snapshot.now - START).toBe(2000);
  });
});

const mapOf = (extra: Record<string, unknown>, processor: unknown): StateMachineDefinition =>
  ({ StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: processor, End: true, ...extra } } }) as StateMachineDefinition;

describe('Map on the virtual clock', () => {
  it('runs 4 items that wait 5 s each, 2 at a time (MaxConcurrency 2), in 10 s', async () => {
    const r = await simulate(mapOf({ MaxConcurrency: 2 }, wait('W', 5)), { input: [1, 2, 3, 4] });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([1, 2, 3, 4]);
    const started = timeline(r.events).filter(([type]) => type === 'MapIterationStarted');
    expect(started).toEqual([
      ['MapIterationStarted', '0', 0],
      ['MapIterationStarted', '1', 0],
      ['MapIterationStarted', '2', 5],
      ['MapIterationStarted', '3', 5],
    ]);
    expectMonotonic(r.events);
    expect(r.snapshot.now - START).toBe(10_000);
  });

  it('runs up to 40 iterations of an inline Map at once when MaxConcurrency is 0', async () => {
    const r = await simulate(mapOf({ MaxConcurrency: 0 }, wait('W', 5)), { input: Array.from({ length: 41 }, (_, i) => i) });
    expect(r.snapshot.now - START).toBe(10_000);
    const last = timeline(r.events).filter(([type]) => type === 'MapIterationStarted').at(-1);
    expect(last).toEqual(['MapIterationStarted', '40', 5]);
  });

  it('starts each iteration when a slot frees, at that time, and ends them by their own clocks', async () => {
    const input = [5, 1, 4, 2, 3].map((s) => ({ s }));
    const r = await simulate(mapOf({ MaxConcurrency: 2 }, { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.s', End: true } } }), { input });
    expect(r.output).toEqual(input);
    expect(timeline(r.events).filter(([type]) => type.startsWith('MapIteration'))).toEqual([
      ['MapIterationStarted', '0', 0],
      ['MapIterationStarted', '1', 0],
      ['MapIterationSucceeded', '1', 1],
      ['MapIterationStarted', '2', 1],
      ['MapIterationSucceeded', '0', 5],
      ['MapIterationSucceeded', '2', 5],
      ['MapIterationStarted', '3', 5],
      ['MapIterationStarted', '4', 5],
      ['MapIterationSucceeded', '3', 7],
      ['MapIterationSucceeded', '4', 8],
    ]);
    expectMonotonic(r.events);
  });

  it('runs 2,000 iterations of a distributed Map at once', async () => {
    const processor = { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } };
    const r = await simulate(mapOf({}, processor), { input: Array.from({ length: 2000 }, (_, i) => i), inspect: false });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.snapshot.now - START).toBe(1000);
    expect((r.output as number[]).slice(0, 3)).toEqual([0, 1, 2]);
    expectMonotonic(r.events);
  });

  const waitThenCheck = {
    StartAt: 'W',
    States: {
      W: { Type: 'Wait', SecondsPath: '$.s', Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.bad', BooleanEquals: true, Next: 'Bad' }], Default: 'Good' },
      Bad: { Type: 'Fail', Error: 'Bad', Cause: 'bad item' },
      Good: { Type: 'Pass', Result: 'good', End: true },
    },
  };
  const items = [
    { s: 3, bad: false },
    { s: 1, bad: true },
    { s: 2, bad: true },
    { s: 9, bad: false },
  ];

  it('tolerates failures of concurrent iterations and keeps the results in item order', async () => {
    const r = await simulate(mapOf({ MaxConcurrency: 2, ToleratedFailureCount: 2 }, waitThenCheck), { input: items });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual(['good', { Error: 'Bad', Cause: 'bad item' }, { Error: 'Bad', Cause: 'bad item' }, 'good']);
    expect(timeline(r.events).filter(([type]) => type.startsWith('MapIteration'))).toEqual([
      ['MapIterationStarted', '0', 0],
      ['MapIterationStarted', '1', 0],
      ['MapIterationFailed', '1', 1],
      ['MapIterationStarted', '2', 1],
      ['MapIterationSucceeded', '0', 3],
      ['MapIterationFailed', '2', 3],
      ['MapIterationStarted', '3', 3],
      ['MapIterationSucceeded', '3', 12],
    ]);
    expectMonotonic(r.events);
  });

  it('fails past the tolerated count and aborts the iterations still running', async () => {
    const r = await simulate(mapOf({ MaxConcurrency: 2, ToleratedFailureCount: 0 }, waitThenCheck), { input: items });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.ExceedToleratedFailureThreshold');
    expect(timeline(r.events).slice(-5)).toEqual([
      ['FailStateEntered', 'Bad', 1],
      ['MapIterationFailed', '1', 1],
      ['MapIterationAborted', '0', 1],
      ['MapStateFailed', '', 1],
      ['ExecutionFailed', '', 1],
    ]);
    expect(r.events.some((e) => e.type === 'MapIterationStarted' && (e.mapIterationStartedEventDetails as { index: number }).index === 2)).toBe(false);
  });
});

describe('stepping through concurrent children', () => {
  async function stepAll(s: ExecutionSnapshot): Promise<ExecutionSnapshot[]> {
    const out = [s];
    while (s.status === 'RUNNING') {
      s = await step(s);
      out.push(s);
    }
    return out;
  }

  it('steps to the same history as run, shows the child that runs next, and steps back', async () => {
    const snaps = await stepAll(startExecution(twoWaits));
    const end = snaps.at(-1) as ExecutionSnapshot;
    const ran = await simulate(twoWaits);
    expect(end.events.view(end.eventCount).map((e) => [e.type, e.timestamp])).toEqual(ran.events.map((e) => [e.type, e.timestamp]));
    expect(snaps.map((s) => nextState(s))).toEqual([
      { name: 'P', path: 'P', resuming: false },
      { name: 'W1', path: 'P/0/W1', resuming: false },
      { name: 'W2', path: 'P/1/W2', resuming: false },
      { name: 'W1', path: 'P/0/W1', resuming: true },
      { name: 'W2', path: 'P/1/W2', resuming: true },
      null,
    ]);
    // The clock is the time of the next step: the earliest child's.
    expect(snaps.map((s) => s.now - START)).toEqual([0, 0, 0, 10_000, 20_000, 20_000]);
    const back = stepBack(snaps[4] as ExecutionSnapshot);
    expect(back).toBe(snaps[3]);
    expect(back.eventCount).toBe(5);
    const again = await step(back);
    expect(again.events.view(again.eventCount).map((e) => e.type)).toEqual(
      (snaps[4] as ExecutionSnapshot).events.view((snaps[4] as ExecutionSnapshot).eventCount).map((e) => e.type),
    );
  });

  it('stops at a breakpoint inside a Map iteration before the state runs, not when its wait ends', async () => {
    const def = mapOf({ MaxConcurrency: 2 }, { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'Inner' }, Inner: { Type: 'Pass', End: true } } });
    const paused = await run(startExecution(def, { input: [1, 2] }), { breakpoints: ['W', 'Inner'] });
    expect(paused.pausedAt).toBe('M/0/W');
    const second = await run(paused, { breakpoints: ['W', 'Inner'] });
    expect(second.pausedAt).toBe('M/1/W');
    const third = await run(second, { breakpoints: ['W', 'Inner'] });
    expect(third.pausedAt).toBe('M/0/Inner');
    expect(third.now - START).toBe(5000);
    const fourth = await run(third, { breakpoints: ['W', 'Inner'] });
    expect(fourth.pausedAt).toBe('M/1/Inner');
    const end = await run(fourth, { breakpoints: ['W', 'Inner'] });
    expect(end.status).toBe('SUCCEEDED');
  });

  it('keeps a top-level Wait one step, as before', async () => {
    const snaps = await stepAll(startExecution(wait('Top', 30) as StateMachineDefinition));
    expect(snaps).toHaveLength(2);
    expect((snaps[1] as ExecutionSnapshot).now - START).toBe(30_000);
  });
});
