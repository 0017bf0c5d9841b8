/**
 * The HTTP side of `asl-studio local`: AWS JSON 1.0 on node:http. Every call is `POST /` with
 * `X-Amz-Target: AWSStepFunctions.<Operation>` and a JSON body; answers are `application/x-amz-json-1.0`, errors
 * `{"__type": "<ErrorName>", "message": "…"}` with AWS's status and the `x-amzn-ErrorType` header. Requests are
 * not authenticated (any credentials do, as with Step Functions Local). It listens on loopback unless `--host`
 * names another address (then it warns), bodies are limited in size and time (src/aws/proxy/body.ts), and the
 * allowed browser origins (the app's) get CORS answers, so the app's AWS mode can use it directly.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../aws/proxy/body.ts';
import { checkBind } from '../aws/proxy/policy.ts';
import { ApiError, errorBody } from './errors.ts';
import { LocalService, type ServiceOptions } from './service.ts';
import type { Json } from './wire.ts';

const TARGET_PREFIX = 'AWSStepFunctions.';
/** A definition is at most 1 MB and an input 256 KiB; JSON escaping can double them. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const BODY_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;
const EXPOSE = 'x-amzn-requestid, x-amzn-errortype, x-amz-apigw-id, date';

export const DEFAULT_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173', 'http://127.0.0.1:4173', 'http://localhost:4173'];

export interface LocalServerOptions extends ServiceOptions {
  port: number;
  host: string;
  /** Whether --host was given (needed to listen on a non-loopback address). */
  hostExplicit: boolean;
  allowOrigins?: string[];
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface RunningLocal {
  server: Server;
  service: LocalService;
  url: string;
  warning: string | undefined;
  close: () => Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...extra,
  });
  res.end(text);
}

function sendError(res: ServerResponse, e: ApiError, cors: Record<string, string>): void {
  send(res, e.status, errorBody(e), { ...cors, 'x-amzn-errortype': e.type });
}

function corsHeaders(req: IncomingMessage, origins: Set<string>): Record<string, string> | null {
  const origin = req.headers.origin;
  if (origin === undefined) return {};
  if (!origins.has(origin)) return null;
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': EXPOSE };
}

export function createLocalHandler(service: LocalService, o: { allowOrigins: string[]; maxBodyBytes: number; log?: (line: string) => void }) {
  const origins = new Set(o.allowOrigins);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const cors = corsHeaders(req, origins);
    if (cors === null) return sendError(res, new ApiError('AccessDeniedException', `Origin ${String(req.headers.origin)} is not allowed (start the server with --allow-origin)`, 403), {});
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? ''),
        'access-control-max-age': '600',
        ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
      });
      return void res.end();
    }
    const target = String(req.headers['x-amz-target'] ?? '');
    if (req.method !== 'POST' || !target.startsWith(TARGET_PREFIX)) {
      req.resume();
      return sendError(res, new ApiError('UnknownOperationException', 'Expected POST / with X-Amz-Target: AWSStepFunctions.<Operation>'), cors);
    }
    const body = await readBody(req, { maxBytes: o.maxBodyBytes, timeoutMs: BODY_TIMEOUT_MS, discardBytes: 1024 * 1024 });
    if (body.kind === 'aborted') return;
    if (body.kind !== 'ok') {
      const e = body.kind === 'timeout' ? new ApiError('RequestTimeout', 'The request body did not arrive in time', 408) : new ApiError('RequestEntityTooLarge', `The request body is over ${o.maxBodyBytes} bytes`, 413);
      res.setHeader('connection', 'close');
      return sendError(res, e, cors);
    }
    let q: unknown;
    try {
      q = body.body.length ? JSON.parse(body.body.toString('utf8')) : {};
    } catch {
      return sendError(res, new ApiError('SerializationException', 'The request body is not JSON'), cors);
    }
    if (!q || typeof q !== 'object' || Array.isArray(q)) return sendError(res, new ApiError('SerializationException', 'The request body is not a JSON object'), cors);
    const operation = target.slice(TARGET_PREFIX.length);
    try {
      const out = await service.call(operation, q as Json);
      send(res, 200, out, cors);
      o.log?.(`${operation} 200`);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('InternalFailure', (e as Error).message || 'Internal failure', 500);
      if (!(e instanceof ApiError)) o.log?.(`${operation} failed: ${(e as Error).stack ?? String(e)}`);
      else o.log?.(`${operation} ${err.status} ${err.type}`);
      sendError(res, err, cors);
    }
  };
}

export async function startLocalServer(o: LocalServerOptions): Promise<RunningLocal> {
  const bind = checkBind(o.host, o.hostExplicit);
  if (!bind.ok) throw new Error(bind.reason.replace('the proxy', 'the local endpoint'));
  const service = new LocalService(o);
  const handler = createLocalHandler(service, { allowOrigins: o.allowOrigins ?? DEFAULT_ORIGINS, maxBodyBytes: o.maxBodyBytes ?? MAX_BODY_BYTES, log: o.log });
  const server = http.createServer((req, res) => {
    handler(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendError(res, new ApiError('InternalFailure', (e as Error).message, 500), {});
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  // Keep idle connections longer than clients do (the SDKs reuse them): a server closing first makes a client's
  // next request on that socket fail with ECONNRESET (seen with 1,000 concurrent starts).
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = BODY_TIMEOUT_MS + HEADERS_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue: a test suite may open a thousand connections at once (Node's default is 511).
    server.listen({ port: o.port, host: o.host, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const warning = bind.value.warning ? `WARNING: asl-studio local listens on ${o.host}, reachable from other machines, without authentication.` : undefined;
  return {
    server,
    service,
    url: `http://${host}:${port}`,
    warning,
    close: async () => {
      await service.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
