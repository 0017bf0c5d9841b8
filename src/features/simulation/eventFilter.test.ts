import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../simulator/events.ts';
import { distinct, eventStates, eventSummary, filterEvents } from './eventFilter.ts';

let id = 0;
const ev = (type: string, details?: Record<string, unknown>): HistoryEvent => ({ id: ++id, previousEventId: id - 1, timestamp: '2024-01-01T00:00:00.000Z', type, ...details });
const entered = (name: string, type = 'Task') => ev(`${type}StateEntered`, { stateEnteredEventDetails: { name, input: '{}' } });
const exited = (name: string, type = 'Task') => ev(`${type}StateExited`, { stateExitedEventDetails: { name, output: '{}' } });

const events = [
  ev('ExecutionStarted', { executionStartedEventDetails: { input: '{"a":1}' } }),
  entered('A'),
  ev('TaskScheduled', { taskScheduledEventDetails: { resource: 'invoke', resourceType: 'lambda' } }),
  ev('TaskFailed', { taskFailedEventDetails: { error: 'Boom', cause: 'bad' } }),
  exited('A'),
  entered('Par', 'Parallel'),
  entered('B', 'Pass'),
  exited('B', 'Pass'),
  ev('ParallelStateSucceeded'),
  exited('Par', 'Parallel'),
  ev('ExecutionSucceeded', { executionSucceededEventDetails: { output: '{}' } }),
];

describe('event filtering', () => {
  const states = eventStates(events);

  it('attributes task and container events to the state entered last', () => {
    expect(states).toEqual([undefined, 'A', 'A', 'A', 'A', 'Par', 'B', 'B', 'Par', 'Par', undefined]);
  });

  it.each([
    [{ types: [], state: '' }, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    [{ types: ['TaskFailed'], state: '' }, [3]],
    [{ types: [], state: 'A' }, [1, 2, 3, 4]],
    [{ types: ['PassStateEntered', 'TaskStateEntered'], state: '' }, [1, 6]],
    [{ types: ['TaskStateEntered'], state: 'B' }, []],
  ])('%j → %j', (filter, expected) => {
    expect(filterEvents(events, states, filter)).toEqual(expected);
  });

  it('lists distinct types and states in order, and summarises details', () => {
    expect(distinct(states)).toEqual(['A', 'Par', 'B']);
    expect(eventSummary(events[3] as HistoryEvent)).toBe('error: Boom  cause: bad');
    expect(eventSummary(events[0] as HistoryEvent, 10)).toBe('input: {"…');
    expect(eventSummary(events[8] as HistoryEvent)).toBe('');
  });

  // Correctness at the size of the history limit; its speed is the bench's to measure, not a timed test's.
  it('filters 25,000 events by type and state', () => {
    const many = Array.from({ length: 25_000 }, (_, i) => (i % 2 ? exited(`S${i % 7}`) : entered(`S${(i + 1) % 7}`)));
    const shown = filterEvents(many, eventStates(many), { types: ['TaskStateExited'], state: 'S3' });
    const expected = many.flatMap((_, i) => (i % 2 === 1 && i % 7 === 3 ? [i] : []));
    expect(expected.length).toBeGreaterThan(1000);
    expect(shown).toEqual(expected);
  });
});
