/**
 * Task presets: the service integrations offered in the palette, the inspector's Resource picker and editor
 * completion. Each is a Resource plus a starting `Parameters` (JSONPath) / `Arguments` (JSONata) body.
 */
import type { JsonObject } from './types.ts';

export interface TaskPreset {
  id: string;
  /** Shown as "Add <name> task". */
  name: string;
  resource: string;
  description: string;
  parameters: JsonObject;
}

export const TASK_PRESETS: readonly TaskPreset[] = [
  {
    id: 'lambda-invoke',
    name: 'Lambda invoke',
    resource: 'arn:aws:states:::lambda:invoke',
    description: 'Invoke an AWS Lambda function',
    parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:MyFunction', 'Payload.$': '$' },
  },
  {
    id: 'sns-publish',
    name: 'SNS publish',
    resource: 'arn:aws:states:::sns:publish',
    description: 'Publish a message to an Amazon SNS topic',
    parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:MyTopic', 'Message.$': '$' },
  },
  {
    id: 'sqs-send',
    name: 'SQS send message',
    resource: 'arn:aws:states:::sqs:sendMessage',
    description: 'Send a message to an Amazon SQS queue',
    parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue', 'MessageBody.$': '$' },
  },
  {
    id: 'dynamodb-put',
    name: 'DynamoDB PutItem',
    resource: 'arn:aws:states:::dynamodb:putItem',
    description: 'Write an item to an Amazon DynamoDB table',
    parameters: { TableName: 'MyTable', Item: { id: { 'S.$': '$.id' } } },
  },
  {
    id: 'dynamodb-get',
    name: 'DynamoDB GetItem',
    resource: 'arn:aws:states:::dynamodb:getItem',
    description: 'Read an item from an Amazon DynamoDB table',
    parameters: { TableName: 'MyTable', Key: { id: { 'S.$': '$.id' } } },
  },
  {
    id: 'callback',
    name: 'Wait for callback',
    resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    description: 'Send a task token and wait until SendTaskSuccess/SendTaskFailure returns it',
    parameters: {
      QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue',
      MessageBody: { 'Input.$': '$', 'TaskToken.$': '$$.Task.Token' },
    },
  },
  {
    id: 'ecs-run-sync',
    name: 'ECS RunTask (sync)',
    resource: 'arn:aws:states:::ecs:runTask.sync',
    description: 'Run an Amazon ECS task and wait for it to finish',
    parameters: {
      LaunchType: 'FARGATE',
      Cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/MyCluster',
      TaskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/MyTask:1',
    },
  },
];
