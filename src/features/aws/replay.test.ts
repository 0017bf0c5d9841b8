import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { simulate } from '../../simulator/run.ts';
import type { TaskInvoker } from '../../simulator/execution.ts';
import { certainPath, expressEvents, expressNodeStatus, runsFromHistory, sessionFromExecution } from './replay.ts';

const MACHINE = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'n.$': '$.n' }, Next: 'Call' },
    Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:call', Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 1, MaxAttempts: 2 }], Next: 'Decide' },
    Decide: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'Done' }], Default: 'Done' },
    Done: { Type: 'Succeed' },
  },
} as unknown as StateMachineDefinition;

async function history() {
  let calls = 0;
  const invoker: TaskInvoker = () => (calls++ === 0 ? { error: 'Boom', cause: 'first try' } : { output: { n: 1 } });
  return simulate(MACHINE, { input: { n: 1 }, invoker, yieldEvery: Infinity });
}

describe('AWS execution replay', () => {
  it('turns a history into state runs with input, result, output, the retried error and canvas ids', async () => {
    const r = await history();
    expect(r.status).toBe('SUCCEEDED');
    const runs = runsFromHistory(MACHINE, r.events);
    expect(runs.map((x) => [x.stateName, x.retryCount])).toEqual([['Prepare', 0], ['Call', 0], ['Call', 1], ['Decide', 0], ['Done', 0]]);
    expect(runs[0]).toMatchObject({ id: 'Prepare', type: 'Pass', input: { n: 1 }, output: { n: 1 } });
    expect(runs[1]).toMatchObject({ error: 'Boom', cause: 'first try' });
    expect(runs[1]?.output).toBeUndefined();
    expect(runs[2]).toMatchObject({ result: { n: 1 }, output: { n: 1 } });
    expect(runs[2]?.error).toBeUndefined();
  });

  it('fills the session the History and Data flow views read', async () => {
    const r = await history();
    const s = sessionFromExecution(MACHINE, { arn: 'a', name: 'run-1', status: 'SUCCEEDED', output: '{"n":1}' }, r.events);
    expect(s).toMatchObject({ status: 'SUCCEEDED', running: false, output: { n: 1 }, transitions: 5, announcement: 'Showing AWS execution run-1: SUCCEEDED' });
    expect(s.events).toHaveLength(r.events.length);
    expect(s.startTime).toBe(Date.parse(r.events[0]!.timestamp));
  });

  it('gives an Express result two events and colours only the states every run passes through', () => {
    const ex = { arn: 'a', name: 'e', status: 'SUCCEEDED' as const, input: '{"n":1}', output: '{"n":2}', startDate: '2024-01-01T00:00:00.000Z' };
    expect(expressEvents(ex).map((e) => e.type)).toEqual(['ExecutionStarted', 'ExecutionSucceeded']);
    expect(expressEvents(ex)[1]).toMatchObject({ executionSucceededEventDetails: { output: '{"n":2}' } });
    expect(certainPath(MACHINE)).toEqual(['Prepare', 'Call', 'Decide']);
    expect(expressNodeStatus(MACHINE, 'SUCCEEDED')).toEqual({ Prepare: 'succeeded', Call: 'succeeded', Decide: 'succeeded' });
    expect(expressNodeStatus(MACHINE, 'FAILED')).toEqual({});
    expect(expressNodeStatus({ StartAt: 'Only', States: { Only: { Type: 'Task', Resource: 'x', End: true } } }, 'FAILED')).toEqual({ Only: 'failed' });
    expect(expressEvents({ ...ex, status: 'FAILED', error: 'E', cause: 'C' })[1]).toMatchObject({ type: 'ExecutionFailed', executionFailedEventDetails: { error: 'E', cause: 'C' } });
  });

  it('resolves a state inside a Parallel branch to its branch id, even when a top-level state has its name', async () => {
    const machine = {
      StartAt: 'Par',
      States: {
        Par: { Type: 'Parallel', Branches: [{ StartAt: 'Same', States: { Same: { Type: 'Pass', End: true } } }], Next: 'Same' },
        Same: { Type: 'Pass', End: true },
      },
    } as unknown as StateMachineDefinition;
    const r = await simulate(machine, { input: {}, yieldEvery: Infinity });
    expect(runsFromHistory(machine, r.events).map((x) => x.id)).toEqual(['Par', 'Par/~b0/Same', 'Same']);
  });
});
