/**
 * Execution history in GetExecutionHistory's shape: `{id, previousEventId, timestamp, type, <type>EventDetails}`.
 * Payloads are JSON texts as AWS returns them (`input`, `output`, `parameters`, `assignedVariables` values), with
 * `inputDetails`/`outputDetails` `{truncated: false}`. Compare with the recorded histories in
 * fixtures/conformance-recorded/histories: the first state's entered event has `previousEventId` 0; otherwise each
 * event points at the last event of its own thread (the machine, a Parallel branch, a Map iteration), as AWS's
 * recordings show: a branch's first entered event and an iteration's MapIterationStarted point at
 * ParallelStateStarted/MapStateStarted, and the events recorded "aside" (StepContext.emitAside: ExecutionStarted,
 * MapIteration*, Parallel/MapStateSucceeded) are not chained on. Every branch is entered before any branch exits.
 */
import type { JsonValue } from '../asl/types.ts';
import { keepShape } from './shapes.ts';

import type { HistoryEvent } from '../asl/history.ts';

export type { HistoryEvent } from '../asl/history.ts';

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

/**
 * A payload text computed when the history is serialised: `JSON.stringify(event)` gives AWS's field (a JSON text),
 * `String(x)` gives the text, `.value` the value. Values in the simulator are immutable, so the text is the same
 * as if it had been built when the event was recorded, and a step does not pay for serialising every payload.
 * `plainHistory` turns a history into plain AWS-shaped objects.
 */
export class LazyJson {
  declare readonly value: JsonValue;
  constructor(value: JsonValue) {
    this.value = value;
  }
  toJSON(): string {
    return json(this.value);
  }
  toString(): string {
    return json(this.value);
  }
}

export function lazyText(value: JsonValue): LazyJson {
  return new LazyJson(value);
}

/** The history as plain GetExecutionHistory objects (payload texts as strings). */
export function plainHistory(events: readonly HistoryEvent[]): HistoryEvent[] {
  return JSON.parse(JSON.stringify(events)) as HistoryEvent[];
}

/** `stateEnteredEventDetails` (classes, not literals: see EventRecord in runtime.ts). */
class EnteredDetails {
  declare readonly name: string;
  declare readonly input: LazyJson;
  declare readonly inputDetails: typeof TRUNC;
  constructor(name: string, input: LazyJson) {
    this.name = name;
    this.input = input;
    this.inputDetails = TRUNC;
  }
}

/** `stateExitedEventDetails` without assigned variables. */
class ExitedDetails {
  declare readonly name: string;
  declare readonly output: LazyJson;
  declare readonly outputDetails: typeof TRUNC;
  constructor(name: string, output: LazyJson) {
    this.name = name;
    this.output = output;
    this.outputDetails = TRUNC;
  }
}

keepShape(new LazyJson(null));
keepShape(new EnteredDetails('', new LazyJson(null)));
keepShape(new ExitedDetails('', new LazyJson(null)));

/** `stateEnteredEventDetails`; `input` is the payload (StepContext.payload: one wrapper per value). */
export function enteredDetails(name: string, input: LazyJson): Record<string, unknown> {
  return new EnteredDetails(name, input) as unknown as Record<string, unknown>;
}

/** `stateExitedEventDetails`; `output` is the payload (StepContext.payload). */
export function exitedDetails(name: string, output: LazyJson, assigned: Record<string, JsonValue> | null): Record<string, unknown> {
  if (!assigned) return new ExitedDetails(name, output) as unknown as Record<string, unknown>;
  const vars: Record<string, string> = {};
  for (const k of Object.keys(assigned)) vars[k] = json(assigned[k] as JsonValue);
  return { name, output, outputDetails: TRUNC, assignedVariables: vars, assignedVariablesDetails: TRUNC };
}

/** `executionStartedEventDetails`. */
export function executionStartedDetails(input: JsonValue, roleArn: string, arn: string): Record<string, unknown> {
  return { input: new LazyJson(input), inputDetails: TRUNC, roleArn, stateMachineArn: arn };
}

/** `executionSucceededEventDetails`. */
export function executionSucceededDetails(output: JsonValue): Record<string, unknown> {
  return { output: new LazyJson(output), outputDetails: TRUNC };
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

/**
 * Whether a value's JSON text is over `limit` UTF-8 bytes. A cheap upper bound is computed first (no text is
 * built; strings count 6 bytes per unit, the worst case of an escape); only values whose bound passes the limit
 * are serialised and measured exactly.
 */
export function exceedsPayload(value: JsonValue, limit: number): boolean {
  if (sizeBound(value, limit) <= limit) return false;
  return exceedsBytes(json(value), limit);
}

/** Bounds of frozen values (constants such as a mock's response metadata, or an immutable store's data). */
const frozenBounds = new WeakMap<object, number>();

function sizeBound(v: JsonValue, budget: number): number {
  if (v === null) return 4;
  switch (typeof v) {
    case 'string':
      return 2 + v.length * 6;
    case 'number':
      return 24;
    case 'boolean':
      return 5;
    default:
      break;
  }
  const frozen = Object.isFrozen(v);
  if (frozen) {
    const known = frozenBounds.get(v);
    if (known !== undefined) return known;
  }
  let total = 2;
  if (Array.isArray(v)) {
    for (const x of v) {
      total += sizeBound(x, budget) + 1;
      if (total > budget) return total;
    }
  } else {
    for (const k in v) {
      total += k.length * 6 + 4 + sizeBound(v[k] as JsonValue, budget);
      if (total > budget) return total;
    }
  }
  if (frozen) frozenBounds.set(v, total);
  return total;
}
