/**
 * The two ways the proxy handler is served. `startProxyServer` is the standalone proxy (`asl-studio proxy`) for a
 * static deployment of the app: one HTTP server that answers only under `/aws-proxy/`. It listens on loopback
 * unless a non-loopback `--host` is given explicitly (then it warns), and refuses CONNECT and every other path, so
 * it can never be used as a general-purpose proxy. `awsProxyPlugin` mounts the same handler in Vite (below).
 */
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connect, Plugin } from 'vite';
import { createProxyHandler } from './handler.ts';
import { checkBind, isLoopbackHost, originIn, PROXY_PREFIX, sameLoopbackOrigin } from './policy.ts';

export interface ProxyServerOptions {
  port: number;
  host: string;
  /** Whether --host was given (needed to listen on a non-loopback address). */
  hostExplicit: boolean;
  allowOrigins: string[];
  endpoint?: string | undefined;
  log?: (line: string) => void;
  /** Tests: connect to a local fake instead of the real host. */
  connectTo?: Parameters<typeof createProxyHandler>[0]['connectTo'];
}

export interface RunningProxy {
  server: Server;
  url: string;
  warning: string | undefined;
  close: () => Promise<void>;
}

export async function startProxyServer(o: ProxyServerOptions): Promise<RunningProxy> {
  const bind = checkBind(o.host, o.hostExplicit);
  if (!bind.ok) throw new Error(bind.reason);
  if (o.allowOrigins.length === 0) throw new Error('at least one --allow-origin is needed');
  const handler = createProxyHandler({
    isAllowedOrigin: originIn(o.allowOrigins),
    endpoint: o.endpoint,
    // Anyone who can reach a loopback-only proxy can reach loopback ports directly; a proxy reachable from
    // other machines must not relay into this one.
    allowLoopbackTargets: isLoopbackHost(o.host),
    connectTo: o.connectTo,
    log: o.log,
  });
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The proxy as a Vite plugin: the same handler, mounted under `/aws-proxy/` on the dev server (`npm start`) and on
 * `vite preview`. Only the page's own loopback origin may use it (plus origins in ASL_STUDIO_ALLOW_ORIGIN,
 * comma-separated); the one custom endpoint comes from ASL_STUDIO_AWS_ENDPOINT. Loopback emulators are reachable
 * only while the server listens on loopback.
 */
function middleware(host: string | boolean | undefined): Connect.NextHandleFunction {
  const extra = (process.env.ASL_STUDIO_ALLOW_ORIGIN ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const listed = originIn(extra);
  const handler = createProxyHandler({
    isAllowedOrigin: (origin, hostHeader) => sameLoopbackOrigin(origin, hostHeader) || listed(origin),
    endpoint: process.env.ASL_STUDIO_AWS_ENDPOINT || undefined,
    allowLoopbackTargets: typeof host === 'string' ? isLoopbackHost(host) : host !== true,
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
