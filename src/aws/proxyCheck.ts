/**
 * The app asks the proxy who it is before it sends anything signed: `GET <proxy URL>/health`, with no credentials,
 * no cookies and no signed header, answered by the asl-studio proxy with its identity. Anything else at that URL
 * (a static web host serving the app, a dev server without the plugin, nothing at all) gets no Authorization or
 * session-token header from the app: connecting stops with "No asl-studio proxy at <url>". Pure but for the
 * injected fetch.
 */
import { GatewayError } from './gateway.ts';
import type { AwsProblem } from './errors.ts';
import { HEALTH_PATH, readIdentity, type ProxyIdentity } from './proxy/identity.ts';

/** How long the health call may take. */
export const HEALTH_TIMEOUT_MS = 5_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

function healthUrl(proxyUrl: string): string | undefined {
  try {
    const u = new URL(proxyUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.pathname = `${u.pathname.replace(/\/$/, '')}${HEALTH_PATH}`;
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/** The problem shown when nothing at `proxyUrl` identifies itself as the asl-studio proxy. */
export function noProxyProblem(proxyUrl: string, what: string, pageOrigin: string | undefined): AwsProblem {
  const allow = pageOrigin ? ` --allow-origin ${pageOrigin}` : '';
  return {
    kind: 'proxy-not-running',
    title: 'No asl-studio proxy',
    message: `No asl-studio proxy at ${proxyUrl} — start it with \`npx asl-studio proxy${allow}\`. ${what} Nothing was sent with your credentials.`,
    action: `Then put its URL (http://127.0.0.1:8787/aws-proxy by default) in Proxy URL and test again. \`npm start\` and \`npm run preview\` have the proxy built in at <page>/aws-proxy.`,
    retryable: true,
    code: 'NoProxy',
  };
}

/**
 * Resolve with the proxy's identity, or throw a GatewayError saying that no asl-studio proxy answers there (it is
 * not running, it is something else, or it does not allow this page's origin: the browser cannot tell these apart).
 */
export async function identifyProxy(proxyUrl: string, fetchImpl: FetchLike = (u, i) => fetch(u, i), pageOrigin?: string): Promise<ProxyIdentity> {
  const fail = (what: string, status?: number): never => {
    throw new GatewayError('NoProxy', `No asl-studio proxy at ${proxyUrl}`, true, { status, problem: { ...noProxyProblem(proxyUrl, what, pageOrigin), status } });
  };
  const url = healthUrl(proxyUrl);
  if (!url) return fail('The proxy URL is not an http(s) URL.');
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchImpl(url, { method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'error', signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
  } catch {
    return fail(`Nothing answered there (or it does not allow this page's origin${pageOrigin ? ` ${pageOrigin}` : ''}).`);
  }
  const identity = res.ok ? readIdentity(await res.text().catch(() => '')) : undefined;
  return identity ?? fail(res.ok ? 'Something answered there, but not the asl-studio proxy.' : `What answers there is not the asl-studio proxy (HTTP ${res.status}).`, res.status);
}
