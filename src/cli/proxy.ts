/**
 * `asl-studio proxy [--port N] [--host 127.0.0.1] [--allow-origin URL]... [--endpoint URL]`: the AWS pass-through
 * proxy for a static deployment of the app (the dev and preview servers have it built in). It listens on loopback
 * unless --host names another address (then it warns, and refuses an --endpoint on this machine), forwards only
 * Step Functions calls to Step Functions hosts or the one --endpoint, and answers only the allowed origins
 * (default: the `vite preview` origin).
 */
import { checkEndpoints } from '../aws/proxy/policy.ts';
import { startProxyServer } from '../aws/proxy/server.ts';
import { portOption, readOptions } from './options.ts';

const DEFAULT_ORIGINS = ['http://127.0.0.1:4173', 'http://localhost:4173'];

export interface ProxyArgs {
  port: number;
  host: string;
  hostExplicit: boolean;
  allowOrigins: string[];
  endpoint: string | undefined;
}

export function parseProxyArgs(args: string[]): ProxyArgs {
  const v = readOptions(args, { port: { type: 'string' }, host: { type: 'string' }, 'allow-origin': { type: 'string', multiple: true }, endpoint: { type: 'string' } });
  const out: ProxyArgs = {
    port: v.port === undefined ? 8787 : portOption(v.port),
    host: v.host ?? '127.0.0.1',
    hostExplicit: v.host !== undefined,
    allowOrigins: (v['allow-origin'] ?? []).map((o) => new URL(o).origin),
    endpoint: v.endpoint === undefined ? undefined : new URL(v.endpoint).href,
  };
  if (out.allowOrigins.length === 0) out.allowOrigins = DEFAULT_ORIGINS;
  const relay = checkEndpoints(out.host, out.endpoint ? [out.endpoint] : []);
  if (!relay.ok) throw new Error(relay.reason);
  return out;
}

export async function run(args: string[]): Promise<number> {
  let parsed: ProxyArgs;
  try {
    parsed = parseProxyArgs(args);
  } catch (e) {
    console.error(`asl-studio proxy: ${(e as Error).message}`);
    return 2;
  }
  try {
    const proxy = await startProxyServer({ ...parsed, log: (line) => console.log(line) });
    if (proxy.warning) console.warn(proxy.warning);
    console.log(`AWS proxy on ${proxy.url} for ${parsed.allowOrigins.join(', ')}${parsed.endpoint ? ` (custom endpoint ${parsed.endpoint})` : ''}`);
    console.log('Set this URL as the proxy in the app\'s AWS connection dialog. Ctrl+C stops it.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await proxy.close();
    return 0;
  } catch (e) {
    console.error(`asl-studio proxy: ${(e as Error).message}`);
    return 1;
  }
}
