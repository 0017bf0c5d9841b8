/**
 * Execution history in GetExecutionHistory's shape: `{id, previousEventId, timestamp, type, <type>EventDetails}`.
 * Payloads are JSON texts as AWS returns them (`input`, `output`, `parameters`, `assignedVariables` values), with
 * `inputDetails`/`outputDetails` `{truncated: false}`. Compare with the recorded histories in
 * ../shared/conformance-recorded/histories: the first state's entered event has `previousEventId` 0; otherwise each
 * event points at the event before it (AWS points at the previous event of the same branch; in this sequential
 * simulator that is the event before it, except around concurrent branches, where the docs say nothing).
 */
import type { JsonValue } from '../asl/types.ts';

export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: string;
  type: string;
  [details: string]: unknown;
}

const TRUNC = Object.freeze({ truncated: false });

/** `detailsKey('TaskStateEntered')` → the details field AWS uses. */
export function detailsKey(type: string): string | null {
  if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
  if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
  return null;
}

export function json(value: JsonValue): string {
  return JSON.stringify(value) ?? 'null';
}

export function enteredDetails(name: string, inputText: string): Record<string, unknown> {
  return { stateEnteredEventDetails: { name, input: inputText, inputDetails: TRUNC } };
}

export function exitedDetails(name: string, outputText: string, assigned: Record<string, JsonValue> | null): Record<string, unknown> {
  const d: Record<string, unknown> = { name, output: outputText, outputDetails: TRUNC };
  if (assigned) {
    const vars: Record<string, string> = {};
    for (const k of Object.keys(assigned)) vars[k] = json(assigned[k] as JsonValue);
    d.assignedVariables = vars;
    d.assignedVariablesDetails = TRUNC;
  }
  return { stateExitedEventDetails: d };
}

export function executionStartedDetails(inputText: string, roleArn: string, arn: string): Record<string, unknown> {
  return { executionStartedEventDetails: { input: inputText, inputDetails: TRUNC, roleArn, stateMachineArn: arn } };
}

export function executionSucceededDetails(outputText: string): Record<string, unknown> {
  return { executionSucceededEventDetails: { output: outputText, outputDetails: TRUNC } };
}

export function failureDetails(key: string, error: string, cause: string): Record<string, unknown> {
  return { [key]: { error, cause } };
}

/** Which event family a Task resource produces: bare Lambda function ARNs give LambdaFunction* events. */
export function taskEventKind(resource: string): 'lambda' | 'task' {
  return /^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(resource) ? 'lambda' : 'task';
}

/** `arn:aws:states:::lambda:invoke.waitForTaskToken` → `{resourceType: 'lambda', resource: 'invoke.waitForTaskToken'}`. */
export function serviceResource(resource: string): { resourceType: string; resource: string } {
  const m = /^arn:[^:]+:states:::([^:]+):(.+)$/.exec(resource);
  if (m) {
    const service = m[1] as string;
    const rest = m[2] as string;
    if (service === 'aws-sdk') {
      const i = rest.indexOf(':');
      return { resourceType: `aws-sdk:${rest.slice(0, i)}`, resource: rest.slice(i + 1) };
    }
    return { resourceType: service, resource: rest };
  }
  return { resourceType: 'activity', resource };
}

/** Whether a JSON text is over `limit` UTF-8 bytes (counts bytes only when the length alone cannot tell). */
export function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > limit;
}
