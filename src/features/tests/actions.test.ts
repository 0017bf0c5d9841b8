import { describe, expect, it } from 'vitest';
import { caseMockSet } from './actions.ts';

describe('caseMockSet', () => {
  it('turns invocations into a sequence, unwrapping lambda:invoke responses to the function result', () => {
    const def = {
      StartAt: 'L',
      States: { L: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'S' }, S: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true } },
    };
    const set = caseMockSet(
      {
        name: 'x',
        input: {},
        mocks: { L: { '1-2': { Return: { Payload: { ok: 2 }, StatusCode: 200 } }, '0': { Throw: { Error: 'E', Cause: 'c' } } }, S: { '0': { Return: { MessageId: 'm' } } } },
        expect: { status: 'SUCCEEDED' },
      },
      def,
    );
    expect(set).toEqual({
      L: {
        kind: 'sequence',
        steps: [
          { kind: 'error', error: 'E', cause: 'c' },
          { kind: 'result', result: { ok: 2 } },
          { kind: 'result', result: { ok: 2 } },
        ],
      },
      S: { kind: 'sequence', steps: [{ kind: 'result', result: { MessageId: 'm' } }] },
    });
  });
});
