import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SFNServiceException } from '@aws-sdk/client-sfn';
import { GatewayError, type ExecutionDetails, type StepFunctionsGateway } from './gateway.ts';
import { pollExecution, type PollUpdate } from './poll.ts';

type Step = ExecutionDetails['status'] | 'network' | 'throttled' | 'denied' | 'expired' | 'odd' | 'proxyDown' | 'server';

const aws = (name: string, message: string, status = 400) => new SFNServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, message });

function failure(s: Step): unknown {
  switch (s) {
    case 'network':
      return new GatewayError('TypeError', 'Failed to fetch', true);
    case 'throttled':
      return aws('ThrottlingException', 'Rate exceeded');
    case 'denied':
      return aws('AccessDeniedException', 'User: u is not authorized to perform: states:DescribeExecution on resource: arn:aws:states:eu-west-1:1:execution:m:e');
    case 'expired':
      return aws('ExpiredTokenException', 'The security token included in the request is expired');
    case 'proxyDown':
      return new GatewayError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5173', true, { problem: { kind: 'proxy-not-running', title: 'The AWS proxy is not running', message: 'm', action: 'a', retryable: true, code: 'ECONNREFUSED' } });
    case 'server':
      return aws('InternalFailure', 'oops', 500);
    case 'odd':
      return 'a string, not an Error';
    default:
      return undefined;
  }
}

function gateway(script: Step[]): { gw: StepFunctionsGateway; calls: () => number } {
  let i = 0;
  const gw = {
    describeExecution: async () => {
      const s = script[Math.min(i++, script.length - 1)] ?? 'RUNNING';
      const error = failure(s);
      if (error !== undefined) throw error;
      return { arn: 'e', name: 'e', status: s };
    },
    getExecutionHistory: async (_arn: string, token?: string) =>
      token ? { items: [{ id: 2, previousEventId: 1, timestamp: 't', type: 'PassStateEntered' }] } : { items: [{ id: 1, previousEventId: 0, timestamp: 't', type: 'ExecutionStarted' }], nextToken: 'p2' },
  } as unknown as StepFunctionsGateway;
  return { gw, calls: () => i };
}

/** Runs a poll with recorded sleeps (no real time) and a fixed jitter. */
async function run(script: Step[], random = 0.5, extra: { unknownRetries?: number } = {}) {
  const { gw, calls } = gateway(script);
  const delays: number[] = [];
  const updates: PollUpdate[] = [];
  const last = await pollExecution(gw, 'e', { signal: new AbortController().signal, onUpdate: (u) => updates.push(u), sleep: async (ms) => void delays.push(ms), random: () => random, ...extra });
  return { last, delays, updates, calls: calls() };
}

describe('pollExecution', () => {
  it('polls with growing, lightly jittered delays until the execution ends, reading every history page', async () => {
    const { last, delays, updates } = await run(['RUNNING', 'RUNNING', 'SUCCEEDED']);
    expect(last?.execution?.status).toBe('SUCCEEDED');
    expect(last?.events.map((e) => e.id)).toEqual([1, 2]);
    expect(updates).toHaveLength(3);
    expect(delays).toEqual([375, 563]);
    expect((await run(['RUNNING', 'SUCCEEDED'], 0)).delays).toEqual([338]);
    expect((await run(['RUNNING', 'SUCCEEDED'], 0.999)).delays).toEqual([412]);
  });

  it('keeps polling through network loss, says so, and clears the message once back', async () => {
    const { updates, delays } = await run(['RUNNING', 'network', 'network', 'SUCCEEDED']);
    expect(updates.map((u) => u.problem)).toEqual([undefined, 'Network lost: retrying in 0.6 s', 'Network lost: retrying in 1.1 s', undefined]);
    expect(updates.map((u) => u.failure?.kind)).toEqual([undefined, 'network-down', 'network-down', undefined]);
    expect(delays).toEqual([375, 563, 1125]);
  });

  it('backs off throttling from at least a second, with equal jitter, capped', async () => {
    const throttled: Step[] = ['throttled', 'throttled', 'throttled', 'throttled', 'throttled', 'throttled', 'throttled', 'SUCCEEDED'];
    const low = await run(throttled, 0);
    expect(low.delays).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000]);
    const high = await run(throttled, 0.999);
    expect(high.delays.map((d) => Math.round(d / 100) * 100)).toEqual([1000, 2000, 4000, 8000, 16000, 20000, 20000]);
    expect(low.updates[0]?.problem).toBe('Polling failed (Slowed down by AWS: Rate exceeded): retrying in 0.5 s');
    expect(low.last?.execution?.status).toBe('SUCCEEDED');
  });

  it('retries a stopped proxy and AWS server errors', async () => {
    const { last, updates } = await run(['proxyDown', 'server', 'SUCCEEDED']);
    expect(updates.map((u) => u.failure?.kind)).toEqual(['proxy-not-running', 'unknown', undefined]);
    expect(updates[0]?.problem).toMatch(/^Network lost or the AWS proxy stopped: retrying in [\d.]+ s$/);
    expect(last?.execution?.status).toBe('SUCCEEDED');
  });

  it.each([
    ['denied', 'access-denied', /^Polling stopped: Access denied\. .*states:DescribeExecution.*Ask your AWS administrator/],
    ['expired', 'expired-token', /^Polling stopped: Credentials expired\. .*aws sso login/],
  ] as const)('stops at once on %s (no retry) and says what to do', async (step, kind, message) => {
    const { last, updates, delays, calls } = await run(['RUNNING', step, 'SUCCEEDED']);
    expect(calls).toBe(2);
    expect(delays).toHaveLength(1);
    expect(last?.execution?.status).toBe('RUNNING');
    expect(last?.events).toHaveLength(2);
    expect(last?.failure).toMatchObject({ kind, retryable: false });
    expect(last?.problem).toMatch(message);
    expect(updates.at(-1)).toBe(last);
  });

  it('retries unexplained failures a few times in a row, then stops', async () => {
    const recovered = await run(['odd', 'odd', 'SUCCEEDED'], 0.5, { unknownRetries: 2 });
    expect(recovered.last?.execution?.status).toBe('SUCCEEDED');
    expect(recovered.updates[0]?.problem).toMatch(/^Polling failed \(a string, not an Error\): retrying in/);
    const stuck = await run(['odd', 'odd', 'odd', 'SUCCEEDED'], 0.5, { unknownRetries: 2 });
    expect(stuck.calls).toBe(3);
    expect(stuck.last?.failure).toMatchObject({ kind: 'unknown', retryable: false });
    expect(stuck.last?.problem).toMatch(/^Polling stopped: Unexpected error\. .*a string, not an Error/);
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

describe('pollExecution in (fake) time', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits out the jittered backoff on the real timer before calling again, and stops on a fatal error', async () => {
    const { gw, calls } = gateway(['RUNNING', 'throttled', 'network', 'denied']);
    const updates: PollUpdate[] = [];
    const done = pollExecution(gw, 'e', { signal: new AbortController().signal, onUpdate: (u) => updates.push(u), random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(336); // success: 375 ms × 0.9 = 338 ms
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(calls()).toBe(2); // throttled: waits 1000/2 = 500 ms
    await vi.advanceTimersByTimeAsync(499);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(3); // network: waits 2000/2 = 1000 ms
    await vi.advanceTimersByTimeAsync(1000);
    const last = await done;
    expect(calls()).toBe(4);
    expect(last?.failure?.kind).toBe('access-denied');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort during a backoff ends polling without another call', async () => {
    const { gw, calls } = gateway(['throttled']);
    const controller = new AbortController();
    const done = pollExecution(gw, 'e', { signal: controller.signal, onUpdate: () => {}, random: () => 0.5 });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await done).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls()).toBe(1);
  });
});

describe('pollExecution history paging', () => {
  /** A history that grows by one event per call to DescribeExecution, served in pages of `size`. */
  function growing(size: number, finalLength: number, invalidTokens: string[] = []) {
    let length = 2;
    const tokens: (string | undefined)[] = [];
    const event = (id: number) => ({ id, previousEventId: id - 1, timestamp: 't', type: id === 1 ? 'ExecutionStarted' : 'PassStateEntered' });
    const gw = {
      describeExecution: async () => {
        length++;
        return { arn: 'e', name: 'e', status: length >= finalLength ? 'SUCCEEDED' : 'RUNNING' };
      },
      getExecutionHistory: async (_arn: string, token?: string) => {
        tokens.push(token);
        if (token !== undefined && invalidTokens.includes(token)) {
          invalidTokens.splice(invalidTokens.indexOf(token), 1);
          throw new SFNServiceException({ name: 'InvalidToken', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'Invalid Token: expired' });
        }
        const start = Number(token ?? 0);
        const items = Array.from({ length: Math.max(0, Math.min(size, length - start)) }, (_, i) => event(start + i + 1));
        return { items, nextToken: start + size < length ? String(start + size) : undefined };
      },
    } as unknown as StepFunctionsGateway;
    return { gw, tokens };
  }
  const poll = (gw: StepFunctionsGateway) => pollExecution(gw, 'e', { signal: new AbortController().signal, onUpdate: () => {}, sleep: async () => {}, random: () => 0.5 });

  it('reads on from the last complete page instead of re-reading every page', async () => {
    const { gw, tokens } = growing(2, 7);
    const last = await poll(gw);
    expect(last?.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Histories of 3..7 events in pages of 2: each poll starts at the page that can still grow (8 calls; re-reading
    // every page would take 14).
    expect(tokens).toEqual([undefined, '2', '2', '2', '4', '4', '4', '6']);
  });

  it('an expired page token starts again from the first page, once', async () => {
    const { gw, tokens } = growing(2, 5, ['2']);
    const last = await poll(gw);
    expect(last?.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(tokens).toEqual([undefined, '2', undefined, '2', '2', '2', '4']);
  });
});
