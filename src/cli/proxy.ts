/**
 * `asl-studio proxy [--port N] [--host 127.0.0.1] [--allow-origin URL]... [--endpoint URL]`: the AWS pass-through
 * proxy for a static deployment of the app (the dev and preview servers have it built in). It listens on loopback
 * unless --host names another address (then it warns, and refuses an --endpoint on this machine), forwards only
 * Step Functions calls to Step Functions hosts or the one --endpoint, and answers only the allowed origins
 * (default: the `vite preview` origin).
 */
import { checkEndpoints } from '../aws/proxy/policy.ts';
import { startProxyServer } from '../aws/proxy/server.ts';

const DEFAULT_ORIGINS = ['http://127.0.0.1:4173', 'http://localhost:4173'];

export interface ProxyArgs {
  port: number;
  host: string;
  hostExplicit: boolean;
  allowOrigins: string[];
  endpoint: string | undefined;
}

export function parseProxyArgs(args: string[]): ProxyArgs {
  const out: ProxyArgs = { port: 8787, host: '127.0.0.1', hostExplicit: false, allowOrigins: [], endpoint: undefined };
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    i++;
    if (name === '--port') {
      out.port = Number(value);
      if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error(`bad --port ${value}`);
    } else if (name === '--host') {
      out.host = value;
      out.hostExplicit = true;
    } else if (name === '--allow-origin') out.allowOrigins.push(new URL(value).origin);
    else if (name === '--endpoint') out.endpoint = new URL(value).href;
    else throw new Error(`unknown option ${name}`);
  }
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
