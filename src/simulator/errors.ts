/**
 * Runtime errors, named exactly as ASL names them. A `StatesError` is data that the interpreter routes through
 * Retry and Catch; anything else thrown inside the interpreter is a bug and is reported as `States.Runtime`.
 */

export const ERRORS = {
  ALL: 'States.ALL',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  Timeout: 'States.Timeout',
  TaskFailed: 'States.TaskFailed',
  Permissions: 'States.Permissions',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  ParameterPathFailure: 'States.ParameterPathFailure',
  QueryEvaluationError: 'States.QueryEvaluationError',
  BranchFailed: 'States.BranchFailed',
  NoChoiceMatched: 'States.NoChoiceMatched',
  IntrinsicFailure: 'States.IntrinsicFailure',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  ItemReaderFailed: 'States.ItemReaderFailed',
  ResultWriterFailed: 'States.ResultWriterFailed',
  DataLimitExceeded: 'States.DataLimitExceeded',
  Runtime: 'States.Runtime',
} as const;

export class StatesError extends Error {
  /** The ASL error name, e.g. `States.TaskFailed` or a Lambda's own error type. */
  readonly error: string;
  /** The ASL cause text (may be empty). */
  readonly causeText: string;

  constructor(error: string, cause = '') {
    super(cause ? `${error}: ${cause}` : error);
    this.name = error;
    this.error = error;
    this.causeText = cause;
  }
}

export function isStatesError(e: unknown): e is StatesError {
  return e instanceof StatesError;
}

/** Wrap anything thrown into a StatesError (unknown exceptions become `States.Runtime`). */
export function toStatesError(e: unknown): StatesError {
  if (e instanceof StatesError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new StatesError(ERRORS.Runtime, message);
}
