/**
 * Properties of the proxy's policy over generated URLs, hosts and origins (the table tests in policy.test.ts pin
 * the known tricks; these look for unknown ones): resolveTarget never throws and never forwards anywhere but a
 * Step Functions host over HTTPS on 443 (or the one configured endpoint, never another loopback port);
 * origins match exactly; a non-loopback bind needs an explicit host.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBind, isLoopbackHost, isStepFunctionsHost, originIn, resolveTarget } from './policy.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const PIECES = [
  'states.us-east-1.amazonaws.com', 'sync-states.eu-west-1.amazonaws.com', 'evil.com', '169.254.169.254', '127.0.0.1',
  'localhost', '[::1]', '0x7f.1', '127.1', '@', ':', ':443', ':8080', '/', '//', '\\', '%2F', '%40', '%00', '#', '?',
  '..', '.', 'user:pass@', '.evil.com', 'STATES.US-EAST-1.AMAZONAWS.COM', '%E0%A4%A', ' ', '\t', '\n', 'https://', 'ー',
];

const url = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => `/aws-proxy/${p.join('')}`),
  fc.tuple(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })).map(([p, s]) => `/aws-proxy/${p}${s}`),
  fc.string({ maxLength: 40 }).map((s) => `/aws-proxy/${s}`),
  fc.string({ maxLength: 40 }),
);

describe('resolveTarget over generated URLs', () => {
  it('forwards only to Step Functions hosts over HTTPS on port 443, and never throws', () => {
    fc.assert(
      fc.property(url, (u) => {
        const v = resolveTarget(u, { endpoints: [] });
        if (!v.ok) return v.status >= 400 && v.status < 500;
        return isStepFunctionsHost(v.value.host) && v.value.protocol === 'https:' && v.value.port === 443 && v.value.hostHeader === v.value.host;
      }),
      { numRuns: RUNS },
    );
    expect(resolveTarget('/aws-proxy/states.us-east-1.amazonaws.com/', { endpoints: [] }).ok).toBe(true);
  });

  it('with a loopback emulator configured, forwards to a Step Functions host or that one endpoint only', () => {
    const policy = { endpoints: ['http://127.0.0.1:4566'] };
    fc.assert(
      fc.property(url, (u) => {
        const v = resolveTarget(u, policy);
        return !v.ok || isStepFunctionsHost(v.value.host) || (v.value.host === '127.0.0.1' && v.value.port === 4566 && v.value.protocol === 'http:');
      }),
      { numRuns: RUNS },
    );
    expect(resolveTarget('/aws-proxy/127.0.0.1:4566/', policy).ok).toBe(true);
  });

  it('with a configured endpoint, forwards to it or to a Step Functions host only', () => {
    const policy = { endpoints: ['https://sfn.internal.example:9443'] };
    fc.assert(
      fc.property(url, (u) => {
        const v = resolveTarget(u, policy);
        return !v.ok || isStepFunctionsHost(v.value.host) || (v.value.host === 'sfn.internal.example' && v.value.port === 9443);
      }),
      { numRuns: RUNS },
    );
    expect(resolveTarget('/aws-proxy/sfn.internal.example:9443/', policy).ok).toBe(true);
  });
});

describe('origins and binding', () => {
  it('accepts exactly the listed origins', () => {
    const allowed = originIn(['http://127.0.0.1:4173']);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.webUrl()), (origin) => allowed(origin) === (origin === 'http://127.0.0.1:4173')),
      { numRuns: RUNS },
    );
    expect(allowed(undefined)).toBe(false);
  });

  it('refuses every non-loopback bind unless it was explicit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6(), fc.domain(), fc.constantFrom('0.0.0.0', '::', '')), (host) => {
        return isLoopbackHost(host) || !checkBind(host, false).ok;
      }),
      { numRuns: RUNS },
    );
    expect(checkBind('127.0.0.1', false).ok).toBe(true);
  });
});
