/**
 * The standalone proxy against hostile use, on real loopback listeners: a page of an allowed origin cannot reach
 * any other loopback service through it (a canary server counts what reaches it), gets no Private Network Access
 * grant for such targets, cannot hold it with slow or huge bodies (408 / 413, answered, not reset), and a slow
 * upstream is cut off with 504. The proxy identifies itself at `/aws-proxy/health`. Small limits are injected.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readIdentity } from './identity.ts';
import { startProxyServer, type RunningProxy } from './server.ts';

const PAGE = 'https://someone.github.io';
const HOST = 'states.eu-west-1.amazonaws.com';
const SFN = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.ListStateMachines', origin: PAGE };

let canary: http.Server;
let canaryHits = 0;
let canaryPort: number;
let upstream: http.Server;
let upstreamDelayMs = 0;
let endpoint: http.Server;
let endpointPort: number;
let proxy: RunningProxy;
let proxyPort: number;

const listen = async (s: http.Server) => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
};
const answer = (res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
  res.end('{"stateMachines":[]}');
};

beforeAll(async () => {
  canary = http.createServer((req, res) => {
    canaryHits++;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('secret from another local service');
  });
  canaryPort = await listen(canary);
  upstream = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => answer(res), upstreamDelayMs));
  });
  const upPort = await listen(upstream);
  endpoint = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(res));
  });
  endpointPort = await listen(endpoint);
  proxy = await startProxyServer({
    port: 0,
    host: '127.0.0.1',
    hostExplicit: false,
    allowOrigins: [PAGE],
    endpoint: `http://127.0.0.1:${endpointPort}`,
    connectTo: (t) => (t.host === HOST ? { protocol: 'http:', host: '127.0.0.1', port: upPort } : { protocol: t.protocol, host: t.host, port: t.port }),
    limits: { maxBytes: 1024, discardBytes: 64 * 1024, timeoutMs: 300, upstreamTimeoutMs: 300 },
  });
  proxyPort = (proxy.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await proxy.close();
  for (const s of [canary, upstream, endpoint]) await new Promise<void>((r) => s.close(() => r()));
});

beforeEach(() => {
  canaryHits = 0;
  upstreamDelayMs = 0;
});

describe('the proxy relays to Step Functions hosts and the configured endpoint only', () => {
  it('refuses every other loopback port and path: the canary receives nothing', async () => {
    for (const target of [`127.0.0.1:${canaryPort}`, `localhost:${canaryPort}`, `[::1]:${canaryPort}`, `127.1:${canaryPort}`, `0.0.0.0:${canaryPort}`, `127.0.0.1:${canaryPort}/admin?x=1`]) {
      const res = await fetch(`${proxy.url}/${target}`, { method: 'POST', headers: SFN, body: '{}' });
      expect({ target, refused: res.status >= 400 }).toEqual({ target, refused: true });
      expect(await res.text()).not.toContain('secret');
    }
    expect(canaryHits).toBe(0);
  });

  it('grants Private Network Access only for targets it forwards to, and for its health path', async () => {
    const ask = (path: string) =>
      fetch(`${proxy.url}${path}`, { method: 'OPTIONS', headers: { origin: PAGE, 'access-control-request-method': 'POST', 'access-control-request-private-network': 'true' } });
    for (const path of [`/127.0.0.1:${canaryPort}/`, `/localhost:${canaryPort}/`, '/evil.com/']) {
      const res = await ask(path);
      expect({ path, status: res.status, pna: res.headers.get('access-control-allow-private-network') }).toEqual({ path, status: 403, pna: null });
    }
    for (const path of [`/${HOST}/`, `/127.0.0.1:${endpointPort}/`, '/health']) {
      const res = await ask(path);
      expect({ path, status: res.status, pna: res.headers.get('access-control-allow-private-network') }).toEqual({ path, status: 204, pna: 'true' });
    }
    expect(canaryHits).toBe(0);
  });

  it('forwards to the configured endpoint', async () => {
    const res = await fetch(`${proxy.url}/127.0.0.1:${endpointPort}/`, { method: 'POST', headers: SFN, body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE);
  });
});

describe('health', () => {
  it('identifies itself to an allowed origin (with CORS) and to a request without Origin, not to other origins', async () => {
    const allowed = await fetch(`${proxy.url}/health`, { headers: { origin: PAGE } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(readIdentity(await allowed.text())).toEqual({ service: 'asl-studio-proxy', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    const plain = await fetch(`${proxy.url}/health`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(readIdentity(await plain.text())).toBeDefined();
    const other = await fetch(`${proxy.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // A DNS-rebinding page sends its own name as Host and no Origin on a same-origin GET.
    const rebound = await rawRequest(`GET /aws-proxy/health HTTP/1.1\r\nHost: attacker.example:${proxyPort}\r\nConnection: close\r\n\r\n`);
    expect(rebound).toMatch(/^HTTP\/1\.1 403/);
  });
});

/** Send raw bytes to the proxy and collect what it answers until a whole answer came, it closes, or `waitMs`. */
function rawRequest(head: string, body: Buffer[] = [], waitMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(proxyPort, '127.0.0.1');
    let got = '';
    const done = () => {
      socket.destroy();
      resolve(got);
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (c) => {
      got += c.toString();
      // A whole answer (headers and its JSON body) is enough: a kept-alive connection would not close.
      if (/\r\n\r\n\{.*\}$/s.test(got)) done();
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(got);
    });
    socket.on('error', () => undefined);
    socket.write(head);
    for (const b of body) socket.write(b);
  });
}

describe('size and time limits', () => {
  it('answers 413 to a body over the limit (the client reads the answer: no reset)', async () => {
    const res = await fetch(`${proxy.url}/${HOST}/`, { method: 'POST', headers: SFN, body: 'x'.repeat(8 * 1024) });
    expect(res.status).toBe(413);
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(await res.text()).toContain('too large');
    // The same over a raw socket, declared length and all: a status line, not a reset.
    const raw = await rawRequest(
      `POST /aws-proxy/${HOST}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${PAGE}\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\nContent-Length: 5000\r\n\r\n`,
      [Buffer.alloc(5000, 0x78)],
    );
    expect(raw).toMatch(/^HTTP\/1\.1 413/);
  });

  it('answers 408 and closes when a body does not arrive in time', async () => {
    const started = Date.now();
    const raw = await rawRequest(
      `POST /aws-proxy/${HOST}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${PAGE}\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\nContent-Length: 100\r\n\r\n`,
      [Buffer.from('{"a":')],
    );
    expect(raw).toMatch(/^HTTP\/1\.1 408/);
    expect(raw.toLowerCase()).toContain('connection: close');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    upstreamDelayMs = 1500;
    const res = await fetch(`${proxy.url}/${HOST}/`, { method: 'POST', headers: SFN, body: '{}' });
    expect(res.status).toBe(504);
    expect(await res.text()).toContain('timed out');
  });
});

describe('binding', () => {
  it('refuses a loopback endpoint while listening on another address, and says why', async () => {
    for (const endpoint of ['http://127.0.0.1:4566', 'http://localhost:4566', 'http://0.0.0.0:4566']) {
      await expect(startProxyServer({ port: 0, host: '0.0.0.0', hostExplicit: true, allowOrigins: [PAGE], endpoint })).rejects.toThrow(/refusing to relay/);
    }
  });
});
