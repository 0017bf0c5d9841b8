/** The microservices workflow in JSONata: Arguments and Output, with userId and orderId kept in Variables. */
import { SEED_MOCK_RESULTS } from '../seed.ts';
import type { JsonValue } from '../types.ts';
import { json, lambdaArn, result, type WorkflowTemplate } from './types.ts';

const invoke = (fn: string, fields: Record<string, unknown>) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  ...fields,
});
const mock = (state: string) => result(SEED_MOCK_RESULTS[state] as JsonValue);

export const JSONATA: WorkflowTemplate = {
  id: 'jsonata',
  name: 'Microservices workflow (JSONata)',
  description: 'The microservices workflow with QueryLanguage JSONata: Arguments and Output expressions, userId and orderId kept in Variables.',
  tags: ['JSONata', 'Variables'],
  text: json({
    Comment:
      'Microservices workflow in JSONata: each state builds its request with Arguments and shapes its result with Output. Assign keeps userId and orderId in Variables ($userId, $orderId), so later states read them without passing them through every output.',
    QueryLanguage: 'JSONata',
    StartAt: 'CreateUser',
    States: {
      CreateUser: invoke('CreateUser', {
        Comment: 'Assign runs with the result: $userId is set for every later state.',
        Arguments: { FunctionName: lambdaArn('CreateUser'), Payload: '{% $states.input %}' },
        Assign: { userId: '{% $states.result.Payload.userId %}', items: '{% $states.input.items %}' },
        Output: '{% $states.result.Payload %}',
        Next: 'PlaceOrder',
      }),
      PlaceOrder: invoke('PlaceOrder', {
        Comment: 'The order is placed for $userId; $orderId is kept for the notification.',
        Arguments: { FunctionName: lambdaArn('PlaceOrder'), Payload: { userId: '{% $userId %}', items: '{% $items %}' } },
        Assign: { orderId: '{% $states.result.Payload.orderId %}' },
        Output: '{% $states.result.Payload %}',
        Next: 'SendNotification',
      }),
      SendNotification: invoke('SendNotification', {
        Comment: 'Output combines the Variables with the result: the execution output has userId, orderId and status.',
        Arguments: {
          FunctionName: lambdaArn('SendNotification'),
          Payload: { userId: '{% $userId %}', orderId: '{% $orderId %}', message: "{% 'Your order ' & $orderId & ' is on its way' %}" },
        },
        Output: { userId: '{% $userId %}', orderId: '{% $orderId %}', status: '{% $states.result.Payload.status %}' },
        End: true,
      }),
    },
  }),
  simulation: {
    input: { name: 'Ada Lovelace', email: 'ada@example.com', items: [{ sku: 'BOOK-1', quantity: 2 }] },
    mocks: { CreateUser: mock('CreateUser'), PlaceOrder: mock('PlaceOrder'), SendNotification: mock('SendNotification') },
  },
  outcome: { status: 'SUCCEEDED' },
};
