/** Retry with exponential backoff: a throttled payment call succeeds on its third attempt. */
import { error, json, lambdaTask, result, type WorkflowTemplate } from './types.ts';

const THROTTLED = error('Lambda.TooManyRequestsException', 'Rate exceeded: the payment provider allows 10 requests per second');

export const RETRY_BACKOFF: WorkflowTemplate = {
  id: 'retry-backoff',
  name: 'Retry with exponential backoff',
  description:
    'ChargePayment is throttled twice, then succeeds: the Retry waits 2 s, then 4 s (BackoffRate 2, capped by MaxDelaySeconds). Simulated time: no real waiting.',
  tags: ['Retry', 'Catch'],
  text: json({
    Comment:
      'Retry with exponential backoff: the payment provider throttles bursts of calls. ChargePayment retries throttling and service errors after 2 s, 4 s, 8 s… (IntervalSeconds × BackoffRate^n, never more than MaxDelaySeconds), at most 4 times; anything else, or a fifth failure, is caught and reported.',
    StartAt: 'ChargePayment',
    States: {
      ChargePayment: lambdaTask('ChargePayment', {
        Comment:
          'The mock fails twice with Lambda.TooManyRequestsException, then charges the card. JitterStrategy NONE keeps the waits exact (2 s, 4 s); FULL would randomise them to spread the retries of many executions.',
        ResultSelector: { 'paymentId.$': '$.Payload.paymentId', 'status.$': '$.Payload.status' },
        ResultPath: '$.payment',
        Retry: [
          {
            ErrorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException'],
            IntervalSeconds: 2,
            BackoffRate: 2,
            MaxAttempts: 4,
            MaxDelaySeconds: 30,
            JitterStrategy: 'NONE',
          },
        ],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'PaymentFailed' }],
        Next: 'SendReceipt',
      }),
      SendReceipt: lambdaTask('SendReceipt', {
        Comment: 'Runs once the payment went through.',
        ResultSelector: { 'status.$': '$.Payload.status' },
        ResultPath: '$.receipt',
        End: true,
      }),
      PaymentFailed: {
        Type: 'Fail',
        Comment: 'The payment failed for good (or kept being throttled).',
        Error: 'PaymentFailed',
        Cause: 'The card could not be charged',
      },
    },
  }),
  simulation: {
    input: { orderId: '456', customerId: '123', amount: 49.99, currency: 'USD' },
    mocks: {
      ChargePayment: { kind: 'sequence', steps: [THROTTLED, THROTTLED, result({ paymentId: 'pay-789', status: 'CHARGED' })] },
      SendReceipt: result({ status: 'Receipt sent to ada@example.com' }),
    },
  },
  outcome: { status: 'SUCCEEDED' },
};
