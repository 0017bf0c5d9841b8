/** Human approval: an approval request waits for its task token; the mock answers as the approver's callback. */
import { json, lambdaTask, result, type WorkflowTemplate } from './types.ts';

export const APPROVAL: WorkflowTemplate = {
  id: 'approval',
  name: 'Human approval',
  description:
    'Send an expense to an approval queue and wait for the approver (.waitForTaskToken). The mock answers as the approver’s SendTaskSuccess would: approved, so the expense is paid.',
  tags: ['Callback', 'Choice'],
  text: json({
    Comment:
      'Human approval with a callback: RequestApproval sends the expense and a task token to a queue, then the execution waits (up to a day) until an approval app calls SendTaskSuccess with the token and the decision. In the simulator the mock of RequestApproval is that callback output.',
    StartAt: 'RequestApproval',
    States: {
      RequestApproval: {
        Comment: 'Pauses until SendTaskSuccess / SendTaskFailure is called with $$.Task.Token, or 24 hours pass.',
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: {
          QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/expense-approvals',
          MessageBody: { 'expense.$': '$', 'taskToken.$': '$$.Task.Token' },
        },
        TimeoutSeconds: 86400,
        ResultPath: '$.approval',
        Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: 'ApprovalTimedOut' }],
        Next: 'IsApproved',
      },
      IsApproved: {
        Comment: 'The approver’s decision comes back in $.approval.',
        Type: 'Choice',
        Choices: [{ Variable: '$.approval.decision', StringEquals: 'APPROVED', Next: 'PayExpense' }],
        Default: 'ExpenseRejected',
      },
      PayExpense: lambdaTask('PayExpense', {
        ResultSelector: { 'paymentId.$': '$.Payload.paymentId' },
        ResultPath: '$.payment',
        End: true,
      }),
      ExpenseRejected: { Type: 'Fail', Error: 'ExpenseRejected', Cause: 'The approver rejected the expense' },
      ApprovalTimedOut: { Type: 'Fail', Error: 'ApprovalTimedOut', Cause: 'Nobody answered the approval request within a day' },
    },
  }),
  simulation: {
    input: { expenseId: 'EXP-2026-0142', employee: 'ada@example.com', amount: 1250, description: 'Conference travel to re:Invent' },
    mocks: {
      RequestApproval: result({ decision: 'APPROVED', approver: 'grace@example.com', comment: 'Within the travel budget' }),
      PayExpense: result({ paymentId: 'pay-3141' }),
    },
  },
  outcome: { status: 'SUCCEEDED' },
};
