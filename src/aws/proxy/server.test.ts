/** The proxy end to end on loopback: refusals, and forwarding to a local fake upstream standing in for AWS. */
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxyServer, type RunningProxy } from './server.ts';

const APP = 'http://127.0.0.1:4173';
const HOST = 'states.eu-west-1.amazonaws.com';
let upstream: http.Server;
let seen: { headers: IncomingHttpHeaders; body: Buffer; url: string }[] = [];
let proxy: RunningProxy;
let logged: string[] = [];

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: Buffer.concat(chunks), url: req.url ?? '' });
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'r-1', 'set-cookie': 'a=b' });
      res.end('{"stateMachines":[]}');
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const upPort = (upstream.address() as AddressInfo).port;
  proxy = await startProxyServer({
    port: 0,
    host: '127.0.0.1',
    hostExplicit: false,
    allowOrigins: [APP],
    log: (l) => logged.push(l),
    connectTo: () => ({ protocol: 'http:', host: '127.0.0.1', port: upPort }),
  });
});

afterAll(async () => {
  await proxy.close();
  await new Promise<void>((r) => upstream.close(() => r()));
});

async function post(path: string, init: { origin?: string; target?: string; body?: Uint8Array | string; method?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.0', authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/secret-ish' };
  if (init.origin !== undefined) headers.origin = init.origin;
  if (init.target !== undefined) headers['x-amz-target'] = init.target;
  return fetch(`${proxy.url}${path}`, { method: init.method ?? 'POST', headers, body: init.method === 'GET' ? undefined : (init.body ?? '{}') as BodyInit });
}

describe('the AWS proxy', () => {
  it('forwards a call byte for byte with the signed Host, and CORS for the allowed origin', async () => {
    seen = [];
    logged = [];
    const body = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0x22, 0x7d]); // {"a":"é€"}
    const res = await post(`/${HOST}/`, { origin: APP, target: 'AWSStepFunctions.ListStateMachines', body });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"stateMachines":[]}');
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.host).toBe(HOST);
    expect(seen[0]?.headers.authorization).toContain('AWS4-HMAC-SHA256');
    expect(seen[0]?.headers.origin).toBeUndefined();
    expect(seen[0]?.url).toBe('/');
    expect(Buffer.compare(seen[0]?.body ?? Buffer.alloc(0), Buffer.from(body))).toBe(0);
    expect(logged.join('\n')).not.toMatch(/AKIDEXAMPLE|secret|é/);
  });

  it('answers the preflight of the allowed origin', async () => {
    const res = await fetch(`${proxy.url}/${HOST}/`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-amz-target,authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-allow-headers')).toBe('x-amz-target,authorization');
  });

  it('allows a private-network preflight (an https app calling the loopback proxy) for the allowed origin only', async () => {
    const headers = { 'access-control-request-method': 'POST', 'access-control-request-private-network': 'true' };
    const ok = await fetch(`${proxy.url}/${HOST}/`, { method: 'OPTIONS', headers: { origin: APP, ...headers } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-private-network')).toBe('true');
    const plain = await fetch(`${proxy.url}/${HOST}/`, { method: 'OPTIONS', headers: { origin: APP, 'access-control-request-method': 'POST' } });
    expect(plain.headers.get('access-control-allow-private-network')).toBeNull();
    const other = await fetch(`${proxy.url}/${HOST}/`, { method: 'OPTIONS', headers: { origin: 'http://evil.com', ...headers } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-private-network')).toBeNull();
  });

  it('refuses other hosts with 403 and forwards nothing', async () => {
    seen = [];
    for (const host of ['evil.com', 'lambda.eu-west-1.amazonaws.com', '169.254.169.254', 'states.eu-west-1.amazonaws.com.evil.com']) {
      const res = await post(`/${host}/`, { origin: APP, target: 'AWSStepFunctions.ListStateMachines' });
      expect(res.status).toBe(403);
    }
    expect(seen).toEqual([]);
  });

  it('refuses other origins (and requests without one) with 403, with no CORS header', async () => {
    seen = [];
    for (const origin of ['http://evil.com', 'http://127.0.0.1:9999', undefined]) {
      const res = await post(`/${HOST}/`, { origin, target: 'AWSStepFunctions.ListStateMachines' });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(seen).toEqual([]);
  });

  it('is not an open proxy: other paths, methods, operations and CONNECT are refused', async () => {
    seen = [];
    expect((await post('/../http://evil.com/', { origin: APP })).status).toBe(404);
    expect((await fetch(proxy.url.replace('/aws-proxy', '/'))).status).toBe(404);
    expect((await post(`/${HOST}/`, { origin: APP, method: 'GET' })).status).toBe(405);
    expect((await post(`/${HOST}/`, { origin: APP, target: 'AmazonSSM.GetParameter' })).status).toBe(403);
    const connect = await new Promise<number>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: (proxy.server.address() as AddressInfo).port, method: 'CONNECT', path: 'evil.com:443' });
      req.on('connect', (res, socket) => {
        socket.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.end();
    });
    expect(connect).toBe(405);
    expect(seen).toEqual([]);
  });

  it('refuses to listen on a non-loopback address unless --host was explicit', async () => {
    await expect(startProxyServer({ port: 0, host: '0.0.0.0', hostExplicit: false, allowOrigins: [APP] })).rejects.toThrow(/refusing to listen/);
  });
  it('answers 413 to a 5 MiB body with the default 4 MiB limit, and forwards nothing', async () => {
    seen = [];
    const res = await post(`/${HOST}/`, { origin: APP, target: 'AWSStepFunctions.ListStateMachines', body: new Uint8Array(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(seen).toEqual([]);
  });
});
