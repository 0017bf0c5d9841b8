/**
 * How the asl-studio proxy identifies itself, shared by the proxy and the app. Before it sends anything signed,
 * the app asks `GET <proxy URL>/health` (no credentials, no signed header) and goes on only if the answer is this
 * identity: a static web host, or any other server that happens to answer at the proxy URL, never receives the
 * Authorization and session-token headers. Pure: no I/O.
 */

/** The proxy's health path, under its prefix: `/aws-proxy/health`. */
export const HEALTH_PATH = '/health';

export const PROXY_SERVICE = 'asl-studio-proxy';

export interface ProxyIdentity {
  service: typeof PROXY_SERVICE;
  version: string;
}

export function proxyIdentity(version: string): ProxyIdentity {
  return { service: PROXY_SERVICE, version };
}

/** The identity in a health answer's body, or undefined when the body is not the asl-studio proxy's. */
export function readIdentity(body: string): ProxyIdentity | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    const { service, version } = v as Record<string, unknown>;
    return service === PROXY_SERVICE && typeof version === 'string' ? { service, version } : undefined;
  } catch {
    return undefined;
  }
}
