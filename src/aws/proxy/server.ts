/**
 * The two ways the proxy handler is served. `startProxyServer` is the standalone proxy (`asl-studio proxy`) for a
 * static deployment of the app: one HTTP server that answers only under `/aws-proxy/`. It listens on loopback
 * unless a non-loopback `--host` is given explicitly (then it warns, and refuses an endpoint on this machine),
 * refuses CONNECT and every other path, so it can never be used as a general-purpose proxy, and bounds how long
 * a client may take to send its headers and its request. `awsProxyPlugin` mounts the same handler in Vite (below).
 */
import { readFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connect, Plugin } from 'vite';
import { createProxyHandler, DEFAULT_LIMITS, type ProxyOptions } from './handler.ts';
import { checkBind, checkEndpoints, originIn, PROXY_PREFIX, sameLoopbackOrigin } from './policy.ts';

/** The version the health answer names: the package's (found from the sources, or from the built dist-cli/). */
function packageVersion(): string {
  for (const relative of ['../../../package.json', '../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'asl-studio' && pkg.version) return pkg.version;
    } catch {
      // not there: try the next place
    }
  }
  return 'unknown';
}

export interface ProxyServerOptions {
  port: number;
  host: string;
  /** Whether --host was given (needed to listen on a non-loopback address). */
  hostExplicit: boolean;
  allowOrigins: string[];
  endpoint?: string | undefined;
  log?: (line: string) => void;
  /** Tests: connect to a local fake instead of the real host. */
  connectTo?: ProxyOptions['connectTo'];
  /** Tests: smaller size and time limits. */
  limits?: Pick<ProxyOptions, 'maxBytes' | 'discardBytes' | 'timeoutMs' | 'upstreamTimeoutMs' | 'syncUpstreamTimeoutMs'>;
}

export interface RunningProxy {
  server: Server;
  url: string;
  warning: string | undefined;
  close: () => Promise<void>;
}

/** Headers must arrive within this many ms (Node's default is 60 s). */
const HEADERS_TIMEOUT_MS = 10_000;

export async function startProxyServer(o: ProxyServerOptions): Promise<RunningProxy> {
  const bind = checkBind(o.host, o.hostExplicit);
  if (!bind.ok) throw new Error(bind.reason);
  const endpoints = o.endpoint ? [o.endpoint] : [];
  const relay = checkEndpoints(o.host, endpoints);
  if (!relay.ok) throw new Error(relay.reason);
  if (o.allowOrigins.length === 0) throw new Error('at least one --allow-origin is needed');
  const handler = createProxyHandler({ isAllowedOrigin: originIn(o.allowOrigins), endpoints, connectTo: o.connectTo, log: o.log, version: packageVersion(), ...o.limits });
  const server = http.createServer((req, res) => {
    if (!(req.url ?? '').startsWith(`${PROXY_PREFIX}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('asl-studio AWS proxy: only /aws-proxy/<states host>/ is served\n');
      return;
    }
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const bodyMs = o.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, bodyMs);
  // Node's own limit on receiving a whole request, a backstop behind the handler's (checked every few seconds).
  server.requestTimeout = bodyMs + 5_000;
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    server,
    url: `http://${shownHost}:${port}${PROXY_PREFIX}`,
    warning: bind.value.warning,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** ASL_STUDIO_AWS_ENDPOINT: one endpoint, or a comma-separated list (each a URL). */
export function endpointsFromEnv(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => new URL(s).href);
}

/**
 * The proxy as a Vite plugin: the same handler, mounted under `/aws-proxy/` on the dev server (`npm start`) and on
 * `vite preview`. Only the page's own loopback origin may use it (plus origins in ASL_STUDIO_ALLOW_ORIGIN,
 * comma-separated); custom endpoints come from ASL_STUDIO_AWS_ENDPOINT, and none on this machine while the
 * server listens on another address.
 */
function middleware(host: string | boolean | undefined): Connect.NextHandleFunction {
  const extra = (process.env.ASL_STUDIO_ALLOW_ORIGIN ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const listed = originIn(extra);
  const endpoints = endpointsFromEnv(process.env.ASL_STUDIO_AWS_ENDPOINT);
  const relay = checkEndpoints(typeof host === 'string' ? host : host === true ? '0.0.0.0' : 'localhost', endpoints);
  if (!relay.ok) throw new Error(`asl-studio AWS proxy: ${relay.reason}`);
  const handler = createProxyHandler({
    isAllowedOrigin: (origin, hostHeader) => sameLoopbackOrigin(origin, hostHeader) || listed(origin),
    endpoints,
    version: packageVersion(),
    log: (line) => console.log(`[aws-proxy] ${line}`),
  });
  return (req, res, next) => {
    if (!(req.url ?? '').startsWith(`${PROXY_PREFIX}/`)) return next();
    handler(req, res).catch(next);
  };
}

export function awsProxyPlugin(): Plugin {
  return {
    name: 'asl-studio-aws-proxy',
    configureServer(server) {
      server.middlewares.use(middleware(server.config.server.host));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(server.config.preview.host));
    },
  };
}
