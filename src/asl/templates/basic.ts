/** The plain starting points: a blank workflow, the microservices seed and a Choice example. */
import { BLANK_DEFINITION_TEXT } from '../blank.ts';
import { SEED_DEFINITION_TEXT, SEED_MOCK_CODE, SEED_NAME } from '../seed.ts';
import { json, lambdaTask, result, type TemplateMock, type WorkflowTemplate } from './types.ts';

export const BLANK: WorkflowTemplate = {
  id: 'blank',
  name: 'Blank workflow',
  description: 'An empty state machine',
  tags: [],
  text: BLANK_DEFINITION_TEXT,
};

const seedMocks: Record<string, TemplateMock> = {};
for (const [state, code] of Object.entries(SEED_MOCK_CODE)) seedMocks[state] = { kind: 'code', code };

export const SEED: WorkflowTemplate = {
  id: 'seed',
  name: SEED_NAME,
  description: 'Create a user, place an order, send a notification: three Lambda functions in a row, with their JavaScript mocks.',
  tags: ['Lambda'],
  text: SEED_DEFINITION_TEXT,
  simulation: { input: { name: 'Ada Lovelace', email: 'ada@example.com' }, mocks: seedMocks },
  outcome: { status: 'SUCCEEDED' },
};

export const CHOICE: WorkflowTemplate = {
  id: 'choice',
  name: 'Choice branching',
  description: 'Route an order by its total: an empty input takes the Default branch; load the "Large order" preset to go through RequestApproval.',
  tags: ['Choice'],
  text: json({
    Comment: 'Choice branching: large orders need an approval',
    StartAt: 'CheckTotal',
    States: {
      CheckTotal: {
        Comment: 'IsPresent first: an order without a total takes the Default branch instead of failing the execution.',
        Type: 'Choice',
        Choices: [
          {
            And: [
              { Variable: '$.total', IsPresent: true },
              { Variable: '$.total', NumericGreaterThan: 1000 },
            ],
            Next: 'RequestApproval',
          },
        ],
        Default: 'ProcessOrder',
      },
      RequestApproval: lambdaTask('RequestApproval', { OutputPath: '$.Payload', Next: 'ProcessOrder' }),
      ProcessOrder: lambdaTask('ProcessOrder', { OutputPath: '$.Payload', Next: 'Done' }),
      Done: { Type: 'Succeed' },
    },
  }),
  simulation: {
    input: {},
    presets: { 'Small order': { orderId: '457', total: 120 }, 'Large order': { orderId: '458', total: 2500 } },
    mocks: {
      RequestApproval: result({ orderId: '458', total: 2500, approved: true }),
      ProcessOrder: result({ status: 'Order processed' }),
    },
  },
  outcome: { status: 'SUCCEEDED' },
};
