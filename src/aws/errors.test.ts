/** classifyAwsError: one test per failure class, with the SDK's own exception classes where it has them. */
import { describe, expect, it } from 'vitest';
import { CredentialsProviderError } from '@smithy/core/config'; // what the SDK's credential chain throws
import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  InvalidArn,
  InvalidDefinition,
  InvalidExecutionInput,
  KmsAccessDeniedException,
  KmsThrottlingException,
  SFNServiceException,
  StateMachineAlreadyExists,
  StateMachineDoesNotExist,
  StateMachineLimitExceeded,
  ValidationException,
} from '@aws-sdk/client-sfn';
import { classifyAwsError, describeAwsError, type AwsErrorKind } from './errors.ts';
import { GatewayError } from './gateway.ts';

const $metadata = (httpStatusCode = 400) => ({ httpStatusCode, requestId: 'req-1', attempts: 1 });
/** An error AWS sends that the SFN model does not declare (AccessDenied, throttling, tokens): the SDK's base class. */
const unmodeled = (name: string, message: string, status = 400) => new SFNServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: $metadata(status), message });
const PROXY = { proxyUrl: 'http://127.0.0.1:5173/aws-proxy' };
const nodeSocketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5173`), { code });

describe('classifyAwsError', () => {
  it('no credentials: the credential chain found none', () => {
    const p = classifyAwsError(new CredentialsProviderError('Could not load credentials from any providers', { tryNextLink: false }));
    expect(p).toMatchObject({ kind: 'no-credentials', retryable: false, code: 'CredentialsProviderError' });
    expect(p.action).toMatch(/access key ID and secret access key/);
    expect(classifyAwsError(unmodeled('MissingAuthenticationTokenException', 'Missing Authentication Token', 403)).kind).toBe('no-credentials');
  });

  it('expired token: says to sign in again and paste new credentials', () => {
    const p = classifyAwsError(unmodeled('ExpiredTokenException', 'The security token included in the request is expired'));
    expect(p).toMatchObject({ kind: 'expired-token', title: 'Credentials expired', retryable: false });
    expect(p.action).toMatch(/aws sso login/);
    expect(classifyAwsError(unmodeled('UnrecognizedClientException', 'The security token included in the request is expired')).kind).toBe('expired-token');
  });

  it('credentials rejected: unrecognized client, bad signature, clock skew', () => {
    const bad = classifyAwsError(unmodeled('UnrecognizedClientException', 'The security token included in the request is invalid.'));
    expect(bad).toMatchObject({ kind: 'credentials-rejected', title: 'Credentials rejected' });
    expect(bad.action).toMatch(/session token/);
    expect(classifyAwsError(unmodeled('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.')).kind).toBe('credentials-rejected');
    const clock = classifyAwsError(unmodeled('InvalidSignatureException', 'Signature expired: 20260101T000000Z is now earlier than 20260101T000500Z'));
    expect(clock).toMatchObject({ kind: 'credentials-rejected' });
    expect(clock.action).toMatch(/clock/);
  });

  it('access denied: names the denied action and resource', () => {
    const p = classifyAwsError(
      unmodeled('AccessDeniedException', 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: states:StartExecution on resource: arn:aws:states:eu-west-1:123456789012:stateMachine:Orders because no identity-based policy allows the states:StartExecution action'),
    );
    expect(p).toMatchObject({ kind: 'access-denied', title: 'Access denied', retryable: false, code: 'AccessDeniedException', status: 400 });
    expect(p.message).toBe('Your credentials are not allowed to call states:StartExecution on arn:aws:states:eu-west-1:123456789012:stateMachine:Orders.');
    expect(p.action).toMatch(/allow states:StartExecution/);
  });

  it('access denied without an action named, and KMS denials', () => {
    const p = classifyAwsError(unmodeled('AccessDeniedException', 'Access denied', 403));
    expect(p).toMatchObject({ kind: 'access-denied' });
    expect(p.message).toMatch(/Access denied/);
    expect(classifyAwsError(new KmsAccessDeniedException({ $metadata: $metadata(), message: 'KMS key not accessible' })).kind).toBe('access-denied');
  });

  it('missing role: the role cannot be assumed by Step Functions', () => {
    const p = classifyAwsError(unmodeled('AccessDeniedException', 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.'));
    expect(p).toMatchObject({ kind: 'missing-role', title: 'Execution role not usable', retryable: false });
    expect(p.action).toMatch(/trust policy lets states\.amazonaws\.com assume it/);
  });

  it('missing role: iam:PassRole denied names the role', () => {
    const p = classifyAwsError(unmodeled('AccessDeniedException', 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/OrdersRole'));
    expect(p).toMatchObject({ kind: 'missing-role', title: 'Not allowed to pass the role' });
    expect(p.message).toContain('arn:aws:iam::123456789012:role/OrdersRole');
    expect(p.action).toMatch(/iam:PassRole/);
  });

  it('missing role: an invalid role ARN; an invalid machine ARN is a validation error', () => {
    expect(classifyAwsError(new InvalidArn({ $metadata: $metadata(), message: "Invalid Arn: 'Resource type not valid in this context: role'" })).kind).toBe('missing-role');
    expect(classifyAwsError(new InvalidArn({ $metadata: $metadata(), message: "Invalid Arn: 'Invalid ARN prefix: nope'" })).kind).toBe('validation');
  });

  it.each([
    ['ThrottlingException', 'Rate exceeded', 400],
    ['TooManyRequestsException', 'Too many requests', 400],
    ['SomethingElse', 'slow down', 429],
  ])('throttling: %s (%s, HTTP %d) is retryable', (name, message, status) => {
    expect(classifyAwsError(unmodeled(name, message, status))).toMatchObject({ kind: 'throttling', retryable: true, title: 'Slowed down by AWS' });
  });

  it('throttling: KMS throttling', () => {
    expect(classifyAwsError(new KmsThrottlingException({ $metadata: $metadata(), message: 'KMS rate exceeded' })).kind).toBe('throttling');
  });

  it('network down: a failed fetch without a proxy, offline, a DNS failure, the proxy unable to reach AWS', () => {
    expect(classifyAwsError(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network-down', retryable: true });
    expect(classifyAwsError(new TypeError('Failed to fetch'), { ...PROXY, offline: true })).toMatchObject({ kind: 'network-down', title: 'You are offline' });
    expect(classifyAwsError(nodeSocketError('ENOTFOUND'), PROXY)).toMatchObject({ kind: 'network-down', code: 'ENOTFOUND' });
    const upstream = classifyAwsError(unmodeled('ProxyRefused', 'upstream unreachable: getaddrinfo ENOTFOUND states.eu-west-1.amazonaws.com', 502), PROXY);
    expect(upstream).toMatchObject({ kind: 'network-down', title: 'Cannot reach AWS', retryable: true });
    const emulator = classifyAwsError(unmodeled('ProxyRefused', 'upstream unreachable: connect ECONNREFUSED 127.0.0.1:8083', 502), { ...PROXY, endpoint: 'http://127.0.0.1:8083' });
    expect(emulator.message).toContain('the endpoint http://127.0.0.1:8083');
    expect(emulator.action).toMatch(/emulator/);
  });

  it('proxy not running: the browser cannot reach the proxy, or something else answers there', () => {
    const p = classifyAwsError(new TypeError('Failed to fetch'), PROXY);
    expect(p).toMatchObject({ kind: 'proxy-not-running', title: 'Cannot reach the AWS proxy', retryable: true });
    expect(p.message).toContain('http://127.0.0.1:5173/aws-proxy');
    expect(p.action).toMatch(/npm start.*asl-studio proxy/);
    expect(classifyAwsError(nodeSocketError('ECONNREFUSED'), PROXY)).toMatchObject({ kind: 'proxy-not-running', code: 'ECONNREFUSED' });
    const html = Object.assign(new SyntaxError('Unexpected token \'<\', "<html>" is not valid JSON\n  Deserialization error: …'), { $response: { statusCode: 404 } });
    expect(classifyAwsError(html, PROXY)).toMatchObject({ kind: 'proxy-not-running', status: 404 });
  });

  it('proxy refused: a disallowed origin or target says how to start the proxy', () => {
    const origin = classifyAwsError(unmodeled('ProxyRefused', 'this origin may not use the AWS proxy', 403), PROXY);
    expect(origin).toMatchObject({ kind: 'proxy-refused', retryable: false });
    expect(origin.action).toMatch(/--allow-origin/);
    expect(classifyAwsError(unmodeled('ProxyRefused', 'forwarding to example.com is not allowed: only Step Functions hosts or the configured endpoint', 403)).action).toMatch(/--endpoint/);
  });

  it('validation: the definition or a field AWS names, with its message', () => {
    const def = classifyAwsError(new InvalidDefinition({ $metadata: $metadata(), message: "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at /States/A/Next'" }));
    expect(def).toMatchObject({ kind: 'validation', title: 'Invalid definition', retryable: false });
    expect(def.message).toContain('MISSING_TRANSITION_TARGET');
    expect(classifyAwsError(new ValidationException({ $metadata: $metadata(), message: "1 validation error detected: Value 'x' at 'name' failed to satisfy constraint" })).kind).toBe('validation');
    expect(classifyAwsError(new InvalidExecutionInput({ $metadata: $metadata(), message: 'Invalid execution input' })).title).toBe('Invalid request');
  });

  it('not found: machines and executions', () => {
    const p = classifyAwsError(new StateMachineDoesNotExist({ $metadata: $metadata(), message: 'State Machine Does Not Exist: arn:aws:states:eu-west-1:1:stateMachine:Gone' }));
    expect(p).toMatchObject({ kind: 'not-found', retryable: false });
    expect(p.message).toContain('stateMachine:Gone');
    expect(p.action).toMatch(/region/);
    expect(classifyAwsError(new ExecutionDoesNotExist({ $metadata: $metadata(), message: 'Execution Does Not Exist' })).kind).toBe('not-found');
  });

  it('conflict: a name already taken', () => {
    const p = classifyAwsError(new StateMachineAlreadyExists({ $metadata: $metadata(), message: "State Machine Already Exists: 'arn:aws:states:eu-west-1:1:stateMachine:Orders'" }));
    expect(p).toMatchObject({ kind: 'conflict', title: 'Already exists' });
    expect(p.action).toMatch(/another name/);
    expect(classifyAwsError(new ExecutionAlreadyExists({ $metadata: $metadata(), message: 'Execution Already Exists' })).action).toMatch(/Run again/);
  });

  it('limit exceeded: quotas', () => {
    expect(classifyAwsError(new StateMachineLimitExceeded({ $metadata: $metadata(), message: 'too many machines' }))).toMatchObject({ kind: 'limit-exceeded', retryable: false });
  });

  it('unknown: AWS server errors are retryable; anything else is reported as it is', () => {
    expect(classifyAwsError(unmodeled('InternalFailure', 'oops', 500))).toMatchObject({ kind: 'unknown', retryable: true, title: 'AWS had a problem' });
    const odd = classifyAwsError('a string, not an Error');
    expect(odd).toMatchObject({ kind: 'unknown', retryable: false });
    expect(odd.message).toContain('a string, not an Error');
    expect(classifyAwsError(null).kind).toBe('unknown');
  });

  it('GatewayErrors carry their classification; plain ones are classified from their code', () => {
    const denied = new GatewayError('AccessDeniedException', 'User: u is not authorized to perform: states:DescribeExecution', false);
    expect(denied.problem).toMatchObject({ kind: 'access-denied', retryable: false });
    expect(classifyAwsError(denied)).toBe(denied.problem);
    expect(new GatewayError('TypeError', 'Failed to fetch', true).problem).toMatchObject({ kind: 'network-down', retryable: true });
    expect(new GatewayError('ThrottlingException', 'Rate exceeded', false).problem.kind).toBe('throttling');
  });

  it('every class has a title, a message and an action; describeAwsError joins them', () => {
    const samples: unknown[] = [
      new CredentialsProviderError('none', { tryNextLink: false }),
      unmodeled('ExpiredTokenException', 'expired'),
      unmodeled('AccessDeniedException', 'denied'),
      unmodeled('ThrottlingException', 'Rate exceeded'),
      new TypeError('Failed to fetch'),
      new StateMachineDoesNotExist({ $metadata: $metadata(), message: 'gone' }),
      'odd',
    ];
    const kinds = new Set<AwsErrorKind>();
    for (const s of samples) {
      const p = classifyAwsError(s);
      kinds.add(p.kind);
      expect([p.title.length > 0, p.message.length > 0, p.action.length > 10]).toEqual([true, true, true]);
      expect(describeAwsError(s)).toBe(`${p.title}: ${p.message} ${p.action}`);
    }
    expect(kinds.size).toBe(samples.length);
  });
});
