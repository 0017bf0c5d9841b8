/**
 * Types for the whole Amazon States Language (https://states-language.net/spec.html and the AWS Step Functions
 * developer guide), in both query languages (JSONPath and JSONata). The document model keeps unknown fields: every
 * interface is open (`[key: string]: unknown` on the base), so nothing a user wrote is dropped.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type QueryLanguage = 'JSONPath' | 'JSONata';

export const STATE_TYPES = ['Task', 'Choice', 'Pass', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];

export function isStateType(t: unknown): t is StateType {
  return typeof t === 'string' && (STATE_TYPES as readonly string[]).includes(t);
}

/** A Retrier: one entry of a state's `Retry` list. */
export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

/** A Catcher: one entry of a state's `Catch` list. */
export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Assign?: JsonObject;
  Output?: JsonValue;
  Comment?: string;
}

/** Fields every state may carry (which of them are allowed depends on type and query language). */
export interface StateBase {
  Type: StateType;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  Next?: string;
  End?: boolean;
  InputPath?: string | null;
  OutputPath?: string | null;
  Parameters?: JsonValue;
  ResultSelector?: JsonObject;
  ResultPath?: string | null;
  Arguments?: JsonValue;
  Output?: JsonValue;
  Assign?: JsonObject;
  [key: string]: unknown;
}

export interface TaskState extends StateBase {
  Type: 'Task';
  Resource: string;
  Credentials?: JsonObject;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

/** A Choice rule (JSONPath): a comparison, a boolean combination, or (top level only) one with `Next`. */
export interface ChoiceRule {
  Variable?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Next?: string;
  /** JSONata form: `{% … %}` or a literal boolean. */
  Condition?: string | boolean;
  Assign?: JsonObject;
  Output?: JsonValue;
  Comment?: string;
  [operator: string]: unknown;
}

export interface ChoiceState extends StateBase {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

export interface PassState extends StateBase {
  Type: 'Pass';
  Result?: JsonValue;
}

export interface WaitState extends StateBase {
  Type: 'Wait';
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface SucceedState extends StateBase {
  Type: 'Succeed';
}

export interface FailState extends StateBase {
  Type: 'Fail';
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

/** A sub-machine: a Parallel branch or a Map item processor. */
export interface SubMachine {
  StartAt: string;
  States: Record<string, State>;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  ProcessorConfig?: { Mode?: 'INLINE' | 'DISTRIBUTED'; ExecutionType?: 'STANDARD' | 'EXPRESS' };
  [key: string]: unknown;
}

export interface ParallelState extends StateBase {
  Type: 'Parallel';
  Branches: SubMachine[];
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface MapState extends StateBase {
  Type: 'Map';
  ItemProcessor?: SubMachine;
  /** Legacy form of `ItemProcessor`. */
  Iterator?: SubMachine;
  ItemsPath?: string;
  Items?: JsonValue;
  ItemSelector?: JsonObject;
  /** Legacy form of `ItemSelector`. */
  Parameters?: JsonValue;
  ItemReader?: JsonObject;
  ItemBatcher?: JsonObject;
  ResultWriter?: JsonObject;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export type State =
  | TaskState
  | ChoiceState
  | PassState
  | WaitState
  | SucceedState
  | FailState
  | ParallelState
  | MapState;

/** A whole state machine definition. */
export interface StateMachineDefinition {
  StartAt: string;
  States: Record<string, State>;
  Comment?: string;
  Version?: string;
  TimeoutSeconds?: number;
  QueryLanguage?: QueryLanguage;
  [key: string]: unknown;
}

/** A position in the source text: 0-based offsets plus 1-based line and column of the start. */
export interface TextRange {
  offset: number;
  length: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A path into the JSON document: object keys and array indexes. */
export type JsonPathSegments = (string | number)[];

/** Errors are data: every problem found in a document is one of these. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  path: JsonPathSegments;
  range?: TextRange;
}

export function exhaustive(x: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(x)}`);
}
