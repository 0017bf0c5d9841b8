/**
 * Every way an AWS call can fail, as the UI says it: `classifyAwsError(err)` turns an SDK exception, a
 * GatewayError, a fetch/socket failure or anything thrown into `{kind, title, message, action, retryable}`. The
 * message says what happened in plain words; the action says what to do. Nothing here touches the workflow:
 * a failed call never loses what the user designed. Pure: no SDK import (errors are read by name and fields).
 */

export type AwsErrorKind =
  | 'no-credentials'
  | 'expired-token'
  | 'credentials-rejected'
  | 'access-denied'
  | 'missing-role'
  | 'throttling'
  | 'network-down'
  | 'proxy-not-running'
  | 'proxy-refused'
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'limit-exceeded'
  | 'unknown';

export interface AwsProblem {
  kind: AwsErrorKind;
  /** A few words for a heading: "Access denied". */
  title: string;
  /** What happened, naming the denied action, the machine, AWS's own reason when useful. */
  message: string;
  /** What to do about it. */
  action: string;
  /** Whether trying the same call again later can succeed (polling keeps going only for these). */
  retryable: boolean;
  /** The error code as AWS (or the transport) named it, e.g. `AccessDeniedException`, `ECONNREFUSED`. */
  code: string;
  /** The HTTP status, when a response came back. */
  status?: number | undefined;
}

/** What the caller knows about the connection, to tell a stopped proxy from a lost network. */
export interface ErrorContext {
  /** The proxy URL every call goes through (set by the SDK gateway). */
  proxyUrl?: string | undefined;
  /** The custom endpoint (local emulator…), if any. */
  endpoint?: string | undefined;
  /** `navigator.onLine === false`: the browser itself knows it is offline. */
  offline?: boolean | undefined;
}

interface Facts {
  code: string;
  message: string;
  status: number | undefined;
  /** No response came back (fetch/socket failure). */
  transport: boolean;
}

const TRANSPORT_CODES = /^(?:ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|EPIPE|ECONNABORTED|UND_ERR_\w+)$/;
const TRANSPORT_MESSAGES = /Failed to fetch|NetworkError when attempting to fetch|Load failed|network (?:error|request failed)|fetch failed|socket hang up|\b(?:ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/i;
const OFFLINE_CODES = /^(?:ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT)$/;

function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The code, message, status and transport-ness of anything thrown. */
function factsOf(err: unknown): Facts {
  if (typeof err !== 'object' || err === null) return { code: 'Error', message: String(err), status: undefined, transport: false };
  const meta = field(err, '$metadata');
  const response = field(err, '$response');
  const statusValue = field(meta, 'httpStatusCode') ?? field(response, 'statusCode') ?? field(err, 'status');
  const status = typeof statusValue === 'number' ? statusValue : undefined;
  const cause = field(err, 'cause');
  const nodeCode = str(field(err, 'code')) ?? str(field(cause, 'code')) ?? str(field(field(cause, 'cause'), 'code'));
  const name = str(field(err, 'name')) ?? 'Error';
  // A GatewayError carries the AWS code in `code` and says whether a response came back in `network`.
  const gatewayCode = name === 'GatewayError' ? str(field(err, 'code')) : undefined;
  const code = gatewayCode ?? (nodeCode && TRANSPORT_CODES.test(nodeCode) ? nodeCode : name);
  const message = str(field(err, 'message')) ?? str(field(cause, 'message')) ?? code;
  const network = field(err, 'network') === true;
  const transport =
    status === undefined &&
    (network || TRANSPORT_CODES.test(code) || (nodeCode !== undefined && TRANSPORT_CODES.test(nodeCode)) || TRANSPORT_MESSAGES.test(message) || /^(?:TypeError|TimeoutError|RequestTimeout|AbortError)$/.test(code));
  return { code, message, status, transport };
}

/** `User: arn:… is not authorized to perform: states:StartExecution on resource: arn:…` → its parts. */
function deniedAction(message: string): { action?: string; resource?: string } {
  const action = /not authorized to perform:? ([\w-]+:[\w*-]+)/i.exec(message)?.[1];
  const resource = /on resource:? (arn:[^\s,;]+?)(?:[.,;]?(?:\s|$))/i.exec(message)?.[1];
  return { action, resource };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

const problem = (kind: AwsErrorKind, f: Facts, title: string, message: string, action: string, retryable: boolean): AwsProblem => ({ kind, title, message, action, retryable, code: f.code, status: f.status });

const CREDENTIAL_HELP = 'Paste fresh credentials in the connection settings (for example the output of `aws configure export-credentials`).';
const RETRY_NOTE = 'Your workflow is unchanged; retry once this is fixed.';

function transportProblem(f: Facts, context: ErrorContext): AwsProblem {
  if (context.offline) return problem('network-down', f, 'You are offline', 'The browser has no network connection, so AWS cannot be reached.', `Reconnect to the network; asl-studio retries by itself. ${RETRY_NOTE}`, true);
  const proxy = hostOf(context.proxyUrl);
  if (proxy && !OFFLINE_CODES.test(f.code)) {
    return problem(
      'proxy-not-running',
      f,
      'Cannot reach the AWS proxy',
      `The asl-studio proxy at ${context.proxyUrl} did not answer (${f.message}): it is not running, it does not allow this page's origin, or the connection to it is down. Calls to AWS go through it.`,
      `Start asl-studio with \`npm start\` (the proxy is built in), or run \`asl-studio proxy --allow-origin <this page's origin>\` and set its URL in the connection settings. ${RETRY_NOTE}`,
      true,
    );
  }
  return problem('network-down', f, 'Network unreachable', `AWS could not be reached (${f.message}).`, `Check your internet connection (or that the endpoint is up) and retry. ${RETRY_NOTE}`, true);
}

/** Our proxy answered with its own marker (`ProxyRefused`): either it could not reach AWS, or it refused the call. */
function proxyProblem(f: Facts, context: ErrorContext): AwsProblem {
  if (/upstream (?:unreachable|timed out)/i.test(f.message) || f.status === 502 || f.status === 504) {
    const where = context.endpoint ? `the endpoint ${context.endpoint}` : 'AWS';
    return problem('network-down', f, `Cannot reach ${context.endpoint ? 'the endpoint' : 'AWS'}`, `The proxy is running but could not reach ${where} (${f.message}).`, `Check the internet connection of the machine running the proxy${context.endpoint ? ', and that the endpoint (emulator) is running' : ''}, then retry. ${RETRY_NOTE}`, true);
  }
  const action = /origin/i.test(f.message)
    ? "Start the proxy with `--allow-origin <this page's origin>`, or open the app from the address the proxy allows."
    : /forwarding to/i.test(f.message)
      ? 'Use a Step Functions endpoint (leave the endpoint empty for AWS), or start the proxy with `--endpoint <url>` for a custom one.'
      : 'Check the proxy URL in the connection settings and the proxy’s console output.';
  return problem('proxy-refused', f, 'The AWS proxy refused the call', `The asl-studio proxy refused the request: ${f.message}.`, action, false);
}

const VALIDATION = /^(?:ValidationException|InvalidDefinition|InvalidName|InvalidExecutionInput|InvalidLoggingConfiguration|InvalidTracingConfiguration|InvalidEncryptionConfiguration|InvalidToken|InvalidOutput|InvalidArn|MissingRequiredParameter|StateMachineTypeNotSupported|SerializationException|InvalidParameterValue|ExecutionNotRedrivable|TooManyTags)$/;
const NOT_FOUND = /^(?:StateMachineDoesNotExist|ExecutionDoesNotExist|ActivityDoesNotExist|ResourceNotFound|ResourceNotFoundException|StateMachineDeleting|TaskDoesNotExist)$/;
const CONFLICT = /^(?:StateMachineAlreadyExists|ExecutionAlreadyExists|ActivityAlreadyExists|ConflictException)$/;
const LIMIT = /^(?:StateMachineLimitExceeded|ExecutionLimitExceeded|ActivityLimitExceeded|ServiceQuotaExceededException|LimitExceededException)$/;
const THROTTLING = /^(?:ThrottlingException|Throttling|ThrottledException|TooManyRequestsException|RequestLimitExceeded|RequestThrottled|RequestThrottledException|SlowDown|KmsThrottlingException|ProvisionedThroughputExceededException)$/;
const REJECTED = /^(?:UnrecognizedClientException|InvalidSignatureException|IncompleteSignature|IncompleteSignatureException|InvalidClientTokenId|SignatureDoesNotMatch|AuthFailure|InvalidAccessKeyId)$/;
const ROLE_TRUST = /authorized to assume the provided role|is not authorized to assume|cannot be assumed|unable to assume|role[^.]*does not exist|AssumeRole/i;

/** Classify anything thrown by an AWS call. Already-classified GatewayErrors keep their classification. */
export function classifyAwsError(err: unknown, context: ErrorContext = {}): AwsProblem {
  const known = field(err, 'problem');
  if (typeof known === 'object' && known !== null && typeof field(known, 'kind') === 'string') return known as AwsProblem;
  const f = factsOf(err);
  const { code, message: m } = f;

  if (/^(?:CredentialsProviderError|NoCredentials|MissingAuthenticationToken(?:Exception)?)$/.test(code) || /Could not load credentials|Resolved credential object is not valid|Missing Authentication Token|no (?:AWS )?credentials/i.test(m)) {
    return problem('no-credentials', f, 'No AWS credentials', 'The request has no AWS credentials to sign it with.', `Enter an access key ID and secret access key (and the session token of temporary credentials) in the connection settings. ${CREDENTIAL_HELP}`, false);
  }
  if (/^(?:ExpiredToken(?:Exception)?|TokenRefreshRequired)$/.test(code) || /security token included in the request is expired|token (?:has )?expired|credentials? (?:have|has) expired/i.test(m)) {
    return problem('expired-token', f, 'Credentials expired', 'Your temporary AWS credentials (session token) have expired.', `Sign in again (for example \`aws sso login\`), then paste the new credentials. ${CREDENTIAL_HELP}`, false);
  }
  if (code === 'RequestExpired' || /Signature expired|RequestTimeTooSkewed/i.test(m)) {
    return problem('credentials-rejected', f, 'Request signature too old', `AWS rejected the request's timestamp (${m}).`, 'Your computer’s clock is off: set it to the correct time (enable automatic time), then retry.', false);
  }
  if (REJECTED.test(code) || /security token included in the request is invalid|signature we calculated does not match/i.test(m)) {
    return problem('credentials-rejected', f, 'Credentials rejected', `AWS did not accept these credentials (${m}).`, `Check the access key ID, the secret access key and the region; temporary keys (starting with ASIA) also need their session token. ${CREDENTIAL_HELP}`, false);
  }
  const denied = deniedAction(m);
  if (code === 'ProxyRefused') return proxyProblem(f, context);
  if (ROLE_TRUST.test(m) || /^iam:PassRole$/i.test(denied.action ?? '') || (code === 'InvalidArn' && /role/i.test(m))) {
    const role = /arn:aws[\w-]*:iam::\d*:role\/[\w+=,.@/-]+/.exec(m)?.[0];
    const passRole = /^iam:PassRole$/i.test(denied.action ?? '');
    return problem(
      'missing-role',
      f,
      passRole ? 'Not allowed to pass the role' : 'Execution role not usable',
      passRole
        ? `Your credentials may not pass the role${(role ?? denied.resource) ? ` ${role ?? denied.resource}` : ''} to Step Functions (iam:PassRole).`
        : `Step Functions cannot use the execution role${role ? ` ${role}` : ''}: ${m}`,
      passRole
        ? 'Ask your AWS administrator to allow iam:PassRole on that role, or choose a role you may pass.'
        : 'Choose an existing IAM role whose trust policy lets states.amazonaws.com assume it (check the role ARN for typos and the account), then try again.',
      false,
    );
  }
  if (/^(?:AccessDenied(?:Exception)?|KmsAccessDeniedException|UnauthorizedOperation|Forbidden)$/.test(code) || (f.status === 403 && !f.transport)) {
    const what = denied.action ? `Your credentials are not allowed to call ${denied.action}${denied.resource ? ` on ${denied.resource}` : ''}.` : `AWS denied the request: ${m}`;
    const todo = denied.action
      ? `Ask your AWS administrator to allow ${denied.action} for your user or role, or use credentials that have it.`
      : 'Use credentials whose IAM policy allows this Step Functions action, or ask your AWS administrator.';
    return problem('access-denied', f, 'Access denied', what, todo, false);
  }
  if (THROTTLING.test(code) || f.status === 429 || /rate exceeded|too many requests|throttl/i.test(m)) {
    return problem('throttling', f, 'Slowed down by AWS', `AWS is throttling these calls (${m}).`, 'Wait a few seconds and retry; asl-studio backs off by itself while polling. If it persists, make fewer calls or raise the quota.', true);
  }
  if (f.transport) return transportProblem(f, context);
  if (/^(?:SyntaxError|Unknown|UnknownError)$/.test(code) && (f.status === 404 || f.status === 405 || /not valid JSON|Deserialization error/i.test(m))) {
    // Something answered at the proxy URL, but not with AWS's JSON: not the asl-studio proxy.
    return problem('proxy-not-running', f, 'The AWS proxy is not running', `What answers at ${context.proxyUrl ?? 'the proxy URL'} is not the asl-studio proxy${f.status ? ` (HTTP ${f.status})` : ''}.`, `Start asl-studio with \`npm start\` (dev) or \`asl-studio proxy\`, and check the proxy URL in the connection settings. ${RETRY_NOTE}`, true);
  }
  if (NOT_FOUND.test(code)) {
    return problem('not-found', f, 'Not found', `${m || 'It does not exist.'}`, 'It may have been deleted, or it lives in another region or account: check the region, then refresh the list.', false);
  }
  if (CONFLICT.test(code)) {
    const action = code === 'ExecutionAlreadyExists' ? 'Run again (a new execution name is chosen).' : 'Choose another name, or open the existing state machine and update it instead.';
    return problem('conflict', f, 'Already exists', m || 'A resource with this name already exists.', action, false);
  }
  if (LIMIT.test(code)) {
    return problem('limit-exceeded', f, 'AWS limit reached', m, 'Delete state machines or executions you no longer need, or request a quota increase in the Service Quotas console.', false);
  }
  if (VALIDATION.test(code) || f.status === 400) {
    return problem('validation', f, code === 'InvalidDefinition' ? 'Invalid definition' : 'Invalid request', m, code === 'InvalidDefinition' ? 'Fix the definition where AWS points (Validate shows each problem), then save again.' : 'Correct the value AWS names in the message, then try again.', false);
  }
  const serverSide = f.status !== undefined && f.status >= 500;
  return problem(
    'unknown',
    f,
    serverSide ? 'AWS had a problem' : 'Unexpected error',
    `${code}${f.status ? ` (HTTP ${f.status})` : ''}: ${m}`,
    serverSide ? `Retry in a moment; if it persists, check the AWS Health Dashboard. ${RETRY_NOTE}` : `Retry; if it happens again, report it with this message. ${RETRY_NOTE}`,
    serverSide,
  );
}

/** One line for a status bar: "Access denied: … — Ask your AWS administrator …". */
export function describeAwsError(err: unknown, context?: ErrorContext): string {
  const p = classifyAwsError(err, context);
  return `${p.title}: ${p.message} ${p.action}`;
}
