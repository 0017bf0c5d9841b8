/**
 * What the AWS proxy forwards and to whom: pure predicates, no I/O. The proxy is never an open proxy: it forwards
 * only Step Functions API calls (`POST` with an `X-Amz-Target: AWSStepFunctions.*` header), only to Step Functions
 * hosts of the AWS partitions or to the one custom endpoint configured when the proxy started (plus loopback
 * emulators while the proxy itself only listens on loopback), and only for the allowed browser origins.
 */

/** The URL prefix the app sends proxied calls to: `/aws-proxy/<signed host>/<path>`. */
export const PROXY_PREFIX = '/aws-proxy';

/**
 * Step Functions API hosts: `states.<region>.amazonaws.com`, `sync-states.…` (StartSyncExecution), their FIPS
 * variants, the China partition (`.amazonaws.com.cn`) and the dual-stack `api.aws` names. GovCloud regions
 * (`us-gov-west-1`) use the `amazonaws.com` form. A region is letters, digits and dashes only.
 */
const SFN_HOST = /^(?:sync-)?states(?:-fips)?\.[a-z]{2}(?:-[a-z]+)+-\d{1,2}\.(?:amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/;

export function isStepFunctionsHost(host: string): boolean {
  return SFN_HOST.test(host.toLowerCase());
}

/** `localhost`, `127.x.y.z`, `::1` (with or without brackets). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** Split `host[:port]` / `[v6]:port`; undefined for anything else (userinfo, paths, odd characters). */
export function splitAuthority(authority: string): { host: string; port: number | undefined } | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(authority);
  if (!m) return undefined;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { host: (m[1] as string).toLowerCase(), port };
}

export interface TargetPolicy {
  /** The one custom endpoint configured for this proxy (a local emulator, a VPC endpoint…), if any. */
  endpoint?: string | undefined;
  /** Forward to loopback emulators (`http://localhost:N`): only while the proxy itself listens on loopback. */
  allowLoopbackTargets: boolean;
}

export interface Target {
  protocol: 'http:' | 'https:';
  host: string;
  port: number;
  /** The Host header to send: the host the SDK signed. */
  hostHeader: string;
  /** The path (and query) on the upstream. */
  path: string;
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; status: number; reason: string };

const refuse = (status: number, reason: string) => ({ ok: false as const, status, reason });

/** The upstream for a request path `/aws-proxy/<authority>/<rest>`, or why it is refused. */
export function resolveTarget(url: string, policy: TargetPolicy): Verdict<Target> {
  if (!url.startsWith(`${PROXY_PREFIX}/`)) return refuse(404, 'not a proxy path');
  const rest = url.slice(PROXY_PREFIX.length + 1);
  const slash = rest.indexOf('/');
  let authority: string;
  try {
    authority = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
  } catch {
    return refuse(400, 'bad host');
  }
  const path = slash < 0 ? '/' : rest.slice(slash);
  if (path.startsWith('//') || path.includes('/../') || path.endsWith('/..')) return refuse(400, 'bad path');
  const parts = splitAuthority(authority);
  if (!parts) return refuse(400, 'bad host');
  const { host, port } = parts;
  if (isStepFunctionsHost(host) && (port === undefined || port === 443)) {
    return { ok: true, value: { protocol: 'https:', host, port: 443, hostHeader: host, path } };
  }
  if (policy.endpoint) {
    const e = new URL(policy.endpoint);
    if (e.host.toLowerCase() === authority.toLowerCase()) {
      const protocol = e.protocol === 'http:' ? 'http:' : 'https:';
      const p = port ?? (protocol === 'http:' ? 80 : 443);
      return { ok: true, value: { protocol, host, port: p, hostHeader: authority, path } };
    }
  }
  if (policy.allowLoopbackTargets && isLoopbackHost(host) && port !== undefined) {
    return { ok: true, value: { protocol: 'http:', host: host.replace(/^\[|\]$/g, ''), port, hostHeader: authority, path } };
  }
  return refuse(403, `forwarding to ${host} is not allowed: only Step Functions hosts or the configured endpoint`);
}

/** Whether the request is a Step Functions API call the proxy may forward. */
export function checkCall(method: string | undefined, target: string | undefined): Verdict<string> {
  if (method !== 'POST') return refuse(405, 'only POST is forwarded');
  if (!target || !/^AWSStepFunctions\.[A-Za-z]+$/.test(target)) return refuse(403, 'only Step Functions API calls are forwarded');
  return { ok: true, value: target.slice('AWSStepFunctions.'.length) };
}

/**
 * The default origin rule for the dev and preview servers: the page's own origin, on a loopback host (a page on
 * another site that re-binds its DNS name to 127.0.0.1 sends its own name as Host and Origin, and is refused).
 */
export function sameLoopbackOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (!origin || !hostHeader) return false;
  const parts = splitAuthority(hostHeader);
  if (!parts || !isLoopbackHost(parts.host)) return false;
  return origin === `http://${hostHeader}` || origin === `https://${hostHeader}`;
}

/** An explicit list of origins (`--allow-origin`), compared exactly after normalising through URL. */
export function originIn(list: readonly string[]): (origin: string | undefined) => boolean {
  const allowed = new Set(list.map((o) => new URL(o).origin));
  return (origin) => origin !== undefined && allowed.has(origin);
}

/** Refuse to listen on a non-loopback address unless the user asked for it explicitly. */
export function checkBind(host: string, explicit: boolean): Verdict<{ warning?: string }> {
  if (isLoopbackHost(host)) return { ok: true, value: {} };
  if (!explicit) return refuse(1, `refusing to listen on ${host}: the proxy listens on loopback unless --host is given`);
  return {
    ok: true,
    value: { warning: `WARNING: the AWS proxy listens on ${host}, reachable from other machines. Only the allowed origins can use it.` },
  };
}
