import { describe, expect, it } from 'vitest';
import { simulate } from '../../simulator/index.ts';
import type { StateMachineDefinition } from '../../asl/types.ts';
import { mockInvoker } from './invoker.ts';
import { fromMockConfig, toMockConfig, withDuration, type MockSet } from './mockSet.ts';
import { FIXED_START_TIME, runStartTime } from './settings.ts';
import { mockProblem } from './simulationSchema.ts';
import type { SandboxClient } from './sandboxClient.ts';

const noSandbox = {} as SandboxClient;
const hooks = { log: () => undefined, result: () => undefined };
const def: StateMachineDefinition = {
  StartAt: 'Slow',
  States: {
    Slow: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, Next: 'Fast' },
    Fast: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, End: true },
  },
};

describe('mock durations', () => {
  it('move the simulation clock: TaskSucceeded comes durationMs after TaskScheduled', async () => {
    const mocks: MockSet = { Slow: { kind: 'result', result: 1, durationMs: 1500 }, Fast: { kind: 'result', result: 2 } };
    const r = await simulate(def, { invoker: mockInvoker(mocks, ['Slow', 'Fast'], noSandbox, hooks), startTime: Date.UTC(2026, 5, 1) });
    const at = (type: string, n = 0) => Date.parse(r.events.filter((e) => e.type === type)[n]!.timestamp);
    expect(at('ExecutionStarted')).toBe(Date.UTC(2026, 5, 1));
    expect(at('TaskSucceeded', 0) - at('TaskScheduled', 0)).toBe(1500);
    expect(at('TaskSucceeded', 1) - at('TaskScheduled', 1)).toBe(0);
  });

  it('round-trip through a MockConfigFile as DurationSeconds on every invocation', () => {
    const mocks: MockSet = { Slow: { kind: 'result', result: 1, durationMs: 2500 } };
    const { file } = toMockConfig(mocks, [{ name: 'Slow', lambda: true }], 'SM', 'Case');
    expect(file.MockedResponses?.SlowMock).toEqual({ '0': { Return: { StatusCode: 200, Payload: 1 }, DurationSeconds: 2.5 } });
    expect(fromMockConfig(file, [{ name: 'Slow', lambda: true }])).toEqual(mocks);
  });

  it('withDuration sets a positive duration and drops zero; stored durations are checked', () => {
    expect(withDuration({ kind: 'result', result: 1 }, 10)).toEqual({ kind: 'result', result: 1, durationMs: 10 });
    expect(withDuration({ kind: 'result', result: 1, durationMs: 10 }, 0)).toEqual({ kind: 'result', result: 1 });
    expect(mockProblem({ kind: 'result', result: 1, durationMs: -1 })).toMatch(/duration/);
    expect(mockProblem({ kind: 'result', result: 1, durationMs: '5' })).toMatch(/duration/);
    expect(mockProblem({ kind: 'result', result: 1, durationMs: 5 })).toBeUndefined();
  });

  it('runs start now, or on the fixed clock for reproducible runs', () => {
    expect(runStartTime('now', () => 1_780_000_000_000)).toBe(1_780_000_000_000);
    expect(runStartTime('fixed', () => 1_780_000_000_000)).toBe(FIXED_START_TIME);
    expect(FIXED_START_TIME).toBe(Date.parse('2024-01-01T00:00:00Z'));
  });
});
