/** The workflows a new one can start from: the seed plus small examples of the common patterns. */
import { BLANK_DEFINITION_TEXT } from './blank.ts';
import { SEED_DEFINITION_TEXT, SEED_NAME } from './seed.ts';

export interface WorkflowTemplate {
  id: string;
  name: string;
  description: string;
  text: string;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const lambda = (fn: string, next?: string) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:${fn}`, 'Payload.$': '$' },
  OutputPath: '$.Payload',
  ...(next ? { Next: next } : { End: true }),
});

export const TEMPLATES: WorkflowTemplate[] = [
  { id: 'blank', name: 'Blank workflow', description: 'An empty state machine', text: BLANK_DEFINITION_TEXT },
  { id: 'seed', name: SEED_NAME, description: 'Create a user, place an order, send a notification', text: SEED_DEFINITION_TEXT },
  {
    id: 'choice',
    name: 'Choice branching',
    description: 'Route an order by its total',
    text: json({
      Comment: 'Choice branching: large orders need an approval',
      StartAt: 'CheckTotal',
      States: {
        CheckTotal: {
          Type: 'Choice',
          Choices: [{ Variable: '$.total', NumericGreaterThan: 1000, Next: 'RequestApproval' }],
          Default: 'ProcessOrder',
        },
        RequestApproval: lambda('RequestApproval', 'ProcessOrder'),
        ProcessOrder: lambda('ProcessOrder', 'Done'),
        Done: { Type: 'Succeed' },
      },
    }),
  },
  {
    id: 'parallel',
    name: 'Parallel fan-out',
    description: 'Run two branches at once and join their results',
    text: json({
      Comment: 'Parallel fan-out: check stock and payment at the same time',
      StartAt: 'FanOut',
      States: {
        FanOut: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'CheckStock', States: { CheckStock: lambda('CheckStock') } },
            { StartAt: 'CheckPayment', States: { CheckPayment: lambda('CheckPayment') } },
          ],
          Next: 'Join',
        },
        Join: { Type: 'Pass', Parameters: { 'stock.$': '$[0]', 'payment.$': '$[1]' }, End: true },
      },
    }),
  },
  {
    id: 'map',
    name: 'Map over items',
    description: 'Process every item of a list',
    text: json({
      Comment: 'Map over items: ship every item of an order',
      StartAt: 'ShipItems',
      States: {
        ShipItems: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 5,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'INLINE' },
            StartAt: 'ShipItem',
            States: { ShipItem: lambda('ShipItem') },
          },
          End: true,
        },
      },
    }),
  },
  {
    id: 'retry-catch',
    name: 'Retry/Catch error handling',
    description: 'Retry a flaky call, then fall back on failure',
    text: json({
      Comment: 'Retry/Catch: retry a payment, record the failure if it keeps failing',
      StartAt: 'ChargeCard',
      States: {
        ChargeCard: {
          ...lambda('ChargeCard', 'Success'),
          Retry: [{ ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RecordFailure' }],
        },
        RecordFailure: lambda('RecordFailure', 'Failed'),
        Failed: { Type: 'Fail', Error: 'PaymentFailed', Cause: 'The card could not be charged' },
        Success: { Type: 'Succeed' },
      },
    }),
  },
];

export function templateById(id: string): WorkflowTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
