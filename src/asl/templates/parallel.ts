/** Parallel fan-out and join: three checks of an order at the same time, merged into one result. */
import { json, lambdaTask, result, type WorkflowTemplate } from './types.ts';

const check = (fn: string, comment: string) => ({
  StartAt: fn,
  States: { [fn]: lambdaTask(fn, { Comment: comment, OutputPath: '$.Payload', End: true }) },
});

export const PARALLEL: WorkflowTemplate = {
  id: 'parallel',
  name: 'Parallel fan-out and join',
  description: 'Check stock, payment and fraud risk of an order at the same time, then join the three results into one.',
  tags: ['Parallel'],
  text: json({
    Comment:
      'Parallel fan-out and join: the branches run at the same time on the same input; the Parallel state ends when all of them have, with an array of their outputs in branch order. JoinResults merges that array into one object.',
    StartAt: 'CheckOrder',
    States: {
      CheckOrder: {
        Comment: 'Fan out: one branch per check. If any branch fails, the whole Parallel state fails.',
        Type: 'Parallel',
        Branches: [
          check('CheckInventory', 'Are all items in stock?'),
          check('AuthorizePayment', 'Reserve the amount on the card.'),
          check('ScoreFraudRisk', 'Score the order for fraud.'),
        ],
        ResultPath: '$.checks',
        Next: 'JoinResults',
      },
      JoinResults: {
        Comment: 'Join: the branch outputs arrive as $.checks[0..2], in the order of the branches.',
        Type: 'Pass',
        Parameters: {
          'orderId.$': '$.orderId',
          'inventory.$': '$.checks[0]',
          'payment.$': '$.checks[1]',
          'fraud.$': '$.checks[2]',
        },
        End: true,
      },
    },
  }),
  simulation: {
    input: { orderId: '456', customerId: '123', amount: 129.5, items: [{ sku: 'BOOK-1', quantity: 2 }, { sku: 'MUG-7', quantity: 1 }] },
    mocks: {
      CheckInventory: result({ inStock: true, warehouse: 'eu-west' }),
      AuthorizePayment: result({ authorized: true, authorizationId: 'auth-5521' }),
      ScoreFraudRisk: result({ score: 0.07, decision: 'ACCEPT' }),
    },
  },
  outcome: { status: 'SUCCEEDED' },
};
