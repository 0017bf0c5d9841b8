/**
 * A static web host on a free loopback port, serving the production build as any static deployment would
 * (files by path, index.html for the rest) and recording every request it receives with its headers: tests prove
 * what the app sends to the host it was loaded from.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface StaticHost {
  origin: string;
  seen: SeenRequest[];
  close: () => Promise<void>;
}

export async function startStaticHost(): Promise<StaticHost> {
  const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.E2E_DIST ?? 'dist-e2e');
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname);
    const inside = file.startsWith(`${root}${path.sep}`);
    const serve = (f: string) =>
      readFile(f).then((body) => {
        res.writeHead(200, { 'content-type': TYPES[path.extname(f)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    // Like most static hosts with a single-page fallback: unknown paths get index.html (HTTP 200).
    (inside ? serve(file) : Promise.reject(new Error('outside'))).catch(() =>
      serve(path.join(root, 'index.html')).catch(() => {
        res.writeHead(404);
        res.end();
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
