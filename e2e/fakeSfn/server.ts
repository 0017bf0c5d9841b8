/**
 * A fake Step Functions endpoint on 127.0.0.1 speaking the AWS JSON 1.0 protocol (`POST /`, `X-Amz-Target:
 * AWSStepFunctions.<Operation>`, `application/x-amz-json-1.0`). Every request's SigV4 signature is verified
 * against the fake credentials, so a request the proxy altered (Host, body) is refused as AWS would refuse it.
 */
import { createHash, createHmac } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { faultError, Faults, type Fault } from './faults.ts';
import { FakeError, FakeStepFunctions, type FakeOptions } from './operations.ts';
import { fileURLToPath } from 'node:url';

/* SigV4 verification: recomputes the signature from the signed headers, so tests prove the proxy delivered the
 * request exactly as the SDK signed it (Host included). */
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export interface SigV4Check {
  ok: boolean;
  accessKeyId?: string;
  reason?: string;
}

/** Verify `authorization` against the secret of its access key (`secrets[accessKeyId]`). */
export function verifySigV4(method: string, path: string, headers: IncomingHttpHeaders, body: Buffer, secrets: Record<string, string>): SigV4Check {
  const auth = String(headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return { ok: false, reason: 'Missing or malformed Authorization header' };
  const [, accessKeyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] = m;
  const secret = secrets[accessKeyId];
  if (secret === undefined) return { ok: false, accessKeyId, reason: 'The security token included in the request is invalid.' };
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return { ok: false, accessKeyId, reason: 'host is not signed' };
  const canonicalHeaders = names.map((n) => `${n}:${String(headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const [pathname = '/', query = ''] = path.split('?');
  const canonical = [method, pathname, query, canonicalHeaders, signedHeaders, hex(body)].join('\n');
  const amzDate = String(headers['x-amz-date'] ?? '');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  if (expected !== signature) {
    return { ok: false, accessKeyId, reason: 'The request signature we calculated does not match the signature you provided.' };
  }
  return { ok: true, accessKeyId };
}

export const FAKE_ACCESS_KEY = 'AKIAFAKEFAKEFAKE0001';
export const FAKE_SECRET = 'fake/secret+key0000000000000000000000000';

export interface RunningFake {
  url: string;
  service: FakeStepFunctions;
  faults: Faults;
  /** Host headers the fake received (to check the proxy kept the signed host). */
  hosts: string[];
  close: () => Promise<void>;
}

function reply(res: http.ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': `req-${Date.now()}` };
  if (errorType) headers['x-amzn-errortype'] = errorType;
  res.writeHead(status, headers);
  res.end(text);
}

const errorBody = (type: string, message: string) => ({ __type: `com.amazonaws.swf.service.v2.model#${type}`, message });

/**
 * The tests' control channel (straight to the fake, never through the proxy): `POST /__fake/faults` arms faults
 * (`[{operation, kind, times?}]`), `DELETE /__fake/faults` clears them, `POST /__fake/reset` also forgets every
 * machine created and execution run, `GET /__fake/machines` lists the machines as stored (logging included).
 */
function control(method: string, url: string, body: Buffer, service: FakeStepFunctions, faults: Faults, res: http.ServerResponse): void {
  try {
    if (url === '/__fake/faults' && method === 'POST') faults.arm(JSON.parse(body.toString('utf8')) as Fault[]);
    else if (url === '/__fake/faults' && method === 'DELETE') faults.clear();
    else if (url === '/__fake/reset' && method === 'POST') {
      faults.clear();
      service.reset();
    }
    else if (url === '/__fake/machines' && method === 'GET') return reply(res, 200, [...service.machines.values()]);
    else return reply(res, 404, { message: `No control ${method} ${url}` });
    reply(res, 200, { ok: true });
  } catch (e) {
    reply(res, 400, { message: (e as Error).message });
  }
}

export async function startFakeSfn(options: Partial<FakeOptions> & { port?: number } = {}): Promise<RunningFake> {
  const service = new FakeStepFunctions({ region: options.region ?? 'us-east-1', account: options.account ?? '123456789012', runningMs: options.runningMs ?? 400 });
  const hosts: string[] = [];
  const faults = new Faults();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url?.startsWith('/__fake/')) return control(req.method ?? '', req.url, body, service, faults, res);
      hosts.push(String(req.headers.host));
      const target = String(req.headers['x-amz-target'] ?? '');
      if (req.method !== 'POST' || !target.startsWith('AWSStepFunctions.')) return reply(res, 400, errorBody('UnknownOperationException', 'Not a Step Functions call'), 'UnknownOperationException');
      const sig = verifySigV4(req.method, req.url ?? '/', req.headers, body, { [FAKE_ACCESS_KEY]: FAKE_SECRET });
      if (!sig.ok) {
        const type = sig.accessKeyId && sig.reason?.startsWith('The request signature') ? 'InvalidSignatureException' : 'UnrecognizedClientException';
        return reply(res, 403, errorBody(type, sig.reason ?? 'denied'), type);
      }
      let q: Record<string, unknown>;
      try {
        q = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return reply(res, 400, errorBody('SerializationException', 'Bad JSON'), 'SerializationException');
      }
      const operation = target.slice('AWSStepFunctions.'.length);
      const fault = faults.take(operation);
      if (fault === 'Network') return void req.socket.destroy();
      if (fault) {
        const e = faultError(fault, operation, service.account);
        return reply(res, e.status, errorBody(e.type, e.message), e.type);
      }
      service.call(operation, q).then(
        (out) => reply(res, 200, out),
        (e: unknown) => {
          if (e instanceof FakeError) reply(res, e.status, errorBody(e.type, e.message), e.type);
          else reply(res, 500, errorBody('InternalFailure', (e as Error).message), 'InternalFailure');
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    service,
    faults,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Run as its own process (the Playwright fixture starts it): prints `FAKE_SFN_URL=<url>`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fake = await startFakeSfn({ runningMs: Number(process.env.FAKE_SFN_RUNNING_MS ?? 400), port: Number(process.env.FAKE_SFN_PORT ?? 0) });
  console.log(`FAKE_SFN_URL=${fake.url}`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
