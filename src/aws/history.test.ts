import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../asl/history.ts';
import { fixturePath } from '../testing/fixtures.ts';
import { jsonPathOfId } from '../asl/ids.ts';
import { isRecord } from '../asl/values.ts';
import { fromAwsEvent, historyView } from './history.ts';

function recorded(name: string): { definition: unknown; events: HistoryEvent[] } {
  return JSON.parse(readFileSync(fixturePath('conformance-recorded', 'histories', `${name}.json`), 'utf8')) as { definition: unknown; events: HistoryEvent[] };
}

describe('historyView on recorded AWS histories', () => {
  it.each([
    ['pass-chain', { State0: 'succeeded', State1: 'succeeded', State2: 'succeeded' }],
    ['lambda-task-success', { step1: 'succeeded' }],
    ['lambda-task-retry-then-catch', { InvokeLambdaWithRetry: 'caught-error', HandleError: 'succeeded' }],
    ['map-inline-parameters', { MapState: 'succeeded', 'MapState/~p/IteratorInner': 'succeeded', Finish: 'succeeded' }],
    ['map-iteration-fail-catch', { StartState: 'succeeded', MapState: 'caught-error', 'MapState/~p/HandleItemFail': 'failed', FinalCaught: 'succeeded' }],
    ['parallel-branch-fail-retry', { ParallelState: 'failed', 'ParallelState/~b0/Branch1': 'failed' }],
    ['parallel-order', { StartState: 'succeeded', 'StartState/~b0/Branch0': 'succeeded', 'StartState/~b3/Branch3': 'succeeded' }],
  ])('%s', (name, expected) => {
    const { definition, events } = recorded(name);
    const view = historyView(definition, events);
    expect(view.nodeStatus).toMatchObject(expected);
    expect(view.currentId).toBeUndefined();
  });

  it.each(['choice', 'jsonata-choice-assign', 'lambda-invoke-jsonata-to-jsonpath', 'pass-chain', 'map-inline-parameters', 'parallel-order'])(
    '%s: every entered state gets a final status, on an id of the definition',
    (name) => {
      const { definition, events } = recorded(name);
      const statuses = historyView(definition, events).nodeStatus;
      const isState = (id: string) => isRecord(jsonPathOfId(id).reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], definition));
      expect(Object.keys(statuses).length).toBeGreaterThan(0);
      expect(Object.keys(statuses).filter((id) => !isState(id))).toEqual([]);
      expect(Object.values(statuses).filter((s) => s !== 'succeeded' && s !== 'caught-error')).toEqual([]);
    },
  );

  it('shows a state in progress, and aborted once the execution is stopped', () => {
    const { definition, events } = recorded('map-inline-parameters');
    const partial = events.slice(0, 5);
    expect(historyView(definition, partial)).toEqual({
      nodeStatus: { MapState: 'in-progress', 'MapState/~p/IteratorInner': 'in-progress' },
      currentId: 'MapState/~p/IteratorInner',
    });
    const stopped = [...partial, { id: 6, previousEventId: 5, timestamp: 't', type: 'ExecutionAborted' }];
    expect(historyView(definition, stopped).nodeStatus).toEqual({ MapState: 'aborted', 'MapState/~p/IteratorInner': 'aborted' });
  });

  it('resolves a name used in two scopes by the previousEventId chain', () => {
    const inner = { StartAt: 'Same', States: { Same: { Type: 'Pass', End: true } } };
    const definition = { StartAt: 'Same', States: { Same: { Type: 'Pass', Next: 'P' }, P: { Type: 'Parallel', Branches: [inner, inner], End: true } } };
    const ev = (id: number, previousEventId: number, type: string, name?: string, exited = false): HistoryEvent => ({
      id,
      previousEventId,
      timestamp: 't',
      type,
      ...(name ? { [exited ? 'stateExitedEventDetails' : 'stateEnteredEventDetails']: { name } } : {}),
    });
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      ev(2, 0, 'PassStateEntered', 'Same'),
      ev(3, 2, 'PassStateExited', 'Same', true),
      ev(4, 3, 'ParallelStateEntered', 'P'),
      ev(5, 4, 'ParallelStateStarted'),
      ev(6, 5, 'PassStateEntered', 'Same'),
    ];
    expect(historyView(definition, events).nodeStatus).toEqual({ Same: 'succeeded', P: 'in-progress', 'P/~b0/Same': 'in-progress' });
  });
});

describe('fromAwsEvent', () => {
  it('turns SDK dates into ISO texts and drops undefined fields', () => {
    const e = fromAwsEvent({ id: 3, previousEventId: 2, timestamp: new Date('2026-01-02T03:04:05Z'), type: 'PassStateEntered', taskFailedEventDetails: undefined });
    expect(e).toEqual({ id: 3, previousEventId: 2, timestamp: '2026-01-02T03:04:05.000Z', type: 'PassStateEntered' });
  });
});
