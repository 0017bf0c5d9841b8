/**
 * The AWS pass-through proxy as a Node request handler, shared by the Vite dev/preview plugin and the standalone
 * `asl-studio proxy` server. The SDK in the browser signs each request for the real Step Functions host and sends
 * it to `/aws-proxy/<host>/…`; this handler forwards the body byte for byte with the signed `Host`, so the
 * signature stays valid, and answers CORS for the allowed origin only. It logs the operation, host and status:
 * never headers (credentials) or bodies.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { checkCall, PROXY_PREFIX, resolveTarget, type Target, type TargetPolicy } from './policy.ts';

export interface ProxyOptions extends TargetPolicy {
  /** Whether a browser origin may use the proxy (the Host header helps the same-origin rule). */
  isAllowedOrigin: (origin: string | undefined, hostHeader: string | undefined) => boolean;
  /** Where to connect for a target (tests point Step Functions hosts at a local fake upstream). */
  connectTo?: (target: Target) => { protocol: 'http:' | 'https:'; host: string; port: number };
  log?: (line: string) => void;
  /** Request bodies over this many bytes are refused (a definition is at most 1 MB). */
  maxBodyBytes?: number;
}

/** Request headers never forwarded: hop-by-hop, the browser's own, cookies (the host is set from the path). */
const DROP_REQUEST = /^(?:host|origin|referer|cookie|connection|keep-alive|proxy-.*|te|trailer|transfer-encoding|upgrade|sec-.*|forwarded|x-forwarded-.*|access-control-.*)$/;
const DROP_RESPONSE = /^(?:connection|keep-alive|proxy-.*|te|trailer|transfer-encoding|upgrade|set-cookie|access-control-.*)$/;
const EXPOSE = 'x-amzn-requestid, x-amzn-errortype, x-amzn-query-error, date';

function send(res: ServerResponse, status: number, message: string, cors: Record<string, string> = {}): void {
  const body = JSON.stringify({ __type: 'ProxyRefused', message });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...cors });
  res.end(body);
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': EXPOSE };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forwardHeaders(headers: IncomingHttpHeaders, hostHeader: string, length: number): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !DROP_REQUEST.test(k)) out[k] = v;
  out.host = hostHeader;
  out['content-length'] = String(length);
  return out;
}

export type ProxyHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Handle one request under `/aws-proxy/`. Every refusal answers with a status and a JSON message. */
export function createProxyHandler(options: ProxyOptions): ProxyHandler {
  const log = options.log ?? (() => {});
  const limit = options.maxBodyBytes ?? 4 * 1024 * 1024;
  return async (req, res) => {
    const url = req.url ?? '';
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (!url.startsWith(`${PROXY_PREFIX}/`)) return send(res, 404, 'not a proxy path');
    if (!options.isAllowedOrigin(origin, req.headers.host)) {
      log(`refused ${req.method} ${url.split('/')[2] ?? ''}: origin not allowed`);
      return send(res, 403, 'this origin may not use the AWS proxy');
    }
    const cors = corsHeaders(origin as string);
    const target = resolveTarget(url, options);
    if (!target.ok) {
      log(`refused ${req.method} ${url.split('/')[2] ?? ''}: ${target.reason}`);
      return send(res, target.status, target.reason, cors);
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
        'access-control-max-age': '600',
        // Chrome's Private Network Access: an app served over https may call this loopback proxy only if the
        // preflight says so (the origin has been checked above).
        ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
      });
      return void res.end();
    }
    const call = checkCall(req.method, req.headers['x-amz-target'] as string | undefined);
    if (!call.ok) return send(res, call.status, call.reason, cors);
    const body = await readBody(req, limit);
    if (!body) return send(res, 413, 'request body too large', cors);
    const t = target.value;
    const to = options.connectTo?.(t) ?? { protocol: t.protocol, host: t.host, port: t.port };
    const request = to.protocol === 'https:' ? https.request : http.request;
    await new Promise<void>((done) => {
      const up = request(
        { host: to.host, port: to.port, method: 'POST', path: t.path, headers: forwardHeaders(req.headers, t.hostHeader, body.length), servername: t.host },
        (upRes) => {
          const headers: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(upRes.headers)) if (v !== undefined && !DROP_RESPONSE.test(k)) headers[k] = v;
          res.writeHead(upRes.statusCode ?? 502, { ...headers, ...cors });
          upRes.pipe(res);
          upRes.on('end', done);
          upRes.on('error', done);
          log(`${call.value} → ${t.hostHeader} ${upRes.statusCode}`);
        },
      );
      up.setTimeout(70_000, () => up.destroy(new Error('upstream timed out')));
      up.on('error', (e) => {
        log(`${call.value} → ${t.hostHeader} failed: ${e.message}`);
        if (!res.headersSent) send(res, 502, `upstream unreachable: ${e.message}`, cors);
        else res.destroy();
        done();
      });
      up.end(body);
    });
  };
}
