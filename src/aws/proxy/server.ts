/**
 * The standalone proxy (`asl-studio proxy`) for a static deployment of the app: one HTTP server that answers only
 * under `/aws-proxy/`. It listens on loopback unless a non-loopback `--host` is given explicitly (then it warns),
 * and refuses absolute-form requests and CONNECT, so it can never be used as a general-purpose proxy.
 */
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxyHandler } from './handler.ts';
import { checkBind, isLoopbackHost, originIn, PROXY_PREFIX } from './policy.ts';

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
