/**
 * The app's proxy check on real loopback servers: only an answer carrying the asl-studio identity lets a
 * connection go on; a static host (HTML for every path), a 404, a JSON lookalike, a redirect and a closed port all
 * stop it with "No asl-studio proxy at <url>", and the health call itself carries no credentials.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError } from './gateway.ts';
import { identifyProxy } from './proxyCheck.ts';
import { startProxyServer, type RunningProxy } from './proxy/server.ts';

const PAGE = 'http://127.0.0.1:4173';
let fakeHost: http.Server;
let base: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let proxy: RunningProxy;

beforeAll(async () => {
  fakeHost = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const url = req.url ?? '';
    if (url.startsWith('/html/')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<!doctype html><title>asl-studio</title>');
    }
    if (url.startsWith('/lookalike/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"service":"something-else","version":"1.0.0"}');
    }
    if (url.startsWith('/redirect/')) {
      res.writeHead(302, { location: `${base}/html/health` });
      return void res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => fakeHost.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(fakeHost.address() as AddressInfo).port}`;
  proxy = await startProxyServer({ port: 0, host: '127.0.0.1', hostExplicit: false, allowOrigins: [PAGE] });
});

afterAll(async () => {
  await proxy.close();
  await new Promise<void>((r) => fakeHost.close(() => r()));
});

const refusal = (p: Promise<unknown>) => p.then(() => expect.fail('expected no proxy'), (e: unknown) => e as GatewayError);

describe('identifyProxy', () => {
  it('accepts the asl-studio proxy, from the allowed origin and without one', async () => {
    const withOrigin = (u: string, i: RequestInit) => fetch(u, { ...i, headers: { origin: PAGE } });
    await expect(identifyProxy(proxy.url, withOrigin)).resolves.toMatchObject({ service: 'asl-studio-proxy' });
    await expect(identifyProxy(`${proxy.url}/`)).resolves.toMatchObject({ service: 'asl-studio-proxy' });
  });

  it.each([
    ['a static host answering HTML', '/html/aws-proxy'],
    ['a 404', '/missing/aws-proxy'],
    ['a JSON lookalike', '/lookalike/aws-proxy'],
    ['a redirect', '/redirect/aws-proxy'],
  ])('refuses %s, with credentials never sent', async (_name, path) => {
    seen.length = 0;
    const e = await refusal(identifyProxy(`${base}${path}`, undefined, PAGE));
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.problem.kind).toBe('proxy-not-running');
    expect(e.problem.message).toContain(`No asl-studio proxy at ${base}${path} — start it with \`npx asl-studio proxy --allow-origin ${PAGE}\``);
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) {
      expect(s.url).toBe(`${path}/health`);
      expect(s.headers.authorization).toBeUndefined();
      expect(s.headers['x-amz-security-token']).toBeUndefined();
      expect(s.headers.cookie).toBeUndefined();
    }
  });

  it('refuses a closed port and a URL that is not http(s)', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = http.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    expect((await refusal(identifyProxy(`http://127.0.0.1:${closed}/aws-proxy`))).problem.message).toMatch(/Nothing answered there/);
    expect((await refusal(identifyProxy('file:///etc/aws-proxy'))).problem.message).toMatch(/not an http\(s\) URL/);
  });
});
