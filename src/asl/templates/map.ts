/** Map over items with a tolerated failure: one of four shipments fails and the run still succeeds. */
import { error, json, lambdaTask, result, type WorkflowTemplate } from './types.ts';

export const MAP: WorkflowTemplate = {
  id: 'map',
  name: 'Map over items',
  description:
    'Ship every item of an order, two at a time. One item fails (its mock throws) and the run still succeeds: up to 25% of failed items are tolerated.',
  tags: ['Map', 'Tolerated failure'],
  text: json({
    Comment:
      'Map over items with a tolerated failure: each item of $.items is shipped by its own child workflow run. A failed item does not fail the Map while failures stay within ToleratedFailurePercentage; its result is its Error and Cause, so a later step can follow it up.',
    StartAt: 'ShipItems',
    States: {
      ShipItems: {
        Comment: 'Tolerated failures need the Distributed mode; its items come from the state input here (ItemsPath).',
        Type: 'Map',
        ItemsPath: '$.items',
        ItemSelector: { 'orderId.$': '$.orderId', 'item.$': '$$.Map.Item.Value' },
        MaxConcurrency: 2,
        ToleratedFailurePercentage: 25,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'ShipItem',
          States: {
            ShipItem: lambdaTask('ShipItem', {
              Comment: 'The mock fails for the third item (invocation 2): the lamp is out of stock.',
              OutputPath: '$.Payload',
              End: true,
            }),
          },
        },
        ResultPath: '$.shipments',
        Next: 'NotifyCustomer',
      },
      NotifyCustomer: lambdaTask('NotifyCustomer', {
        Comment: 'Tells the customer what was shipped (failed items have Error and Cause in $.shipments).',
        ResultSelector: { 'status.$': '$.Payload.status' },
        ResultPath: '$.notification',
        End: true,
      }),
    },
  }),
  simulation: {
    input: {
      orderId: '456',
      items: [
        { sku: 'BOOK-1', quantity: 2 },
        { sku: 'MUG-7', quantity: 1 },
        { sku: 'LAMP-3', quantity: 1 },
        { sku: 'PEN-12', quantity: 10 },
      ],
    },
    mocks: {
      ShipItem: {
        kind: 'sequence',
        steps: [
          result({ status: 'SHIPPED', trackingId: 'TRK-1' }),
          result({ status: 'SHIPPED', trackingId: 'TRK-2' }),
          error('OutOfStock', 'LAMP-3 is out of stock'),
          result({ status: 'SHIPPED', trackingId: 'TRK-4' }),
        ],
      },
      NotifyCustomer: result({ status: 'Shipping update sent' }),
    },
  },
  outcome: { status: 'SUCCEEDED' },
};
