/**
 * The AWS proxy as a Vite plugin: the same handler as `asl-studio proxy`, mounted under `/aws-proxy/` on the dev
 * server (`npm start`) and on `vite preview`, so the app can call Step Functions from the browser with no set-up.
 * Only the page's own loopback origin may use it (plus origins in ASL_STUDIO_ALLOW_ORIGIN, comma-separated); the
 * one custom endpoint comes from ASL_STUDIO_AWS_ENDPOINT. Loopback emulators are reachable only while the server
 * listens on loopback.
 */
import type { Connect, Plugin } from 'vite';
import { createProxyHandler } from './handler.ts';
import { isLoopbackHost, originIn, PROXY_PREFIX, sameLoopbackOrigin } from './policy.ts';

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
