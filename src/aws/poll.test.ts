import { describe, expect, it } from 'vitest';
import { GatewayError, type ExecutionDetails, type StepFunctionsGateway } from './gateway.ts';
import { pollExecution, type PollUpdate } from './poll.ts';

function gateway(script: (ExecutionDetails['status'] | 'network')[]): { gw: StepFunctionsGateway; calls: () => number } {
  let i = 0;
  const gw = {
    describeExecution: async () => {
      const s = script[Math.min(i++, script.length - 1)];
      if (s === 'network') throw new GatewayError('TypeError', 'Failed to fetch', true);
      return { arn: 'e', name: 'e', status: s ?? 'RUNNING' };
    },
    getExecutionHistory: async (_arn: string, token?: string) =>
      token ? { items: [{ id: 2, previousEventId: 1, timestamp: 't', type: 'PassStateEntered' }] } : { items: [{ id: 1, previousEventId: 0, timestamp: 't', type: 'ExecutionStarted' }], nextToken: 'p2' },
  } as unknown as StepFunctionsGateway;
  return { gw, calls: () => i };
}

describe('pollExecution', () => {
  it('polls with growing delays until the execution ends, reading every history page', async () => {
    const { gw } = gateway(['RUNNING', 'RUNNING', 'SUCCEEDED']);
    const delays: number[] = [];
    const updates: PollUpdate[] = [];
    const last = await pollExecution(gw, 'e', { signal: new AbortController().signal, onUpdate: (u) => updates.push(u), sleep: async (ms) => void delays.push(ms) });
    expect(last?.execution?.status).toBe('SUCCEEDED');
    expect(last?.events.map((e) => e.id)).toEqual([1, 2]);
    expect(updates).toHaveLength(3);
    expect(delays).toEqual([375, 563]);
  });

  it('keeps polling through network loss, says so, and clears the message once back', async () => {
    const { gw } = gateway(['RUNNING', 'network', 'network', 'SUCCEEDED']);
    const problems: (string | undefined)[] = [];
    const delays: number[] = [];
    await pollExecution(gw, 'e', { signal: new AbortController().signal, onUpdate: (u) => problems.push(u.problem), sleep: async (ms) => void delays.push(ms) });
    expect(problems).toEqual([undefined, 'Network lost: retrying in 0.8 s', 'Network lost: retrying in 1.5 s', undefined]);
    expect(delays).toEqual([375, 750, 1500]);
  });

  it('stops when cancelled', async () => {
    const { gw, calls } = gateway(['RUNNING']);
    const controller = new AbortController();
    const last = await pollExecution(gw, 'e', {
      signal: controller.signal,
      onUpdate: () => {},
      sleep: async () => {
        if (calls() === 2) controller.abort();
      },
    });
    expect(last).toBeUndefined();
    expect(calls()).toBe(2);
  });
});
