import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../asl/history.ts';
import { definitionText, isUnsupportedOperation, withTerminalEvent } from './emulatorQuirks.ts';
import { historyView } from './history.ts';

/** An SDK error as the SDK builds it: a name, a message, the HTTP status in $metadata. */
function sdkError(name: string, message: string, httpStatusCode?: number): Error {
  const e = new Error(message);
  e.name = name;
  Object.assign(e, { $metadata: { httpStatusCode } });
  return e;
}

describe('definitionText', () => {
  it('keeps a string as it is (AWS)', () => {
    expect(definitionText('{"StartAt":"A"}')).toBe('{"StartAt":"A"}');
  });
  it('serialises an object definition (stepfunctions-local) as indented JSON', () => {
    const d = { StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    const text = definitionText(d);
    expect(JSON.parse(text)).toEqual(d);
    expect(text).toContain('\n  "States"');
  });
  it('gives empty text for a missing definition', () => {
    expect(definitionText(undefined)).toBe('');
    expect(definitionText(null)).toBe('');
  });
});

describe('isUnsupportedOperation', () => {
  it('recognises stepfunctions-local’s plain-text 400 InvalidAction (a body the SDK cannot parse)', () => {
    const e = sdkError('SyntaxError', 'Unexpected token \'I\', "InvalidAction" is not valid JSON\n  Deserialization error: …', 400);
    expect(isUnsupportedOperation(e)).toBe(true);
  });
  it('recognises modelled "unknown operation" errors and 501', () => {
    expect(isUnsupportedOperation(sdkError('UnknownOperationException', 'Unknown operation', 400))).toBe(true);
    expect(isUnsupportedOperation(sdkError('InternalFailure', 'API action not yet implemented', 501))).toBe(true);
  });
  it('does not mistake real failures for a missing operation', () => {
    expect(isUnsupportedOperation(sdkError('AccessDeniedException', 'not authorized', 400))).toBe(false);
    expect(isUnsupportedOperation(sdkError('ValidationException', 'InvalidAction in the text of a real 400', 400))).toBe(false);
    expect(isUnsupportedOperation(sdkError('SyntaxError', 'Unexpected token \'<\', "<html>" is not valid JSON', 400))).toBe(false);
    expect(isUnsupportedOperation(sdkError('TypeError', 'Failed to fetch'))).toBe(false);
    expect(isUnsupportedOperation('InvalidAction')).toBe(false);
    expect(isUnsupportedOperation(undefined)).toBe(false);
  });
});

describe('withTerminalEvent', () => {
  const definition = { StartAt: 'P', States: { P: { Type: 'Pass', Next: 'W' }, W: { Type: 'Wait', Seconds: 60, End: true } } };
  const ev = (id: number, type: string, name?: string): HistoryEvent => ({
    id,
    previousEventId: id - 1,
    timestamp: `2026-01-01T00:00:0${id}.000Z`,
    type,
    ...(name === undefined ? {} : { [type.endsWith('Entered') ? 'stateEnteredEventDetails' : 'stateExitedEventDetails']: { name } }),
  });
  // stepfunctions-local after StopExecution: status ABORTED, the history ends inside the Wait state.
  const stopped = [ev(1, 'ExecutionStarted'), ev(2, 'PassStateEntered', 'P'), ev(3, 'PassStateExited', 'P'), ev(4, 'WaitStateEntered', 'W')];

  it('adds the missing ExecutionAborted, so the canvas shows the state aborted, not in progress', () => {
    expect(historyView(definition, stopped).nodeStatus.W).toBe('in-progress');
    const events = withTerminalEvent(stopped, 'ABORTED');
    expect(events.at(-1)).toEqual({ id: 5, previousEventId: 4, timestamp: stopped[3]?.timestamp, type: 'ExecutionAborted' });
    expect(historyView(definition, events).nodeStatus).toEqual({ P: 'succeeded', W: 'aborted' });
    expect(historyView(definition, events).currentId).toBeUndefined();
  });
  it('leaves a history that has its terminal event, a running one and an empty one alone', () => {
    const done = [...stopped, ev(5, 'ExecutionAborted')];
    expect(withTerminalEvent(done, 'ABORTED')).toBe(done);
    expect(withTerminalEvent(stopped, 'RUNNING')).toBe(stopped);
    expect(withTerminalEvent(stopped, undefined)).toBe(stopped);
    expect(withTerminalEvent([], 'ABORTED')).toEqual([]);
  });
  it('names each terminal status’s event', () => {
    expect(withTerminalEvent(stopped, 'SUCCEEDED').at(-1)?.type).toBe('ExecutionSucceeded');
    expect(withTerminalEvent(stopped, 'FAILED').at(-1)?.type).toBe('ExecutionFailed');
    expect(withTerminalEvent(stopped, 'TIMED_OUT').at(-1)?.type).toBe('ExecutionTimedOut');
  });
});
