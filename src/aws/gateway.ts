/**
 * The app's view of the Step Functions API: plain data in, plain data out, no SDK types. The SDK adapter
 * (sdkGateway.ts, loaded lazily) implements it; tests and the UI depend only on this interface.
 */
import type { JsonPathSegments } from '../asl/types.ts';
import type { HistoryEvent } from '../asl/history.ts';
import { classifyAwsError, type AwsProblem } from './errors.ts';

export type MachineType = 'STANDARD' | 'EXPRESS';
export type LoggingLevel = 'OFF' | 'ALL' | 'ERROR' | 'FATAL';
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface ConnectionSettings {
  region: string;
  credentials: Credentials;
  /** A custom endpoint (a local emulator…); empty for AWS itself. */
  endpoint?: string | undefined;
  /** Where the pass-through proxy answers, e.g. `http://127.0.0.1:5173/aws-proxy`. */
  proxyUrl: string;
}

export interface MachineSummary {
  arn: string;
  name: string;
  type: MachineType;
  creationDate?: string | undefined;
}

export interface MachineDetails extends MachineSummary {
  definition: string;
  roleArn: string;
  revisionId?: string | undefined;
  loggingLevel?: LoggingLevel | undefined;
  /** The CloudWatch Logs log group executions log to (`arn:aws:logs:…:log-group:name:*`), when logging is on. */
  logGroupArn?: string | undefined;
  includeExecutionData?: boolean | undefined;
  tracingEnabled?: boolean | undefined;
  /** The version published with the machine when it was created (`publish`). */
  versionArn?: string | undefined;
}

/** Where and how much executions log (CreateStateMachine/UpdateStateMachine `loggingConfiguration`). */
export interface LoggingSettings {
  level: LoggingLevel;
  logGroupArn?: string | undefined;
  includeExecutionData?: boolean | undefined;
}

export interface ValidationDiagnostic {
  severity: 'ERROR' | 'WARNING';
  code: string;
  message: string;
  /** Where in the definition, as AWS says it (`/States/Name/Field`), when known. */
  location?: string | undefined;
}

export interface ValidationResult {
  result: 'OK' | 'FAIL';
  diagnostics: ValidationDiagnostic[];
}

export interface ExecutionSummary {
  arn: string;
  name: string;
  status: ExecutionStatus;
  startDate?: string | undefined;
  stopDate?: string | undefined;
}

export interface ExecutionDetails extends ExecutionSummary {
  input?: string | undefined;
  output?: string | undefined;
  error?: string | undefined;
  cause?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextToken?: string | undefined;
}

export interface CreateMachineRequest {
  name: string;
  definition: string;
  roleArn: string;
  type: MachineType;
  loggingLevel: LoggingLevel;
  /** The log destination; AWS requires one unless the level is OFF. */
  logGroupArn?: string | undefined;
  includeExecutionData?: boolean | undefined;
  /** AWS X-Ray tracing; left as AWS's default (off) when absent. */
  tracingEnabled?: boolean | undefined;
  /** Also publish a version (the machine then has `versionArn`). */
  publish?: boolean | undefined;
  versionDescription?: string | undefined;
}

/** What else an update may change or do; absent fields leave the machine as it is. */
export interface UpdateOptions {
  tracingEnabled?: boolean | undefined;
  publish?: boolean | undefined;
  versionDescription?: string | undefined;
}

export type InspectionLevel = 'INFO' | 'DEBUG' | 'TRACE';
export type TestStateStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';

/** TestState: one state's definition run on AWS, without a state machine. */
export interface TestStateRequest {
  /** The one state's JSON (`{"Type":"Pass",…}`), not a whole machine. */
  definition: string;
  /** The role the test assumes (it needs the permissions the state's task uses). */
  roleArn: string;
  /** The state's input, JSON text; AWS uses `{}` when absent. */
  input?: string | undefined;
  /** DEBUG (the default here) returns the data-flow stages; INFO only the output; TRACE adds HTTP Task traffic. */
  inspectionLevel?: InspectionLevel | undefined;
  /** Variables in scope (JSON object text), for states that read `$name`. */
  variables?: string | undefined;
  /** TRACE only: show secrets in HTTP Task requests and responses. */
  revealSecrets?: boolean | undefined;
}

export interface InspectionHttp {
  protocol?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
  statusCode?: string | undefined;
  statusMessage?: string | undefined;
  headers?: string | undefined;
  body?: string | undefined;
}

/** Each data-flow stage of the tested state, as JSON text (TestState's `inspectionData`). */
export interface InspectionData {
  input?: string | undefined;
  afterArguments?: string | undefined;
  afterInputPath?: string | undefined;
  afterParameters?: string | undefined;
  result?: string | undefined;
  afterResultSelector?: string | undefined;
  afterResultPath?: string | undefined;
  variables?: string | undefined;
  request?: InspectionHttp | undefined;
  response?: InspectionHttp | undefined;
  errorDetails?: { catchIndex?: number | undefined; retryIndex?: number | undefined; retryBackoffIntervalSeconds?: number | undefined } | undefined;
}

export interface TestStateResult {
  status: TestStateStatus;
  output?: string | undefined;
  error?: string | undefined;
  cause?: string | undefined;
  nextState?: string | undefined;
  inspectionData?: InspectionData | undefined;
}

export interface StepFunctionsGateway {
  listStateMachines(nextToken?: string): Promise<Page<MachineSummary>>;
  describeStateMachine(arn: string): Promise<MachineDetails>;
  validateDefinition(definition: string, type: MachineType): Promise<ValidationResult>;
  /** Creates the machine and returns it as described afterwards (with its revision id). */
  createStateMachine(request: CreateMachineRequest): Promise<MachineDetails>;
  /** `logging` replaces the machine's logging configuration; without it, the configuration is unchanged. */
  updateStateMachine(arn: string, definition: string, roleArn?: string, logging?: LoggingSettings, options?: UpdateOptions): Promise<{ revisionId?: string | undefined; versionArn?: string | undefined }>;
  /** Standard: starts and returns the execution ARN. Express: runs synchronously and returns the result too. */
  startExecution(machine: Pick<MachineSummary, 'arn' | 'type'>, input: string): Promise<{ executionArn: string; result?: ExecutionDetails }>;
  describeExecution(arn: string): Promise<ExecutionDetails>;
  getExecutionHistory(arn: string, nextToken?: string): Promise<Page<HistoryEvent>>;
  stopExecution(arn: string): Promise<void>;
  listExecutions(machineArn: string, nextToken?: string): Promise<Page<ExecutionSummary>>;
  /** Runs one state with the TestState API (inspection level DEBUG unless asked otherwise). */
  testState(request: TestStateRequest): Promise<TestStateResult>;
}

/**
 * An API or transport failure, as the UI shows it. `network` means the request may not have reached AWS.
 * `problem` is its classification (kind, title, message, what to do, retryable): see errors.ts.
 */
export class GatewayError extends Error {
  readonly status: number | undefined;
  readonly problem: AwsProblem;
  constructor(
    readonly code: string,
    message: string,
    readonly network: boolean,
    extra: { status?: number | undefined; problem?: AwsProblem | undefined } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
    this.status = extra.status;
    this.problem = extra.problem ?? classifyAwsError({ name: 'GatewayError', code, message, network, status: extra.status });
  }
}

export function isTerminal(status: ExecutionStatus): boolean {
  return status !== 'RUNNING';
}

/** Parse `aws configure export-credentials` JSON (`{"Version":1,"AccessKeyId":…}`) or the SDK's field names. */
export function parseExportedCredentials(text: string): Credentials | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'Not JSON: paste the output of `aws configure export-credentials`';
  }
  if (typeof v !== 'object' || v === null) return 'Expected a JSON object';
  const o = v as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => o[k]).find((x): x is string => typeof x === 'string' && x !== '');
  const accessKeyId = pick('AccessKeyId', 'accessKeyId');
  const secretAccessKey = pick('SecretAccessKey', 'secretAccessKey');
  if (!accessKeyId || !secretAccessKey) return 'The JSON has no AccessKeyId and SecretAccessKey';
  return { accessKeyId, secretAccessKey, sessionToken: pick('SessionToken', 'sessionToken') };
}

/**
 * ValidateStateMachineDefinition's `location` (`/States/Choose/Choices/0/Next`, a JSON pointer) → a path into the
 * definition, so the diagnostic can get a text range (src/asl/parse.ts rangeOf). Segments index arrays only where
 * the definition has an array.
 */
export function locationToPath(definition: unknown, location: string | undefined): JsonPathSegments | undefined {
  if (location === undefined || !location.startsWith('/')) return undefined;
  const path: JsonPathSegments = [];
  let value: unknown = definition;
  for (const raw of location.slice(1).split('/')) {
    if (raw === '') continue;
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value) && /^\d+$/.test(seg)) {
      path.push(Number(seg));
      value = value[Number(seg)];
    } else {
      path.push(seg);
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}
