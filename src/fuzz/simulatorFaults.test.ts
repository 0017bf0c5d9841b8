/**
 * Faults at the simulator's edge: mocks that throw, reject, hang, return non-JSON or 1 MB, and definitions the
 * simulator cannot compile. Every one must end the execution with an ASL error name (or the mock's own), or be
 * refused with a `States.Runtime` StatesError: never a TypeError out of the API, never a hang.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonValue, StateMachineDefinition } from '../asl/types.ts';
import { handlerInvoker, simulate } from '../simulator/index.ts';
import { SandboxClient } from '../features/simulation/sandboxClient.ts';
import { faultyInvoker, type Behaviour } from './simulation.ts';
import { assertNoPollution } from './properties.ts';

const TASK: StateMachineDefinition = {
  StartAt: 'Call',
  States: {
    Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, TimeoutSeconds: 5, Next: 'After' },
    After: { Type: 'Pass', End: true },
  },
};

afterEach(() => assertNoPollution());

describe('a misbehaving mock fails the task with an ASL error, never an exception', () => {
  it.each<[Behaviour, RegExp]>([
    ['error', /^Mock\.Failure$/],
    ['throw', /^(TypeError|States\.TaskFailed)$/],
    ['reject', /^(Error|States\.TaskFailed)$/],
    ['bigint', /^States\.(Runtime|TaskFailed)$/],
    ['cycle', /^States\.(Runtime|TaskFailed|DataLimitExceeded)$/],
    ['huge', /^States\.DataLimitExceeded$/],
    ['slow', /^States\.Timeout$/],
  ])('%s → %s', async (behaviour, error) => {
    const r = await simulate(TASK, { invoker: faultyInvoker([behaviour], {}) });
    expect(r.status).toBe('FAILED');
    expect(r.error).toMatch(error);
    expect(typeof r.cause).toBe('string');
  });

  it('a sandbox worker that never answers is killed by the backstop and named Sandbox.Timeout', async () => {
    let terminated = 0;
    const silent = () => Object.assign(new EventTarget(), { postMessage() {}, terminate: () => void terminated++ }) as unknown as Worker;
    const sandbox = new SandboxClient(silent, 50, { graceMs: 50, loadMs: 100 });
    const invoker = handlerInvoker({ Call: (input) => sandbox.call('export const handler = () => new Promise(() => {})', input, {}, () => {}) });
    const r = await simulate(TASK, { invoker });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('Sandbox.Timeout');
    expect(terminated).toBe(1);
  });

  it('a 1 MB execution input is refused with States.DataLimitExceeded', async () => {
    const r = await simulate(TASK, { input: { big: 'x'.repeat(1024 * 1024) }, invoker: faultyInvoker(['ok'], {}) });
    expect(r.error).toBe('States.DataLimitExceeded');
  });

  it('Retry and Catch see the mock failures as ASL errors', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [{ ErrorEquals: ['Mock.Failure'], MaxAttempts: 2, IntervalSeconds: 1 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught', ResultPath: '$.error' }],
          End: true,
        },
        Caught: { Type: 'Pass', End: true },
      },
    };
    const r = await simulate(def, { invoker: faultyInvoker(['error', 'error', 'huge'], { ok: true } as JsonValue) });
    expect(r.status).toBe('SUCCEEDED');
    expect((r.output as { error: { Error: string } }).error.Error).toBe('States.DataLimitExceeded');
  });
});

describe('a definition the simulator cannot compile is refused with States.Runtime', () => {
  it.each([
    ['a null state', { StartAt: 'A', States: { A: null } }],
    ['States as an array', { StartAt: 'A', States: [null] }],
    ['Branches as an object', { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: {}, End: true } } }],
    ['a null branch', { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [null], End: true } } }],
  ])('%s', async (_name, def) => {
    const thrown = await simulate(def as unknown as StateMachineDefinition).then(
      (r) => r.error,
      (e: unknown) => (e as Error).name,
    );
    expect(thrown).toBe('States.Runtime');
  });
});
