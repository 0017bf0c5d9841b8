/**
 * The AWS pass-through proxy as a Node request handler, shared by the Vite dev/preview plugin and the standalone
 * `asl-studio proxy` server. The SDK in the browser signs each request for the real Step Functions host and sends
 * it to `/aws-proxy/<host>/…`; this handler forwards the body byte for byte with the signed `Host`, so the
 * signature stays valid, and answers CORS for the allowed origin only. `GET /aws-proxy/health` says what it is
 * (the app asks before it sends anything signed). Bodies and upstream answers have size and time limits. It logs
 * the operation, host and status: never headers (credentials) or bodies.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { readBody, type BodyLimits } from './body.ts';
import { HEALTH_PATH, proxyIdentity } from './identity.ts';
import { checkCall, isLoopbackHost, PROXY_PREFIX, resolveTarget, splitAuthority, type Target, type TargetPolicy } from './policy.ts';

export interface ProxyOptions extends TargetPolicy, Partial<BodyLimits> {
  /** Whether a browser origin may use the proxy (the Host header helps the same-origin rule). */
  isAllowedOrigin: (origin: string | undefined, hostHeader: string | undefined) => boolean;
  /** Where to connect for a target (tests point Step Functions hosts at a local fake upstream). */
  connectTo?: ((target: Target) => { protocol: 'http:' | 'https:'; host: string; port: number }) | undefined;
  log?: ((line: string) => void) | undefined;
  /** The version the health answer names. */
  version?: string | undefined;
  /** An upstream that has not answered in full within this many ms is cut off (504 if nothing was sent yet). */
  upstreamTimeoutMs?: number | undefined;
  /** The same for StartSyncExecution, which waits for an Express run (up to 5 minutes). */
  syncUpstreamTimeoutMs?: number | undefined;
}

export const DEFAULT_LIMITS: BodyLimits & { upstreamTimeoutMs: number; syncUpstreamTimeoutMs: number } = {
  maxBytes: 4 * 1024 * 1024,
  discardBytes: 16 * 1024 * 1024,
  timeoutMs: 20_000,
  upstreamTimeoutMs: 70_000,
  syncUpstreamTimeoutMs: 330_000,
};

/** Request headers never forwarded: hop-by-hop, the browser's own, cookies (the host is set from the path). */
const DROP_REQUEST = /^(?:host|origin|referer|cookie|connection|keep-alive|proxy-.*|te|trailer|transfer-encoding|upgrade|sec-.*|forwarded|x-forwarded-.*|access-control-.*)$/;
const DROP_RESPONSE = /^(?:connection|keep-alive|proxy-.*|te|trailer|transfer-encoding|upgrade|set-cookie|access-control-.*)$/;
const EXPOSE = 'x-amzn-requestid, x-amzn-errortype, x-amzn-query-error, date';

function send(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ __type: 'ProxyRefused', message });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': EXPOSE };
}

/**
 * The answer to a preflight for a path this proxy serves. Chrome's Private Network Access: an app served over
 * https may call this loopback proxy only if the preflight says so; it is said only here, for an allowed origin
 * and a target the proxy forwards to (or its own health path), never for anything else.
 */
function preflight(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>, methods: string): void {
  res.writeHead(204, {
    ...cors,
    'access-control-allow-methods': methods,
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
    'access-control-max-age': '600',
    ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
  });
  res.end();
}

function forwardHeaders(headers: IncomingHttpHeaders, hostHeader: string, length: number): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !DROP_REQUEST.test(k)) out[k] = v;
  out.host = hostHeader;
  out['content-length'] = String(length);
  return out;
}

const isHealth = (url: string) => url.split('?')[0] === `${PROXY_PREFIX}${HEALTH_PATH}`;

/**
 * A Host a DNS-rebinding page cannot send: loopback or an IP literal (a rebound name arrives as itself). Requests
 * without an Origin are answered only for such hosts, so a page that re-binds its name cannot read the identity.
 */
function unnamedHost(hostHeader: string | undefined): boolean {
  const parts = hostHeader === undefined ? undefined : splitAuthority(hostHeader);
  return parts !== undefined && (isLoopbackHost(parts.host) || /^\[|^[\d.]+$/.test(parts.host));
}

function health(res: ServerResponse, identity: string, cors: Record<string, string>): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(identity), 'cache-control': 'no-store', ...cors });
  res.end(identity);
}

export type ProxyHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Handle one request under `/aws-proxy/`. Every refusal answers with a status and a JSON message. */
export function createProxyHandler(options: ProxyOptions): ProxyHandler {
  const log = options.log ?? (() => {});
  const limits: BodyLimits = {
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    discardBytes: options.discardBytes ?? DEFAULT_LIMITS.discardBytes,
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
  };
  const identity = JSON.stringify(proxyIdentity(options.version ?? 'unknown'));
  return async (req, res) => {
    const url = req.url ?? '';
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (!url.startsWith(`${PROXY_PREFIX}/`)) return send(res, 404, 'not a proxy path');
    if (origin === undefined && isHealth(url) && req.method === 'GET' && unnamedHost(req.headers.host)) {
      // A same-origin GET carries no Origin (and neither does curl): the identity, with no CORS header.
      return health(res, identity, {});
    }
    if (!options.isAllowedOrigin(origin, req.headers.host)) {
      log(`refused ${req.method} ${url.split('/')[2] ?? ''}: origin not allowed`);
      return send(res, 403, 'this origin may not use the AWS proxy');
    }
    const cors = corsHeaders(origin as string);
    if (isHealth(url)) {
      if (req.method === 'OPTIONS') return preflight(req, res, cors, 'GET');
      if (req.method !== 'GET') return send(res, 405, 'only GET is answered here', cors);
      return health(res, identity, cors);
    }
    const target = resolveTarget(url, options);
    if (!target.ok) {
      log(`refused ${req.method} ${url.split('/')[2] ?? ''}: ${target.reason}`);
      return send(res, target.status, target.reason, cors);
    }
    if (req.method === 'OPTIONS') return preflight(req, res, cors, 'POST');
    const call = checkCall(req.method, req.headers['x-amz-target'] as string | undefined);
    if (!call.ok) return send(res, call.status, call.reason, cors);
    const read = await readBody(req, limits);
    if (read.kind !== 'ok') {
      log(`refused ${call.value} → ${target.value.hostHeader}: body ${read.kind}`);
      if (read.kind === 'aborted') return void res.destroy();
      const close: Record<string, string> = read.kind === 'too-large' && read.drained ? {} : { connection: 'close' };
      if (read.kind === 'too-large') return send(res, 413, `request body too large (over ${limits.maxBytes} bytes)`, { ...cors, ...close });
      return send(res, 408, `request body not received within ${limits.timeoutMs} ms`, { ...cors, ...close });
    }
    const timeoutMs = call.value === 'StartSyncExecution'
      ? (options.syncUpstreamTimeoutMs ?? DEFAULT_LIMITS.syncUpstreamTimeoutMs)
      : (options.upstreamTimeoutMs ?? DEFAULT_LIMITS.upstreamTimeoutMs);
    await forward(req, res, { target: target.value, operation: call.value, body: read.body, cors, timeoutMs, options, log });
  };
}

interface Forward {
  target: Target;
  operation: string;
  body: Buffer;
  cors: Record<string, string>;
  timeoutMs: number;
  options: ProxyOptions;
  log: (line: string) => void;
}

/** Send the call upstream and stream the answer back, within the time limit. */
function forward(req: IncomingMessage, res: ServerResponse, f: Forward): Promise<void> {
  const t = f.target;
  const to = f.options.connectTo?.(t) ?? { protocol: t.protocol, host: t.host, port: t.port };
  const request = to.protocol === 'https:' ? https.request : http.request;
  return new Promise<void>((done) => {
    const up = request(
      { host: to.host, port: to.port, method: 'POST', path: t.path, headers: forwardHeaders(req.headers, t.hostHeader, f.body.length), servername: t.host },
      (upRes) => {
        const headers: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(upRes.headers)) if (v !== undefined && !DROP_RESPONSE.test(k)) headers[k] = v;
        res.writeHead(upRes.statusCode ?? 502, { ...headers, ...f.cors });
        upRes.pipe(res);
        upRes.on('end', finish);
        upRes.on('error', finish);
        f.log(`${f.operation} → ${t.hostHeader} ${upRes.statusCode}`);
      },
    );
    const timer = setTimeout(() => up.destroy(new Error(`upstream timed out after ${f.timeoutMs} ms`)), f.timeoutMs);
    function finish() {
      clearTimeout(timer);
      done();
    }
    // The browser went away: stop waiting for AWS.
    res.once('close', () => {
      if (!res.writableFinished) up.destroy();
      finish();
    });
    up.on('error', (e) => {
      f.log(`${f.operation} → ${t.hostHeader} failed: ${e.message}`);
      const timedOut = /timed out/.test(e.message);
      if (!res.headersSent) send(res, timedOut ? 504 : 502, timedOut ? e.message : `upstream unreachable: ${e.message}`, f.cors);
      else res.destroy();
      finish();
    });
    up.end(f.body);
  });
}
