/**
 * Properties of classifyAwsError over generated errors (anything thrown, SDK-shaped errors with any name, message
 * and status): it never throws, always says what happened and what to do, is retryable only for failures that
 * can pass, and never calls a response with a status a transport failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAwsError, type AwsErrorKind } from './errors.ts';

const RUNS = Math.max(200, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 5));

const NAMES = ['AccessDeniedException', 'ThrottlingException', 'ExpiredTokenException', 'UnrecognizedClientException', 'ValidationException', 'InvalidArn', 'ProxyRefused', 'TypeError', 'SyntaxError', 'StateMachineDoesNotExist', 'Error', 'CredentialsProviderError', ''];
const MESSAGES = ['Rate exceeded', 'Failed to fetch', 'is not authorized to perform: iam:PassRole on resource: arn:aws:iam::1:role/R', 'upstream unreachable: x', 'Signature expired', 'not valid JSON', 'The security token included in the request is expired', ''];

const sdkError = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...NAMES), fc.string()),
    message: fc.oneof(fc.constantFrom(...MESSAGES), fc.string(), fc.constant(undefined)),
    $metadata: fc.option(fc.record({ httpStatusCode: fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }) }), { nil: undefined }),
    code: fc.option(fc.constantFrom('ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'X'), { nil: undefined }),
    network: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const context = fc.record({ proxyUrl: fc.option(fc.constantFrom('http://127.0.0.1:5173/aws-proxy', 'not a url'), { nil: undefined }), offline: fc.option(fc.boolean(), { nil: undefined }) });

const RETRYABLE: ReadonlySet<AwsErrorKind> = new Set(['throttling', 'network-down', 'proxy-not-running', 'unknown']);

describe('classifyAwsError (properties)', () => {
  it('never throws and always gives a title, a message and an action', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), sdkError), context, (err, ctx) => {
        const p = classifyAwsError(err, ctx);
        expect(p.title).not.toBe('');
        expect(p.message).not.toBe('');
        expect(p.action.length).toBeGreaterThan(10);
        expect(typeof p.retryable).toBe('boolean');
        expect(p.code).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it('only passing failures are retryable; a response with a status is never a transport failure', () => {
    fc.assert(
      fc.property(sdkError, context, (err, ctx) => {
        const p = classifyAwsError(err, ctx);
        const status = err.$metadata?.httpStatusCode;
        const transportKind = (p.kind === 'network-down' || p.kind === 'proxy-not-running') && err.name !== 'ProxyRefused' && err.name !== 'SyntaxError';
        return (!p.retryable || RETRYABLE.has(p.kind)) && !(status !== undefined && transportKind);
      }),
      { numRuns: RUNS },
    );
    expect(RUNS).toBeGreaterThanOrEqual(200);
  });
});
