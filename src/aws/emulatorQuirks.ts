/**
 * What local Step Functions emulators (stepfunctions-local, Step Functions Local, LocalStack) answer differently
 * from AWS, made tolerable in one place. Found against stepfunctions-local 1.3.1 through the real SDK:
 * - DescribeStateMachine returns `definition` as a JSON object, not a string (the SDK passes it through as is);
 * - operations it does not implement (ValidateStateMachineDefinition) answer `400 InvalidAction` as plain text,
 *   which the SDK reports as a SyntaxError while parsing the body; others answer UnknownOperationException or 501;
 * - StopExecution sets the status to ABORTED without adding an ExecutionAborted event to the history.
 * Pure: no SDK imports.
 */
import type { ExecutionStatus } from './gateway.ts';
import type { HistoryEvent } from '../asl/history.ts';

/** The code a gateway's validateDefinition throws when the endpoint does not implement validation. */
export const VALIDATION_UNAVAILABLE = 'ValidationUnavailable';

/** A definition as text: AWS sends a string; an emulator may send the parsed object. */
export function definitionText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return JSON.stringify(value, null, 2);
}

const UNSUPPORTED_NAMES = new Set(['UnknownOperationException', 'InvalidAction', 'InvalidActionException', 'UnsupportedOperation', 'UnsupportedOperationException', 'NotImplemented']);

/** Whether an SDK error says the endpoint does not implement the operation (not: the request was wrong). */
export function isUnsupportedOperation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: unknown; message?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : '';
  const status = err.$metadata?.httpStatusCode;
  if (UNSUPPORTED_NAMES.has(name)) return true;
  if (status === 501) return true;
  // A body that is not JSON at all: the SDK failed to parse the error, so look at what it quoted.
  return name === 'SyntaxError' && (status === 400 || status === 404) && /\b(?:InvalidAction|UnknownOperation)/.test(message);
}

const TERMINAL_EVENT: Partial<Record<ExecutionStatus, string>> = {
  SUCCEEDED: 'ExecutionSucceeded',
  FAILED: 'ExecutionFailed',
  TIMED_OUT: 'ExecutionTimedOut',
  ABORTED: 'ExecutionAborted',
};

/**
 * The history with its terminal event, when the execution has ended but the endpoint did not record one (so the
 * canvas shows the ended run, not a state still in progress). Unchanged when the history already has it.
 */
export function withTerminalEvent(events: readonly HistoryEvent[], status: ExecutionStatus | undefined): readonly HistoryEvent[] {
  const type = status && TERMINAL_EVENT[status];
  if (!type || events.length === 0 || events.some((e) => e.type === type)) return events;
  const last = events[events.length - 1] as HistoryEvent;
  return [...events, { id: last.id + 1, previousEventId: last.id, timestamp: last.timestamp, type }];
}
