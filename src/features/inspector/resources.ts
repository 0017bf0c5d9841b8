/** Task Resource presets (service integrations) and the common error names offered for Retry and Catch. */

export interface ResourcePreset {
  label: string;
  arn: string;
}

export const RESOURCE_PRESETS: readonly ResourcePreset[] = [
  { label: 'Lambda: invoke', arn: 'arn:aws:states:::lambda:invoke' },
  { label: 'Lambda: invoke, wait for task token', arn: 'arn:aws:states:::lambda:invoke.waitForTaskToken' },
  { label: 'SNS: publish', arn: 'arn:aws:states:::sns:publish' },
  { label: 'SQS: send message', arn: 'arn:aws:states:::sqs:sendMessage' },
  { label: 'SQS: send message, wait for task token', arn: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken' },
  { label: 'DynamoDB: PutItem', arn: 'arn:aws:states:::dynamodb:putItem' },
  { label: 'DynamoDB: GetItem', arn: 'arn:aws:states:::dynamodb:getItem' },
  { label: 'ECS: run task and wait (.sync)', arn: 'arn:aws:states:::ecs:runTask.sync' },
  { label: 'Step Functions: start execution and wait (.sync)', arn: 'arn:aws:states:::states:startExecution.sync:2' },
  { label: 'Glue: start job run and wait (.sync)', arn: 'arn:aws:states:::glue:startJobRun.sync' },
];

export const COMMON_ERRORS: readonly string[] = [
  'States.ALL',
  'States.TaskFailed',
  'States.Timeout',
  'States.HeartbeatTimeout',
  'States.Permissions',
  'States.ResultPathMatchFailure',
  'States.ParameterPathFailure',
  'States.QueryEvaluationError',
  'States.BranchFailed',
  'States.NoChoiceMatched',
  'States.IntrinsicFailure',
  'States.ExceedToleratedFailureThreshold',
  'States.ItemReaderFailed',
  'States.ResultWriterFailed',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];

/** The preset an ARN is, if any. */
export function presetOf(arn: unknown): ResourcePreset | undefined {
  return RESOURCE_PRESETS.find((p) => p.arn === arn);
}
