/**
 * Errors of the local Step Functions endpoint, in AWS's wire shape: the operation's error name (the `__type`
 * the SDKs and the AWS CLI turn into an exception class), a message, and the HTTP status AWS uses (400 for every
 * modelled Step Functions error, 500 for an internal failure).
 * Names: https://docs.aws.amazon.com/step-functions/latest/apireference/CommonErrors.html and each operation's
 * "Errors" section.
 */
export class ApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const validation = (message: string) => new ApiError('ValidationException', message);
export const invalidArn = (arn: unknown) => new ApiError('InvalidArn', `Invalid Arn: '${String(arn)}'`);
export const machineMissing = (arn: string) => new ApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
export const executionMissing = (arn: string) => new ApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);

/** The JSON body of an error response. */
export function errorBody(e: ApiError): { __type: string; message: string } {
  return { __type: e.type, message: e.message };
}
