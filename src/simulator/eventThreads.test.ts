import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../asl/types.ts';
import type { TaskInvoker } from './execution.ts';
import type { HistoryEvent } from './events.ts';
import { simulate } from './run.ts';
import { eventThread } from './runtime.ts';
import { mapOfRetriedCall } from '../testing/machines.ts';

/** A Map over three items whose inner Task fails twice for item 2 only, then succeeds (Retry MaxAttempts 3). */
const mapWithRetry = mapOfRetriedCall('M', 'Call', { MaxConcurrency: 3 }) as StateMachineDefinition;

function flakyForTwo(): TaskInvoker {
  let failsLeft = 2;
  return (req) => {
    if (req.input === 2 && failsLeft > 0) {
      failsLeft--;
      return { error: 'Flaky', cause: 'try again' };
    }
    return { output: { done: req.input } };
  };
}

async function history(): Promise<HistoryEvent[]> {
  const r = await simulate(mapWithRetry, { input: [1, 2, 3], invoker: flakyForTwo() });
  expect(r.status).toBe('SUCCEEDED');
  return [...r.snapshot.events.view(r.snapshot.eventCount)];
}

const types = (events: HistoryEvent[]) => events.map((e) => e.type);

describe('events record the thread that recorded them', () => {
  it('gives each Map iteration its own events, retries only in the iteration that retried', async () => {
    const events = await history();
    const byThread = (t: string) => events.filter((e) => eventThread(e) === t);
    for (const t of ['M/0', 'M/2']) {
      expect(types(byThread(t))).toEqual(['TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited']);
    }
    const second = types(byThread('M/1'));
    expect(second.filter((t) => t === 'TaskFailed')).toHaveLength(2);
    expect(second.filter((t) => t === 'TaskScheduled')).toHaveLength(3);
    expect(second[0]).toBe('TaskStateEntered');
    expect(second[second.length - 1]).toBe('TaskStateExited');
    // The inner state's events, with their inputs, are those of its own item.
    const entered = byThread('M/1')[0]!.stateEnteredEventDetails as { input: unknown };
    expect(String(entered.input)).toBe('2');
  });

  it('puts the Map state and execution events on the top-level thread', async () => {
    const top = (await history()).filter((e) => eventThread(e) === '');
    // (Sorted: the order of a Map's iteration events is the engine's concern, not this test's.)
    expect(types(top).sort()).toEqual(
      [
        'ExecutionStarted',
        'MapStateEntered',
        'MapStateStarted',
        'MapIterationStarted',
        'MapIterationStarted',
        'MapIterationStarted',
        'MapIterationSucceeded',
        'MapIterationSucceeded',
        'MapIterationSucceeded',
        'MapStateSucceeded',
        'MapStateExited',
        'ExecutionSucceeded',
      ].sort(),
    );
  });

  it('keeps the history AWS-shaped: the thread is left out of its JSON', async () => {
    const events = await history();
    expect(events.every((e) => eventThread(e) !== undefined)).toBe(true);
    const text = JSON.stringify(events);
    for (const e of JSON.parse(text) as HistoryEvent[]) {
      expect(eventThread(e)).toBeUndefined();
      expect(Object.keys(e).filter((k) => !k.endsWith('EventDetails'))).toEqual(['id', 'previousEventId', 'timestamp', 'type']);
    }
    expect(text).not.toContain('M/1');
  });
});
