import { describe, expect, it } from 'vitest';
import { checkBind, checkCall, checkEndpoints, isStepFunctionsHost, isThisMachine, originIn, resolveTarget, sameLoopbackOrigin } from './policy.ts';

describe('Step Functions hosts', () => {
  it.each([
    ['states.us-east-1.amazonaws.com', true],
    ['sync-states.eu-west-3.amazonaws.com', true],
    ['states-fips.us-gov-west-1.amazonaws.com', true],
    ['states.cn-north-1.amazonaws.com.cn', true],
    ['sync-states.cn-northwest-1.amazonaws.com.cn', true],
    ['states.us-east-1.api.aws', true],
    ['states-fips.us-east-1.api.aws', true],
    ['sync-states-fips.us-west-2.amazonaws.com', true],
    ['states.us-gov-east-1.amazonaws.com', true],
    ['states.cn-north-1.api.amazonwebservices.com.cn', true],
    ['states.eusc-de-east-1.amazonaws.eu', true],
    ['states.cn-north-1.amazonaws.com', false],
    ['states.us-east-1.amazonaws.com.cn', false],
    ['states.us-east-1.amazonaws.eu', false],
    ['states.localhost.amazonaws.com', false],
    ['states.us-east-1.localhost', false],
    ['lambda.us-east-1.amazonaws.com', false],
    ['states.us-east-1.amazonaws.com.evil.com', false],
    ['evil.com', false],
    ['states.amazonaws.com', false],
    ['xstates.us-east-1.amazonaws.com', false],
    ['169.254.169.254', false],
  ])('%s → %s', (host, expected) => {
    expect(isStepFunctionsHost(host)).toBe(expected);
  });
});

describe('resolveTarget', () => {
  const aws = { endpoints: [] };
  it('forwards Step Functions hosts over HTTPS with the signed host', () => {
    expect(resolveTarget('/aws-proxy/states.us-east-1.amazonaws.com/', aws)).toEqual({
      ok: true,
      value: { protocol: 'https:', host: 'states.us-east-1.amazonaws.com', port: 443, hostHeader: 'states.us-east-1.amazonaws.com', path: '/' },
    });
  });
  it.each([
    ['/aws-proxy/evil.com/', 403],
    ['/aws-proxy/169.254.169.254/latest/meta-data', 403],
    ['/aws-proxy/states.us-east-1.amazonaws.com:8080/', 403],
    ['/aws-proxy/user@states.us-east-1.amazonaws.com/', 400],
    ['/aws-proxy/states.us-east-1.amazonaws.com//evil.com/', 400],
    ['/aws-proxy/127.0.0.1:4566/', 403],
    ['/aws-proxy/localhost:8080/admin', 403],
    ['/aws-proxy/[::1]:6379/', 403],
    ['/aws-proxy/127.0.0.1/', 403],
    ['/aws-proxy/0.0.0.0:4566/', 403],
    ['/aws-proxy/%E0%A4%A/', 400],
    ['/aws-proxy/evil.com%2F@states.us-east-1.amazonaws.com/', 400],
    ['/other/states.us-east-1.amazonaws.com/', 404],
  ])('refuses %s with %d', (url, status) => {
    expect(resolveTarget(url, aws)).toMatchObject({ ok: false, status });
  });
  it('forwards to the one configured endpoint with its scheme', () => {
    const policy = { endpoints: ['https://sfn.internal.example:9443'] };
    expect(resolveTarget('/aws-proxy/sfn.internal.example:9443/', policy)).toMatchObject({ ok: true, value: { protocol: 'https:', port: 9443 } });
    expect(resolveTarget('/aws-proxy/sfn.internal.example:9444/', policy)).toMatchObject({ ok: false, status: 403 });
  });
  it('forwards to a loopback emulator only when it is the configured endpoint, never to another loopback port', () => {
    const policy = { endpoints: ['http://127.0.0.1:4566'] };
    expect(resolveTarget('/aws-proxy/127.0.0.1:4566/', policy)).toMatchObject({
      ok: true,
      value: { protocol: 'http:', host: '127.0.0.1', port: 4566, hostHeader: '127.0.0.1:4566' },
    });
    for (const other of ['127.0.0.1:4567', 'localhost:4566', '127.0.0.2:4566', '[::1]:4566']) {
      expect(resolveTarget(`/aws-proxy/${other}/`, policy)).toMatchObject({ ok: false, status: 403 });
    }
  });
});

describe('calls, origins and binding', () => {
  it('forwards only POSTed Step Functions operations', () => {
    expect(checkCall('POST', 'AWSStepFunctions.ListStateMachines')).toEqual({ ok: true, value: 'ListStateMachines' });
    expect(checkCall('GET', 'AWSStepFunctions.ListStateMachines')).toMatchObject({ ok: false, status: 405 });
    expect(checkCall('POST', 'AmazonS3.GetObject')).toMatchObject({ ok: false, status: 403 });
    expect(checkCall('POST', undefined)).toMatchObject({ ok: false, status: 403 });
  });
  it('accepts only the page’s own loopback origin by default', () => {
    expect(sameLoopbackOrigin('http://127.0.0.1:5173', '127.0.0.1:5173')).toBe(true);
    expect(sameLoopbackOrigin('http://localhost:5173', '127.0.0.1:5173')).toBe(false);
    expect(sameLoopbackOrigin('http://evil.com:5173', 'evil.com:5173')).toBe(false);
    expect(sameLoopbackOrigin(undefined, '127.0.0.1:5173')).toBe(false);
  });
  it('compares listed origins exactly', () => {
    const allowed = originIn(['https://studio.example.com/']);
    expect([allowed('https://studio.example.com'), allowed('https://studio.example.com.evil.com'), allowed(undefined)]).toEqual([true, false, false]);
  });
  it('refuses a non-loopback bind unless explicit, and warns when explicit', () => {
    expect(checkBind('127.0.0.1', false)).toEqual({ ok: true, value: {} });
    expect(checkBind('0.0.0.0', false)).toMatchObject({ ok: false });
    expect(checkBind('0.0.0.0', true)).toMatchObject({ ok: true, value: { warning: expect.stringContaining('WARNING') } });
  });
  it('refuses an endpoint on this machine when listening on another address', () => {
    expect(checkEndpoints('127.0.0.1', ['http://localhost:4566'])).toEqual({ ok: true, value: true });
    expect(checkEndpoints('0.0.0.0', ['https://sfn.internal.example'])).toEqual({ ok: true, value: true });
    expect(checkEndpoints('0.0.0.0', [])).toEqual({ ok: true, value: true });
    for (const endpoint of ['http://localhost:4566', 'http://127.0.0.1:4566', 'http://127.1:4566', 'http://[::1]:4566', 'http://0.0.0.0:4566', 'http://2130706433:80', 'http://[::ffff:127.0.0.1]:1', 'http://app.localhost:1']) {
      for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
        expect(checkEndpoints(host, [endpoint])).toMatchObject({ ok: false, reason: expect.stringContaining('refusing to relay') });
      }
    }
  });
  it('knows the addresses that reach this machine', () => {
    expect(['localhost', '127.0.0.1', '127.9.9.9', '[::1]', '::', '0.0.0.0', '[::ffff:7f00:1]'].map(isThisMachine)).toEqual([true, true, true, true, true, true, true]);
    expect(['10.0.0.1', 'example.com', '169.254.169.254', '::2'].map(isThisMachine)).toEqual([false, false, false, false]);
  });
});
