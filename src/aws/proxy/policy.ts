/**
 * What the AWS proxy forwards and to whom: pure predicates, no I/O. The proxy is never an open proxy: it forwards
 * only Step Functions API calls (`POST` with an `X-Amz-Target: AWSStepFunctions.*` header), only to Step Functions
 * hosts of the AWS partitions or to the one custom endpoint configured when the proxy started (never to other
 * loopback ports: a page allowed to use the proxy must not read this machine's other services), and only for the
 * allowed browser origins.
 */

/** The URL prefix the app sends proxied calls to: `/aws-proxy/<signed host>/<path>`. */
export const PROXY_PREFIX = '/aws-proxy';

/**
 * Step Functions API hosts, as the SDK's endpoint rules build them (`@aws-sdk/client-sfn` endpoint/bdd.js with
 * the partitions table of `@aws-sdk/core`): `states.<region>.<dnsSuffix>`, `states-fips.<region>.<dnsSuffix>`,
 * the dual-stack `states[-fips].<region>.<dualStackDnsSuffix>`, each also with the `sync-` host prefix that
 * StartSyncExecution and TestState add. Each partition's suffixes go with its own regions only: a China region
 * under `amazonaws.com` is refused. GovCloud regions use the commercial suffixes.
 */
const PARTITIONS: readonly { regions: RegExp; suffixes: readonly string[] }[] = [
  { regions: /^(?:us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d{1,2}$/, suffixes: ['amazonaws.com', 'api.aws'] },
  { regions: /^us-gov-[a-z]+-\d{1,2}$/, suffixes: ['amazonaws.com', 'api.aws'] },
  { regions: /^cn-[a-z]+-\d{1,2}$/, suffixes: ['amazonaws.com.cn', 'api.amazonwebservices.com.cn'] },
  { regions: /^eusc-de-[a-z]+-\d{1,2}$/, suffixes: ['amazonaws.eu', 'api.amazonwebservices.eu'] },
];
const SFN_SERVICE = /^(?:sync-)?states(?:-fips)?$/;

export function isStepFunctionsHost(host: string): boolean {
  const labels = host.toLowerCase().split('.');
  const [service, region] = labels;
  if (labels.length < 4 || !service || !region || !SFN_SERVICE.test(service)) return false;
  const suffix = labels.slice(2).join('.');
  return PARTITIONS.some((p) => p.regions.test(region) && p.suffixes.includes(suffix));
}

/** `localhost`, `127.x.y.z`, `::1` (with or without brackets). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(h);
}

/**
 * A host that reaches this machine when connected to: loopback, and the unspecified addresses (`0.0.0.0` and `::`
 * connect to the local host on Linux and macOS).
 */
export function isThisMachine(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return isLoopbackHost(h) || h === '0.0.0.0' || h === '::' || h === '0' || /^0+(?:\.0+){0,3}$/.test(h);
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
  /**
   * The custom endpoints configured when the proxy started (a local emulator, a VPC endpoint…): `--endpoint` gives
   * one, the Vite servers' ASL_STUDIO_AWS_ENDPOINT a comma-separated list. Nothing else but Step Functions hosts.
   */
  endpoints: readonly string[];
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
  for (const endpoint of policy.endpoints) {
    const e = new URL(endpoint);
    if (e.host.toLowerCase() === authority.toLowerCase()) {
      const protocol = e.protocol === 'http:' ? 'http:' : 'https:';
      const p = port ?? (protocol === 'http:' ? 80 : 443);
      return { ok: true, value: { protocol, host: host.replace(/^\[|\]$/g, ''), port: p, hostHeader: authority, path } };
    }
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

/**
 * A proxy reachable from other machines must not relay into this one: with a non-loopback `--host`, an endpoint
 * on this machine (loopback, `0.0.0.0`) is refused (an `Origin` header proves nothing about who sends it).
 */
export function checkEndpoints(bindHost: string, endpoints: readonly string[]): Verdict<true> {
  if (isLoopbackHost(bindHost)) return { ok: true, value: true };
  for (const endpoint of endpoints) {
    const host = new URL(endpoint).hostname;
    if (isThisMachine(host)) {
      return refuse(
        1,
        `refusing to relay to ${endpoint} while listening on ${bindHost}: other machines could then reach this machine's ${host} through the proxy. Listen on 127.0.0.1, or use an endpoint that is not on this machine.`,
      );
    }
  }
  return { ok: true, value: true };
}
