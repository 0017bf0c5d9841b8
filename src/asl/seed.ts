/** The first workflow every user sees: the classic microservices example, and its three mock results. */

export const SEED_NAME = 'Microservices workflow';

export const SEED_DEFINITION_TEXT = `{
  "Comment": "Microservices workflow: create a user, place an order, then send a notification",
  "StartAt": "CreateUser",
  "States": {
    "CreateUser": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {
        "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:CreateUser",
        "Payload.$": "$"
      },
      "ResultSelector": {
        "status.$": "$.Payload.status",
        "userId.$": "$.Payload.userId"
      },
      "ResultPath": "$.user",
      "Next": "PlaceOrder"
    },
    "PlaceOrder": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {
        "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:PlaceOrder",
        "Payload.$": "$"
      },
      "ResultSelector": {
        "status.$": "$.Payload.status",
        "orderId.$": "$.Payload.orderId"
      },
      "ResultPath": "$.order",
      "Next": "SendNotification"
    },
    "SendNotification": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {
        "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:SendNotification",
        "Payload.$": "$"
      },
      "OutputPath": "$.Payload",
      "End": true
    }
  }
}
`;

/** What each seed Lambda returns (the mocks of the simulation panel). */
export const SEED_MOCK_RESULTS: Record<string, unknown> = {
  CreateUser: { status: 'User created successfully', userId: '123' },
  PlaceOrder: { status: 'Order placed successfully', orderId: '456' },
  SendNotification: { status: 'Notification sent successfully' },
};

/** The seed mocks as JavaScript Lambda handlers, each logging what it does like the originals. */
export const SEED_MOCK_CODE: Record<string, string> = {
  CreateUser: `export async function handler(event, context) {
  console.log('Creating user', JSON.stringify(event));
  return { status: 'User created successfully', userId: '123' };
}
`,
  PlaceOrder: `export async function handler(event, context) {
  console.log('Placing order for user', event.user && event.user.userId);
  return { status: 'Order placed successfully', orderId: '456' };
}
`,
  SendNotification: `export async function handler(event, context) {
  console.log('Sending notification for order', event.order && event.order.orderId);
  return { status: 'Notification sent successfully' };
}
`,
};
