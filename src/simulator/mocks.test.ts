/** MockConfigFile invocation keys and missing mocks; handler mocks and the lambda:invoke response shape. */
import { describe, expect, it } from 'vitest';
import { StatesError } from './errors.ts';
import type { TaskRequest } from './execution.ts';
import { handlerInvoker, mockConfigInvoker, type MockConfigFile } from './mocks.ts';

function req(stateName: string, invocation: number, resource = 'arn:aws:states:::lambda:invoke', input: unknown = { Payload: { a: 1 } }): TaskRequest {
  return { stateName, path: stateName, resource, input: input as never, context: {}, invocation, retryCount: 0 };
}

const config: MockConfigFile = {
  StateMachines: { SM: { TestCases: { T: { Work: 'WorkResponses' } } } },
  MockedResponses: {
    WorkResponses: {
      '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'busy' } },
      '1-2': { Return: { Payload: 'ok', StatusCode: 200 } },
      '3': { Return: 1, DurationSeconds: 4 },
    },
  },
};

describe('mockConfigInvoker', () => {
  const invoke = mockConfigInvoker(config, 'SM', 'T');
  it.each([
    [0, { error: 'Lambda.ServiceException', cause: 'busy' }],
    [1, { output: { Payload: 'ok', StatusCode: 200 } }],
    [2, { output: { Payload: 'ok', StatusCode: 200 } }],
    [3, { output: 1, durationMs: 4000 }],
  ])('invocation %i', (n, expected) => {
    expect(invoke(req('Work', n))).toEqual(expected);
  });

  it('fails an invocation with no mock with a clear States.Runtime error', () => {
    expect(invoke(req('Work', 4))).toMatchObject({ error: 'States.Runtime', cause: expect.stringMatching(/no entry for invocation 4/) });
    expect(invoke(req('Other', 0))).toMatchObject({ error: 'States.Runtime', cause: expect.stringMatching(/Task state 'Other'/) });
  });

  it('rejects an unknown state machine or test case up front', () => {
    expect(() => mockConfigInvoker(config, 'Nope', 'T')).toThrow(/no state machine 'Nope'/);
    expect(() => mockConfigInvoker(config, 'SM', 'Nope')).toThrow(/no test case 'Nope'/);
  });
});

describe('handlerInvoker', () => {
  it('passes the Payload to the handler and wraps its result in the lambda:invoke response', () => {
    const invoke = handlerInvoker({ Work: (payload) => ({ got: payload }) });
    const out = invoke(req('Work', 0)) as { output: Record<string, unknown> };
    expect(out.output).toMatchObject({ Payload: { got: { a: 1 } }, StatusCode: 200, ExecutedVersion: '$LATEST' });
  });

  it('answers a lambda:invoke.waitForTaskToken task with the callback output: the result as is, not a Lambda response', () => {
    const invoke = handlerInvoker({ Approve: (payload) => ({ decision: 'APPROVED', for: payload }) });
    const out = invoke(req('Approve', 0, 'arn:aws:states:::lambda:invoke.waitForTaskToken'));
    expect(out).toEqual({ output: { decision: 'APPROVED', for: { a: 1 } } });
  });

  it('returns a bare function ARN result as is', () => {
    const invoke = handlerInvoker({ Work: (input) => input });
    expect(invoke(req('Work', 0, 'arn:aws:lambda:us-east-1:1:function:F', { x: 1 }))).toEqual({ output: { x: 1 } });
  });

  it('turns thrown errors into task errors', async () => {
    const invoke = handlerInvoker({
      Named: () => {
        throw new StatesError('Custom.Error', 'why');
      },
      Plain: () => {
        throw new TypeError('bad');
      },
      Async: async () => {
        throw new StatesError('Later', 'async');
      },
    });
    expect(invoke(req('Named', 0))).toEqual({ error: 'Custom.Error', cause: 'why' });
    expect(invoke(req('Plain', 0))).toEqual({ error: 'TypeError', cause: JSON.stringify({ errorMessage: 'bad', errorType: 'TypeError' }) });
    expect(await invoke(req('Async', 0))).toEqual({ error: 'Later', cause: 'async' });
    expect(invoke(req('Missing', 0))).toMatchObject({ error: 'States.Runtime' });
  });
});
