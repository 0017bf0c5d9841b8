/**
 * Faults of the outside world: AWS errors and network loss at any point of polling (generated fault scripts), and
 * IndexedDB missing, refused or blocked. Polling must never reject, must say what went wrong, must clear the
 * message once the service answers again and must end when the execution does, or stop (saying why) on a failure
 * retrying cannot fix (access denied) or after too many unexplained failures in a row; opening storage must fail with a
 * clear error (the library then falls back to memory) rather than hang or throw synchronously.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GatewayError, type StepFunctionsGateway } from '../aws/gateway.ts';
import { pollExecution, type PollUpdate } from '../aws/poll.ts';
import { openIndexedDb } from '../persistence/indexedDb.ts';

type Fault = 'ok' | 'network' | 'aws' | 'throttled' | 'odd' | 'historyNetwork';
const RUNS = Math.max(100, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 10));

/** A gateway that follows a fault script call by call, then reports the execution SUCCEEDED. */
function faultyGateway(script: readonly Fault[]): StepFunctionsGateway {
  let i = 0;
  let historyFault = false;
  return {
    describeExecution: async () => {
      const f = script[i++];
      historyFault = f === 'historyNetwork';
      if (f === undefined) return { arn: 'e', name: 'e', status: 'SUCCEEDED' };
      if (f === 'network') throw new GatewayError('TypeError', 'Failed to fetch', true);
      if (f === 'aws') throw new GatewayError('AccessDeniedException', 'User is not authorized to perform: states:DescribeExecution', false);
      if (f === 'throttled') throw new GatewayError('ThrottlingException', 'Rate exceeded', false);
      if (f === 'odd') throw 'a string, not an Error';
      return { arn: 'e', name: 'e', status: 'RUNNING' };
    },
    getExecutionHistory: async (_arn: string, token?: string) => {
      if (historyFault && token) throw new GatewayError('TypeError', 'Failed to fetch', true);
      return token ? { items: [{ id: 2, previousEventId: 1, timestamp: 't', type: 'PassStateEntered' }] } : { items: [{ id: 1, previousEventId: 0, timestamp: 't', type: 'ExecutionStarted' }], nextToken: 'p2' };
    },
  } as unknown as StepFunctionsGateway;
}

/** Where polling must stop: at access denied, or at the sixth unexplained failure in a row (poll.ts unknownRetries). */
function stopAt(script: readonly Fault[]): number | undefined {
  let odd = 0;
  for (const [i, f] of script.entries()) {
    odd = f === 'odd' ? odd + 1 : 0;
    if (f === 'aws' || odd > 5) return i;
  }
  return undefined;
}

const RETRYING = /^(Network lost|Polling failed \(.+\)): retrying in [\d.]+ s$/;

describe('polling through AWS errors and network loss', () => {
  it('never rejects, reports every failure, clears it once back, and ends with the execution or stops on a fatal failure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom<Fault>('ok', 'network', 'aws', 'throttled', 'odd', 'historyNetwork'), { maxLength: 12 }), async (script) => {
        const updates: PollUpdate[] = [];
        const last = await pollExecution(faultyGateway(script), 'e', { signal: new AbortController().signal, onUpdate: (u) => updates.push(u), sleep: async () => {} });
        const stop = stopAt(script);
        const failures = script.slice(0, stop === undefined ? undefined : stop + 1).filter((f) => f !== 'ok').length;
        const problems = updates.filter((u) => u.problem !== undefined);
        if (stop !== undefined) {
          return (
            last?.failure?.retryable === false &&
            updates.at(-1) === last &&
            problems.length === failures &&
            /^Polling stopped: .+\. /.test(last.problem ?? '') &&
            problems.slice(0, -1).every((u) => RETRYING.test(u.problem!))
          );
        }
        return (
          last?.execution?.status === 'SUCCEEDED' &&
          last.problem === undefined &&
          last.events.length === 2 &&
          problems.length === failures &&
          problems.every((u) => RETRYING.test(u.problem!) && !u.problem!.includes('(undefined)'))
        );
      }),
      { numRuns: RUNS },
    );
    expect(RUNS).toBeGreaterThanOrEqual(100);
  });

  it('stops on access denied, naming the denied action and what to do', async () => {
    const problems: (string | undefined)[] = [];
    await pollExecution(faultyGateway(['aws']), 'e', { signal: new AbortController().signal, onUpdate: (u) => problems.push(u.problem), sleep: async () => {} });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Polling stopped: Access denied\. .*states:DescribeExecution.*Ask your AWS administrator/);
  });
});

describe('IndexedDB unavailable', () => {
  const factory = (open: () => unknown) => ({ open }) as unknown as IDBFactory;
  const request = (fire: (r: Record<string, unknown>) => void) => () => {
    const r: Record<string, unknown> = { error: new DOMException('The operation is insecure.', 'SecurityError') };
    queueMicrotask(() => fire(r));
    return r;
  };

  it('missing: rejects with a clear message', async () => {
    await expect(openIndexedDb(undefined)).rejects.toThrow('IndexedDB is not available in this browser');
  });

  it('refused synchronously (private mode): rejects, does not throw', async () => {
    const p = openIndexedDb(factory(() => { throw new DOMException('The user denied permission', 'SecurityError'); }));
    await expect(p).rejects.toThrow('denied permission');
  });

  it('failing to open: rejects with the browser error', async () => {
    await expect(openIndexedDb(factory(request((r) => (r.onerror as () => void)())))).rejects.toThrow('insecure');
  });

  it('blocked by another tab: rejects with a clear message', async () => {
    await expect(openIndexedDb(factory(request((r) => (r.onblocked as () => void)())))).rejects.toThrow('blocked by another tab');
  });
});
